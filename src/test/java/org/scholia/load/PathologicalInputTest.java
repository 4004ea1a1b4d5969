package org.scholia.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;
import org.scholia.model.PlainText;

/** Odd files an author's editor may produce: empty, headless, CRLF, BOM, not UTF-8, empty book.yaml. */
class PathologicalInputTest {
    @TempDir
    Path tmp;

    private TestManuscript ms() {
        return TestManuscript.at(tmp.resolve("book")).file("book.yaml", TestManuscript.MINIMAL_YAML);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyChapterFileGetsItsFileNameAsTitle() {
        var p = ms().file("01-one.md", "# One\n\nText.\n").file("02-the-empty-one.md", "").prepare();
        Chapter empty = p.chapter(2);
        assertThat(empty.title()).isEqualTo("the empty one");
        assertThat(empty.blocks()).singleElement().isInstanceOfSatisfying(Block.Heading.class, h -> {
            assertThat(h.level()).isEqualTo(1);
            assertThat(PlainText.of(h.content())).isEqualTo("the empty one");
            assertThat(h.id()).isEqualTo("ch02");
        });
        assertThat(p.warnings()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("no-chapter-title");
            assertThat(d.span().toString()).isEqualTo("02-the-empty-one.md:1:1");
        });
    }

    @Test
    void chapterWithoutHeadingWarnsAndUsesItsFileName() {
        var p = ms().file("01-one.md", "# One\n\nText.\n").file("02-epilogue.md", "Just a closing paragraph.\n").prepare();
        Chapter c = p.chapter(2);
        assertThat(c.title()).isEqualTo("epilogue");
        assertThat(TestManuscript.paragraphs(c)).singleElement().satisfies(para -> {
            assertThat(PlainText.of(para.content())).isEqualTo("Just a closing paragraph.");
            assertThat(para.id()).isEqualTo("ch02-p1");
        });
        assertThat(p.warnings()).extracting(Diagnostic::code).containsExactly("no-chapter-title");
        var check = TestManuscript.cli("check", p.book().root().toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.err()).contains("02-epilogue.md:1:1: warning: ").contains("fix: ");
    }

    @Test
    void crlfLineEndingsReadLikeLf() {
        var p = ms().file("01-one.md", "# Title\r\n\r\nLine one\r\nline two.[^n]\r\n\r\n## Part\r\n\r\nMore.\r\n\r\n[^n]: The note\r\n    goes on.\r\n")
                .prepare();
        assertThat(p.warnings()).isEmpty();
        Chapter c = p.chapter(1);
        assertThat(c.title()).isEqualTo("Title");
        List<Block.Paragraph> ps = TestManuscript.paragraphs(c);
        assertThat(ps).extracting(b -> PlainText.of(b.content())).containsExactly("Line one line two.", "More.");
        assertThat(ps.get(1).span().toString()).isEqualTo("01-one.md:8:1");
        assertThat(TestManuscript.noteRefsIn(c.blocks())).singleElement()
                .satisfies(r -> assertThat(r.span().toString()).isEqualTo("01-one.md:4:10"));
        assertThat(PlainText.of(((Block.Paragraph) c.notes().get(0).content().get(0)).content())).isEqualTo("The note goes on.");
        assertThat(c.blocks().toString()).doesNotContain("\r");
    }

    @Test
    void byteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var p = TestManuscript.at(tmp.resolve("book"))
                .bytes("book.yaml", concat(bom, utf8("title: BOM Book\n")))
                .bytes("01-one.md", concat(bom, utf8("# Title\n\nText.\n")))
                .bytes("glossary.md", concat(bom, utf8("text\n: Words.\n")))
                .prepare();
        assertThat(p.warnings()).isEmpty();
        assertThat(p.book().metadata().title()).isEqualTo("BOM Book");
        assertThat(p.chapter(1).title()).isEqualTo("Title");
        assertThat(p.chapter(1).blocks().get(0).span().toString()).isEqualTo("01-one.md:1:1");
        assertThat(p.book().glossary().entries()).singleElement().satisfies(e -> assertThat(e.headword()).isEqualTo("text"));
    }

    @Test
    void nonUtf8BytesAreAnErrorWithTheirLine() {
        // "café" in Latin-1 on line 5
        byte[] latin1 = concat(utf8("# One\n\nFine text.\n\nA caf"), new byte[] {(byte) 0xE9}, utf8(" in Paris.\n"));
        var ms = ms().bytes("01-one.md", latin1);
        assertThat(ms.failure()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-utf8");
            assertThat(d.span().toString()).isEqualTo("01-one.md:5:1");
            assertThat(d.hint()).contains("UTF-8");
        });
        var check = TestManuscript.cli("check", ms.dir().toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("01-one.md:5:1: error: The file is not valid UTF-8 text.").contains("fix: ");
    }

    @Test
    void nonUtf8BookYamlIsAnError() {
        var ms = TestManuscript.at(tmp.resolve("book"))
                .bytes("book.yaml", concat(utf8("title: Caf"), new byte[] {(byte) 0xE9}, utf8("\n")))
                .file("01-one.md", "# One\n");
        assertThat(ms.failure()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-utf8");
            assertThat(d.span().toString()).isEqualTo("book.yaml:1:1");
        });
    }

    @Test
    void emptyBookYamlIsAMissingTitle() {
        var ms = TestManuscript.at(tmp.resolve("book")).file("book.yaml", "").file("01-one.md", "# One\n\nText.\n");
        assertThat(ms.failure()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("missing-title");
            assertThat(d.span().toString()).isEqualTo("book.yaml:1:1");
            assertThat(d.hint()).contains("title:");
        });
        var check = TestManuscript.cli("check", ms.dir().toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("book.yaml:1:1: error: The book has no title.");
    }

    @Test
    void blankTitleIsAMissingTitleAtItsLine() {
        var ms = TestManuscript.at(tmp.resolve("book")).file("book.yaml", "author: Ada\ntitle:\n").file("01-one.md", "# One\n");
        assertThat(ms.failure()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("missing-title");
            assertThat(d.span().toString()).isEqualTo("book.yaml:2:1");
        });
    }

    @Test
    void folderWithoutMarkdownHasNoChapters() {
        var ms = ms();
        assertThat(ms.failure()).extracting(Diagnostic::code).containsExactly("no-chapters");
    }

    @Test
    void whitespaceOnlyChapterIsLikeAnEmptyOne() {
        var p = ms().file("01-blank.md", "   \n\n\t\n").prepare();
        assertThat(p.chapter(1).title()).isEqualTo("blank");
        assertThat(p.warnings()).extracting(Diagnostic::code).containsExactly("no-chapter-title");
    }

    @Test
    void chaptersDefaultToMarkdownFilesByNameWithoutGlossaryOrReadme() throws ManuscriptException {
        var ms = ms().file("02-b.md", "# B\n\nThe term.\n").file("01-a.md", "# A\n\nText.\n").file("10-c.md", "# C\n\nText.\n")
                .file("README.md", "# Read me\n").file("glossary.md", "term\n: A word.\n").file("notes.txt", "not a chapter");
        Book book = ms.load(new ArrayList<>());
        assertThat(book.chapters()).extracting(Chapter::file).containsExactly("01-a.md", "02-b.md", "10-c.md");
        assertThat(book.chapters()).extracting(Chapter::number).containsExactly(1, 2, 3);
    }

    @Test
    void aListedChapterThatIsAFolder() {
        var ms = TestManuscript.at(tmp.resolve("book")).file("book.yaml", "title: T\nchapters:\n  - part-one\n")
                .file("part-one/01.md", "# One\n");
        assertThat(ms.failure()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-a-file");
            assertThat(d.span().toString()).isEqualTo("book.yaml:3:5");
        });
    }

    @Test
    void chaptersInSubfoldersAreNamedByTheirPath() throws ManuscriptException {
        var ms = TestManuscript.at(tmp.resolve("book")).file("book.yaml", "title: T\nchapters:\n  - text/one.md\n")
                .file("text/one.md", "# One\n\n![A map](images/map.png)\n\nA claim[^x].\n").png("images/map.png");
        Book book = ms.load(new ArrayList<>());
        Chapter c = book.chapters().get(0);
        assertThat(c.file()).isEqualTo("text/one.md");
        assertThat(c.blocks().get(1)).isInstanceOfSatisfying(Block.Figure.class, f -> {
            assertThat(f.image().file().href()).isEqualTo("images/map.png");
            assertThat(f.span().toString()).isEqualTo("text/one.md:3:1");
        });
        // warnings name the file by its path in the manuscript
        assertThat(ms.prepare().warnings()).singleElement()
                .satisfies(d -> assertThat(d.span().toString()).isEqualTo("text/one.md:5:8"));
    }

    @Test
    void textBeforeTheTitleStillLeavesTheTitleHeadingFirst() {
        // Chapter's contract: the title is the first level-1 heading, which is also the first block (id = chapter id)
        var p = ms().file("01-one.md", "An epigraph before the title.\n\n# The Title\n\nText.\n").prepare();
        Chapter c = p.chapter(1);
        assertThat(c.title()).isEqualTo("The Title");
        assertThat(c.blocks().get(0)).isInstanceOfSatisfying(Block.Heading.class, h -> {
            assertThat(h.level()).isEqualTo(1);
            assertThat(h.id()).isEqualTo("ch01");
        });
    }
}
