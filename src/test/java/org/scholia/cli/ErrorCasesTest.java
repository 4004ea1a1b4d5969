package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.Assumptions.assumeThatCode;
import static org.scholia.load.TestManuscript.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Diagnostic;
import org.scholia.model.Severity;

/**
 * Every kind of bad input the manuscript contract names as an error: 'check' exits 2 and
 * prints file:line:column, the problem and a fix; 'build' exits 2 and writes nothing.
 */
class ErrorCasesTest {
    @TempDir
    Path tmp;
    Path book;
    Path outside;

    @BeforeEach
    void folders() throws Exception {
        book = tmp.resolve("book");
        outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.write(outside.resolve("map.png"), TestManuscript.png());
    }

    private TestManuscript chapter(String markdown) {
        return TestManuscript.withChapter(book, markdown);
    }

    /**
     * Asserts that the manuscript is refused with one error of this code at this place, printed by
     * 'check' with its message and a fix, and that 'build' writes nothing.
     */
    private void assertRejected(TestManuscript ms, String code, String where, String message, String fix) {
        List<Diagnostic> ds = ms.failure();
        assertThat(ds).as(TestManuscript.format(ds))
                .anySatisfy(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.ERROR);
                    assertThat(d.code()).isEqualTo(code);
                    assertThat(d.span().toString()).isEqualTo(where);
                    assertThat(d.hint()).isNotBlank();
                });

        var check = cli("check", ms.dir().toString());
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(2);
        assertThat(check.err()).as(check.toString())
                .contains(where + ": error: ")
                .contains(message)
                .contains("\n    fix: ")
                .contains(fix)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        String errorLine = check.err().lines().filter(l -> l.startsWith(where + ": error: ")).findFirst().orElseThrow();
        assertThat(errorLine).contains(message);

        Path out = tmp.resolve("out");
        var build = cli("build", ms.dir().toString(), "-o", out.toString());
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(2);
        assertThat(build.err()).contains(where + ": error: ").contains("Nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void malformedBookYaml() {
        var ms = TestManuscript.at(book).file("book.yaml", "title: Test Book\nauthor: Ada\n  language: en\n")
                .file("01-chapter.md", "# One\n\nText.\n");
        assertRejected(ms, "bad-yaml", "book.yaml:3:11", "not valid YAML", "indentation");
    }

    @Test
    void malformedBookYamlListIndentation() {
        var ms = TestManuscript.at(book)
                .file("book.yaml", "title: Test Book\nchapters:\n  - 01-chapter.md\n - 02-chapter.md\n")
                .file("01-chapter.md", "# One\n\nText.\n");
        List<Diagnostic> ds = ms.failure();
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bad-yaml");
            assertThat(d.span().file()).isEqualTo("book.yaml");
            assertThat(d.span().line()).isEqualTo(4);
            assertThat(d.span().column()).isPositive();
        });
    }

    @Test
    void unknownKeySuggestsTheKnownOne() {
        var ms = TestManuscript.at(book).file("book.yaml", "title: Test Book\nautor: Ada\n")
                .file("01-chapter.md", "# One\n\nText.\n");
        assertRejected(ms, "unknown-key", "book.yaml:2:1", "unknown key 'autor'", "Did you mean 'author'?");
    }

    @Test
    void listedChapterMissing() {
        var ms = TestManuscript.at(book)
                .file("book.yaml", "title: Test Book\nchapters:\n  - 01-chapter.md\n  - 02-missing.md\n")
                .file("01-chapter.md", "# One\n\nText.\n");
        assertRejected(ms, "missing-file", "book.yaml:4:5", "The chapter '02-missing.md' does not exist", "Check the spelling");
    }

    @Test
    void unknownTermSuggestsTheHeadword() {
        var ms = chapter("# One\n\nThe Politburo met, then the [[Politbureau]] met again.\n")
                .file("glossary.md", "# Glossary\n\nPolitburo\n: The bureau.\n");
        assertRejected(ms, "unknown-term", "01-chapter.md:3:29", "[[Politbureau]] names no glossary entry",
                "Did you mean [[Politburo]]?");
    }

    @Test
    void duplicateHeadword() {
        var ms = chapter("# One\n\nThe Politburo met.\n")
                .file("glossary.md", "# Glossary\n\nPolitburo\n: The bureau.\n\nPolitburo\n: The same bureau again.\n");
        assertRejected(ms, "duplicate-term", "glossary.md:6:1", "'Politburo' is already an entry", "Merge the two entries");
    }

    @Test
    void duplicateVariant() {
        var ms = chapter("# One\n\nThe soviets and the councils met.\n")
                .file("glossary.md", "soviet\nsoviets\n: A council.\n\ncouncil\nsoviets\n: Also a council.\n");
        assertThat(ms.failure()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("duplicate-term");
            assertThat(d.span().toString()).isEqualTo("glossary.md:5:1");
            assertThat(d.message()).contains("'soviets'").contains("'soviet'");
        });
    }

    @Test
    void imageMissing() {
        var ms = chapter("# One\n\nText.\n\n![A map of Europe](images/map.png)\n");
        assertRejected(ms, "missing-file", "01-chapter.md:5:1", "The image 'images/map.png' does not exist", "Check the spelling");
    }

    @Test
    void imageInlineMissingHasItsColumn() {
        var ms = chapter("# One\n\nSee ![a map](map.png) here.\n");
        assertRejected(ms, "missing-file", "01-chapter.md:3:5", "The image 'map.png' does not exist", "Check the spelling");
    }

    @Test
    void imageUnreadable() throws Exception {
        var ms = chapter("# One\n\n![A map](map.png)\n").png("map.png");
        Path map = book.resolve("map.png");
        assumeThatCode(() -> Files.setPosixFilePermissions(map, PosixFilePermissions.fromString("---------")))
                .doesNotThrowAnyException();
        try {
            assumeThat(Files.isReadable(map)).as("running as root: chmod 000 does not stop reading").isFalse();
            assertRejected(ms, "unreadable-file", "01-chapter.md:3:1", "cannot be read", "permissions");
        } finally {
            Files.setPosixFilePermissions(map, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void imageThatIsNotAnImage() {
        var ms = chapter("# One\n\n![A map](map.png)\n").file("map.png", "this is text, not a picture\n");
        assertRejected(ms, "not-an-image", "01-chapter.md:3:1", "The image 'map.png' cannot be used: it is not a PNG, JPEG or GIF image",
                "Export it again as PNG or JPEG");
    }

    @Test
    void imageOutsideTheFolderByDotDot() {
        var ms = chapter("# One\n\n![A map](../outside/map.png)\n");
        assertRejected(ms, "outside-manuscript", "01-chapter.md:3:1",
                "The image '../outside/map.png' points outside the manuscript folder", "Copy the file into the manuscript folder");
    }

    @Test
    void imageOutsideTheFolderByAbsolutePath() {
        String abs = outside.resolve("map.png").toAbsolutePath().toString();
        var ms = chapter("# One\n\n![A map](" + abs + ")\n");
        assertRejected(ms, "outside-manuscript", "01-chapter.md:3:1", "The image '" + abs + "' is an absolute path",
                "Copy the file into the manuscript folder");
    }

    @Test
    void imageOutsideTheFolderBySymlink() throws Exception {
        var ms = chapter("# One\n\n![A map](images/map.png)\n");
        Files.createDirectories(book.resolve("images"));
        Files.createSymbolicLink(book.resolve("images/map.png"), outside.resolve("map.png").toAbsolutePath());
        assertRejected(ms, "outside-manuscript", "01-chapter.md:3:1",
                "The image 'images/map.png' is a link that leads outside the manuscript folder", "Copy the file");
    }

    @Test
    void imageInsideTheFolderThroughADirectorySymlinkOutIsRefused() throws Exception {
        var ms = chapter("# One\n\n![A map](images/map.png)\n");
        Files.createSymbolicLink(book.resolve("images"), outside.toAbsolutePath());
        assertRejected(ms, "outside-manuscript", "01-chapter.md:3:1", "leads outside the manuscript folder", "Copy the file");
    }

    @Test
    void imageOnTheNetwork() {
        var ms = chapter("# One\n\n![A map](https://example.org/map.png)\n");
        assertRejected(ms, "remote-file", "01-chapter.md:3:1", "is a web address", "Download the file");
    }

    @Test
    void coverMissing() {
        var ms = TestManuscript.at(book).file("book.yaml", "title: Test Book\ncover: images/cover.png\n")
                .file("01-chapter.md", "# One\n\nText.\n");
        assertRejected(ms, "missing-file", "book.yaml:2:1", "The image 'images/cover.png' does not exist", "Check the spelling");
    }

    @Test
    void coverOutsideTheFolder() {
        var ms = TestManuscript.at(book).file("book.yaml", "title: Test Book\ncover: ../outside/map.png\n")
                .file("01-chapter.md", "# One\n\nText.\n");
        assertRejected(ms, "outside-manuscript", "book.yaml:2:1", "points outside the manuscript folder", "Copy the file");
    }

    @Test
    void coverThatIsNotAnImage() {
        var ms = TestManuscript.at(book).file("book.yaml", "title: Test Book\ncover: cover.jpg\n")
                .file("cover.jpg", "<html>not an image</html>").file("01-chapter.md", "# One\n\nText.\n");
        assertRejected(ms, "not-an-image", "book.yaml:2:1", "is not a PNG, JPEG or GIF image", "Export it again");
    }

    @Test
    void aGoodImageAndCoverAreAccepted() {
        var ms = TestManuscript.at(book).file("book.yaml", "title: Test Book\ncover: images/cover.png\n")
                .png("images/cover.png").png("images/map.png")
                .file("01-chapter.md", "# One\n\n![A map of Europe](images/map.png)\n");
        var p = ms.prepare();
        assertThat(p.warnings()).isEmpty();
        assertThat(p.book().metadata().cover()).hasValueSatisfying(c -> {
            assertThat(c.href()).isEqualTo("images/cover.png");
            assertThat(c.mediaType()).isEqualTo("image/png");
            assertThat(c.width()).isEqualTo(3);
            assertThat(c.height()).isEqualTo(2);
        });
        var check = cli("check", book.toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
    }

    @Test
    void everyLoaderErrorIsReportedAtOnce() {
        var ms = chapter("# One\n\n![A map](missing.png)\n\nText ![a plan](plan.png).\n")
                .file("02-two.md", "# Two\n\n![A chart](chart.jpg)\n");
        var check = cli("check", book.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("01-chapter.md:3:1: error: ").contains("01-chapter.md:5:6: error: ")
                .contains("02-two.md:3:1: error: ").contains("3 errors");
        assertThat(ms.failure()).extracting(Diagnostic::code).containsExactly("missing-file", "missing-file", "missing-file");
    }

    @Test
    void aSymlinkThatStaysInsideTheFolderIsAccepted() throws Exception {
        var ms = chapter("# One\n\n![A map](alias.png)\n").png("images/map.png");
        Files.createSymbolicLink(book.resolve("alias.png"), Path.of("images/map.png"));
        var p = ms.prepare();
        assertThat(p.warnings()).isEmpty();
        assertThat(cli("check", book.toString()).exitCode()).isZero();
    }
}
