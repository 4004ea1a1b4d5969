package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;

/** Problems found by reviewing the first complete version: each must stay fixed. */
class ReviewRegressionTest {
    @TempDir
    Path tmp;

    @Test
    void aStyleProfileLinkedFromOutsideTheFolderIsRefused() throws Exception {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nText.\n");
        Path evil = Files.writeString(tmp.resolve("evil.yaml"), "page: letter\n");
        Files.createDirectories(ms.dir().resolve("styles"));
        Files.createSymbolicLink(ms.dir().resolve("styles/handout.yaml"), evil);

        var check = cli("check", ms.dir().toString());
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(2);
        assertThat(check.err()).contains("styles/handout.yaml: error:").contains("leads outside the manuscript folder");
        var build = cli("build", ms.dir().toString(), "-o", tmp.resolve("out").toString());
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(2);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anSvgImageIsRefusedBecauseItCanReachOutsideTheBook() {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\n![A drawing](a.svg)\n")
                .file("a.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script>"
                        + "<image href='file:///etc/passwd'/></svg>\n");
        var check = cli("check", ms.dir().toString());
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(2);
        assertThat(check.err()).contains("01-chapter.md:3:1: error: The image 'a.svg' cannot be used: it is not a PNG, JPEG or GIF image");
    }

    @Test
    void aFolderInTheWayOfAnOutputFailsBeforeAnyOutputIsReplaced() throws Exception {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nText.\n");
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("test-book.epub/inside"));
        byte[] old = "%PDF-1.7 previous".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(out.resolve("test-book.pdf"), old);

        var build = cli("build", ms.dir().toString(), "-o", out.toString());
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(2);
        assertThat(build.err()).contains("test-book.epub is a folder").contains("fix:").doesNotContain("internal error");
        assertThat(Files.readAllBytes(out.resolve("test-book.pdf"))).isEqualTo(old);
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("test-book.pdf", "test-book.epub");
        }
    }

    @Test
    void anOutputPathThatIsAFileIsBadInput() throws Exception {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nText.\n");
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        var build = cli("build", ms.dir().toString(), "-o", file.toString(), "--only", "epub");
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(2);
        assertThat(build.err()).contains("exists and is not a folder").contains("fix:");
    }

    @Test
    void warningsArePrintedOnceWhenAnErrorStopsTheBuild() {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# A\n\n#### Deep\n\nSee [[Nope]].\n")
                .file("glossary.md", "soviet\n: A council.\n");
        var check = cli("check", ms.dir().toString());
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(2);
        String err = check.err();
        String skipped = "warning: This heading jumps from level 1 to level 4.";
        assertThat(err.indexOf(skipped)).isNotNegative().isEqualTo(err.lastIndexOf(skipped));
        assertThat(err).contains("1 error, 2 warnings.");
    }
}
