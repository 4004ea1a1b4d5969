package org.scholia.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Book;
import org.scholia.render.PageMap;

/** EPUBCheck 5.3.0 must report no fatal error, no error and no warning on what we write. */
class EpubCheckTest {
    static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05.678Z");

    @TempDir
    Path dir;

    static PageMap pages() {
        return new PageMap(List.of(
                new PageMap.PageStart(0, "i", "", 0),
                new PageMap.PageStart(1, "ii", "", 0),
                new PageMap.PageStart(2, "1", "ch01-title", 0),
                new PageMap.PageStart(3, "2", "ch01-p1", 40),
                new PageMap.PageStart(4, "3", "ch01-s1-1", 0),
                new PageMap.PageStart(5, "4", "ch02-p2", 12),
                new PageMap.PageStart(6, "5", "no-such-block", 0)));
    }

    static byte[] render(Book book, Optional<PageMap> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(book, pages, MODIFIED, out);
        return out.toByteArray();
    }

    private EpubValidation validate(Book book, Optional<PageMap> pages, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, render(book, pages));
        return EpubValidation.check(file);
    }

    private static void assertClean(EpubValidation v) {
        assertThat(v.problems()).as(v.toString()).isEmpty();
        assertThat(v.fatals() + v.errors() + v.warnings()).as(v.toString()).isZero();
    }

    @Test
    void fullBookWithoutPageMapIsClean() throws IOException {
        assertClean(validate(TestBooks.full(dir), Optional.empty(), "full.epub"));
    }

    /**
     * A page of the print edition that begins inside a word (hyphenated across two pages, "la-"
     * then "y") is marked before the word, never inside it, so a screen reader reads one word.
     */
    @Test
    void aPageBeginningInsideAWordIsMarkedBeforeTheWord() throws IOException {
        PageMap pages = new PageMap(List.of(new PageMap.PageStart(0, "1", "ch01-p1", 0),
                new PageMap.PageStart(1, "2", "ch01-p1", 8)));  // "Power la|y with the Politburo"
        EpubContents epub = new EpubContents(render(TestBooks.full(dir), Optional.of(pages)));
        String chapter = new String(epub.entries.get("OEBPS/ch01.xhtml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(chapter).containsPattern("Power <span id=\"page-2\"[^>]*/>lay with the ");
    }

    /** SOURCE_DATE_EPOCH=0, as reproducible builds often set it: a date before ZIP's 1980 must not add a ZIP extra field. */
    @Test
    void aBookDatedBefore1980IsClean() throws IOException {
        Path file = dir.resolve("epoch.epub");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(TestBooks.full(dir), Optional.empty(), Instant.EPOCH, out);
        Files.write(file, out.toByteArray());
        assertClean(EpubValidation.check(file));
    }

    @Test
    void fullBookWithPageMapIsClean() throws IOException {
        assertClean(validate(TestBooks.full(dir), Optional.of(pages()), "paged.epub"));
    }

    @Test
    void minimalBookIsClean() throws IOException {
        assertClean(validate(TestBooks.minimal(dir), Optional.empty(), "minimal.epub"));
    }

    /**
     * What the passes should never produce but a renderer must survive: a chapter with no
     * blocks, a heading without id, duplicate ids, a reference to a note or term that does not
     * exist, a note never cited, an unknown MARC role, an invalid date, a book with no chapter.
     */
    @Test
    void oddBooksAreStillClean() throws IOException {
        var span = new org.scholia.model.SourceSpan("odd.md", 1, 1);
        var empty = new org.scholia.model.Chapter("ch01", 1, "a.md", "Empty", List.of(), List.of(), span);
        var odd = new org.scholia.model.Chapter("2nd chapter!", 2, "b.md", "Odd <one>", List.of(
                TestBooks.h(1, "", "Odd <one>"),
                TestBooks.h(2, "", "No id"),
                TestBooks.p("dup", 1, TestBooks.t("one"), TestBooks.note("missing", 9, 1),
                        TestBooks.term("no-such-entry", "ghost", true)),
                TestBooks.p("dup", 2, TestBooks.t("two"), TestBooks.note("x", 1, 1), TestBooks.note("x", 1, 1)),
                TestBooks.h(4, "deep", "Deep section under no level 3")),
                List.of(TestBooks.footnote("x", 1, 1, TestBooks.p("", 0, TestBooks.t("cited"))),
                        TestBooks.footnote("uncited", 2, 0, TestBooks.p("", 0, TestBooks.t("never cited")))),
                span);
        Book base = TestBooks.minimal(dir);
        var m = base.metadata();
        var meta = new org.scholia.model.Metadata("Odd & <book>", "", List.of(new org.scholia.model.Creator("X", "??")),
                "", "", "sometime in 2024", "", "", "", List.of("", "s"), Optional.empty(), m.autolink(), m.span());
        Book book = new Book(dir, meta, List.of(empty, odd), base.glossary());
        assertClean(validate(book, Optional.of(pages()), "odd.epub"));
        assertClean(validate(book.withChapters(List.of()), Optional.empty(), "nochapter.epub"));
    }

    /** The check itself must be able to fail: a broken EPUB is reported. */
    @Test
    void validationDetectsABrokenFile() throws IOException {
        byte[] good = render(TestBooks.minimal(dir), Optional.empty());
        String asText = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1);
        // Drop the mimetype's first byte: the container is no longer an EPUB.
        Path file = dir.resolve("broken.epub");
        Files.write(file, asText.replaceFirst("application/epub\\+zip", "application/epub+zap")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        EpubValidation v = EpubValidation.check(file);
        assertThat(v.fatals() + v.errors()).as(v.toString()).isPositive();
    }
}
