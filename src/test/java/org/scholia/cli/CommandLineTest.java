package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;

/** The command line itself: help, version, bad options, a failed build leaving outputs alone. */
class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void versionExitsZero() {
        var r = cli("--version");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("scholia ");
    }

    @Test
    void helpExitsZeroAndNamesTheCommands() {
        var r = cli("--help");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("build").contains("check").contains("init").contains("Exit codes");
        var b = cli("build", "--help");
        assertThat(b.exitCode()).isZero();
        assertThat(b.out()).contains("--only").contains("-o");
    }

    @Test
    void unknownOptionExitsTwo() {
        var r = cli("check", "--bogus");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--bogus");
        assertThat(cli("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void unknownEditionExitsTwo() {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nText.\n");
        var r = cli("build", ms.dir().toString(), "-o", tmp.resolve("out").toString(), "--only", "pdf,mobi");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("mobi");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void checkOfAMissingFolderExitsTwo() {
        var r = cli("check", tmp.resolve("nowhere").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("no manuscript folder").contains("fix: ").contains("scholia init");
    }

    @Test
    void checkOfAFolderWithoutBookYamlExitsTwo() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        var r = cli("check", tmp.resolve("empty").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("no book.yaml").contains("fix: ");
    }

    @Test
    void checkPrintsASummary() {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nThe soviet met.[^a]\n\n[^a]: A note.\n")
                .file("glossary.md", "soviet\n: A council.\n");
        var r = cli("check", ms.dir().toString(), "--timings");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("test-book: 1 chapter, 1 note, 1 term; no errors, 0 warnings.");
        assertThat(r.err()).contains("timing load ").contains("timing annotate ");
    }

    @Test
    void buildWritesOnlyTheChosenEditionsAndSummarisesThem() throws Exception {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nText.\n");
        Path out = tmp.resolve("out");
        var r = cli("build", ms.dir().toString(), "-o", out.toString(), "--only", "pdf,print");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(out.resolve("test-book.pdf")).isRegularFile();
        assertThat(out.resolve("test-book-print.pdf")).isRegularFile();
        assertThat(out.resolve("test-book.epub")).doesNotExist();
        assertThat(r.err()).doesNotContain("not available").doesNotContain("epub");
        String pdf = java.util.regex.Pattern.quote(out.resolve("test-book.pdf").toString());
        String print = java.util.regex.Pattern.quote(out.resolve("test-book-print.pdf").toString());
        // the handout's page count, and the print edition's with the sheets a copy takes
        assertThat(r.out()).startsWith("Built test-book: 1 chapter, 0 notes, 0 terms → ")
                .containsPattern(pdf + " \\(\\d+ pages?, \\d+ (B|KB)\\), " + print
                        + " \\((\\d+) pages, (\\d+) sheets? duplex per copy, \\d+ (B|KB)\\)");
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("test-book.pdf", "test-book-print.pdf");
        }
        var all = cli("build", ms.dir().toString(), "-o", tmp.resolve("all").toString(), "--booklet");
        assertThat(all.exitCode()).as(all.toString()).isZero();
        try (var listing = Files.list(tmp.resolve("all"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("test-book.pdf",
                    "test-book-print.pdf", "test-book-booklet.pdf", "test-book.epub");
        }
        // title, blank, contents, blank, the chapter, blank: 6 pages, 3 sheets; the booklet 2 sheets
        assertThat(all.out()).contains("test-book-print.pdf (6 pages, 3 sheets duplex per copy, ")
                .containsPattern("test-book-booklet.pdf \\(\\d+ pages, 2 sheets duplex per copy, folded, ")
                .contains("test-book.epub (");
    }

    @Test
    void failedBuildWritesNothingAndLeavesThePreviousOutputAlone() throws Exception {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\n![A map](missing.png)\n");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path previous = out.resolve("test-book.pdf");
        byte[] old = "%PDF-1.7 a previous good build".getBytes(StandardCharsets.US_ASCII);
        Files.write(previous, old);
        var before = Files.getLastModifiedTime(previous);

        var r = cli("build", ms.dir().toString(), "-o", out.toString(), "--only", "pdf");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("01-chapter.md:3:1: error: ").contains("Nothing was written");
        assertThat(previous).hasBinaryContent(old);
        assertThat(Files.getLastModifiedTime(previous)).isEqualTo(before);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("test-book.pdf");
        }
    }

    @Test
    void defaultManuscriptChecksCleanly() {
        var r = cli("check", "manuscript", "--strict");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("real-socialism: 4 chapters, 34 notes").contains("no errors, 0 warnings");
        assertThat(r.err()).isEmpty();
    }
}
