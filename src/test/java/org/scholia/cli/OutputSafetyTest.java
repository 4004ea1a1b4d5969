package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.scholia.load.TestManuscript.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;

/**
 * The editions are replaced together or not at all, and what the machine refuses (a full
 * disk, an immutable file, a file where a folder should be) is the user's to fix: exit 2, the
 * reason in plain words, the previous editions untouched and no temporary file left.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    private static void write(OutputFiles files, String name, String text) throws Exception {
        files.write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailingSecondMoveLeavesBothPreviousEditions() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("book.pdf"), "old pdf");
        Files.writeString(out.resolve("book.epub"), "old epub");
        OutputFiles.Mover failsOnEpub = (from, to) -> {
            if (to.getFileName().toString().endsWith(".epub")) throw new java.nio.file.FileSystemException(
                    to.toString(), null, "Operation not permitted");
            Leftovers.replace(from, to);
        };
        try (OutputFiles files = new OutputFiles(out, failsOnEpub)) {
            write(files, "book.pdf", "new pdf");
            write(files, "book.epub", "new epub");
            assertThatThrownBy(files::commit).isInstanceOf(OutputException.class)
                    .hasMessageContaining("book.epub").hasMessageContaining("does not allow");
        }
        assertThat(Files.readString(out.resolve("book.pdf"))).isEqualTo("old pdf");
        assertThat(Files.readString(out.resolve("book.epub"))).isEqualTo("old epub");
        assertThat(names(out)).containsExactly("book.epub", "book.pdf");
    }

    @Test
    void aCommitReplacesEveryEditionAndKeepsNothingAside() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("book.pdf"), "old pdf");
        try (OutputFiles files = new OutputFiles(out)) {
            write(files, "book.pdf", "new pdf");
            write(files, "book.epub", "new epub");
            files.commit();
        }
        assertThat(Files.readString(out.resolve("book.pdf"))).isEqualTo("new pdf");
        assertThat(names(out)).containsExactly("book.epub", "book.pdf");
    }

    @Test
    void temporariesOfDeadBuildsAreRemovedAndOnlyThose() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        long dead = deadPid();
        Files.writeString(out.resolve(".book.pdf." + dead + ".0123abcd.part"), "half");
        Files.writeString(out.resolve(".book.epub." + dead + ".ff.old"), "previous");
        Files.writeString(out.resolve(".book.pdf." + alive + ".0123abcd.part"), "another build at work");
        Files.writeString(out.resolve(".notes.part"), "the author's own");
        Files.writeString(out.resolve("keep.txt"), "the author's own");
        new OutputFiles(out).close();
        assertThat(names(out)).containsExactly(".book.pdf." + alive + ".0123abcd.part", ".notes.part", "keep.txt");
    }

    /** A process id no process has now. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assumeThat(ProcessHandle.of(pid).isPresent()).as("pid reused at once").isFalse();
        return pid;
    }

    @Test
    void aFullDiskIsTheUsersToFix() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small"));
        assumeThat(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()))
                .as("a tmpfs can be mounted here (root in a sandbox that allows it)").isZero();
        try {
            Path book = tmp.resolve("book");
            TestManuscript.withChapter(book, "# One\n\n" + "Words and more words.\n\n".repeat(2000));
            Path out = mount.resolve("out");
            Files.createDirectories(out);
            Files.writeString(out.resolve("test-book.pdf"), "previous");
            var run = cli("build", book.toString(), "-o", out.toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains("the disk is full").contains("fix: ").doesNotContain("internal error")
                    .doesNotContain("\tat ");
            assertThat(Files.readString(out.resolve("test-book.pdf"))).isEqualTo("previous");
            assertThat(names(out)).containsExactly("test-book.pdf");
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void anImmutablePreviousEditionStopsTheBuildAndKeepsTheOthers() throws Exception {
        Path book = tmp.resolve("book");
        TestManuscript.withChapter(book, "# One\n\nA chapter.\n");
        Path out = tmp.resolve("out");
        assertThat(cli("build", book.toString(), "-o", out.toString()).exitCode()).isZero();
        Path epub = out.resolve("test-book.epub");
        assumeThat(run("chattr", "+i", epub.toString())).as("chattr +i works here (root, ext4)").isZero();
        try {
            byte[] pdf = Files.readAllBytes(out.resolve("test-book.pdf"));
            Files.writeString(book.resolve("01-chapter.md"), "# One\n\nAnother chapter.\n");
            var run = cli("build", book.toString(), "-o", out.toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains("test-book.epub").contains("immutable").doesNotContain("internal error");
            assertThat(Files.readAllBytes(out.resolve("test-book.pdf"))).isEqualTo(pdf);
            assertThat(names(out)).containsExactly("test-book-print.pdf", "test-book.epub", "test-book.pdf");
        } finally {
            run("chattr", "-i", epub.toString());
        }
    }

    @Test
    void anOutputFolderUnderAFileIsTheUsersToFix() throws Exception {
        Path book = tmp.resolve("book");
        TestManuscript.withChapter(book, "# One\n\nA chapter.\n");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        var run = cli("build", book.toString(), "-o", file.resolve("out").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("is a file, not a folder").contains("fix: ");
        var init = cli("init", file.resolve("new-book").toString());
        assertThat(init.exitCode()).as(init.toString()).isEqualTo(2);
        assertThat(init.err()).contains("is a file, not a folder").doesNotContain("internal error");
    }

    @Test
    void theOutputFolderMayNotBeTheManuscriptFolder() throws Exception {
        Path book = tmp.resolve("book");
        TestManuscript.withChapter(book, "# One\n\nA chapter.\n");
        var run = cli("build", book.toString(), "-o", book.resolve(".").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("is the manuscript folder").contains("fix: Build into another folder");
        assertThat(names(book)).containsExactly("01-chapter.md", "book.yaml");
    }

    @Test
    void sourceDateEpochIsAWholeNumberOfSecondsUpToTheYear9999() throws Exception {
        assertThat(BuildCommand.buildTime("0").getEpochSecond()).isZero();
        assertThat(BuildCommand.buildTime("253402300799").toString()).isEqualTo("9999-12-31T23:59:59Z");
        for (String bad : List.of("abc", "-1", "253402300800", "99999999999999999999", "31556889864403199", "1.5")) {
            assertThatThrownBy(() -> BuildCommand.buildTime(bad)).as(bad).isInstanceOf(OutputException.class)
                    .hasMessageContaining("SOURCE_DATE_EPOCH");
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
