package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Book;
import org.scholia.render.epub.EpubRenderer;
import org.scholia.style.ProfileLoader;

/**
 * Smart punctuation and passages in other languages, read back from both editions: the
 * characters PDFBox's text extraction finds in the PDF, and the XHTML of the EPUB.
 */
class TypographyEditionsTest {
    @TempDir
    Path tmp;

    /** Every case, one short paragraph each, so that each stays on one line of the PDF. */
    private static final String CHAPTER = "# Quotes\n\n"
            + "He said \"it's done\" -- in 1917--1921 --- then... 'quoted'.\n\n"
            + "The students' books of the '90s, \"*emphasised*\" too.\n\n"
            + "Code `say \"x\" -- y...` stays.\n\n"
            + "An address <https://example.org/a--b...> stays.\n\n"
            + "Escaped \\\"straight\\\" and \\'single\\' and a\\-\\-b and x\\.\\.\\. stay.\n\n"
            + "::: {lang=de}\nEr sagte \"das ist 'gut' so\".\n:::\n\n"
            + "::: {lang=fr}\nIl a dit \"bonjour\" ; quoi? Vraiment!\n:::\n\n"
            + "Russian [\"цитата 'вложенная'\"]{lang=ru} here.\n\n"
            + "```\ncode \"block\" -- stays...\n```\n";

    private Book book(String yaml, String chapter) throws Exception {
        Path dir = TestManuscript.at(tmp.resolve("book" + yaml.hashCode()))
                .file("book.yaml", TestManuscript.MINIMAL_YAML + yaml).file("01-ch.md", chapter).dir();
        return PdfFixture.load(dir);
    }

    @Test
    void bothEditionsGetTheMarksOfEachLanguage() throws Exception {
        Book book = book("", CHAPTER);
        String pdf = pdfText(book);
        String epub = epubChapter(book);
        for (String expected : new String[] {
                "He said “it’s done” – in 1917–1921 — then… ‘quoted’.",
                "The students’ books of the ’90s, “",
                "Code say \"x\" -- y... stays.",
                "https://example.org/a--b...",
                "Escaped \"straight\" and 'single' and a--b and x... stay.",
                "Er sagte „das ist ‚gut‘ so“.",
                "Russian «цитата „вложенная“» here.",
                "code \"block\" -- stays..."}) {
            assertThat(pdf).contains(expected);
            assertThat(epub.replaceAll("<[^>]+>", "")).contains(expected);
        }
        // French: narrow no-break spaces inside the guillemets and before ; ? !
        assertThat(epub).contains("Il a dit «\u202Fbonjour\u202F»\u202F; quoi\u202F? Vraiment\u202F!");
        assertThat(pdf.replace('\u202F', ' ')).contains("Il a dit « bonjour » ; quoi ? Vraiment !");
        assertThat(epub).contains("<div lang=\"de\" xml:lang=\"de\">", "<div lang=\"fr\" xml:lang=\"fr\">",
                "<span lang=\"ru\" xml:lang=\"ru\">«цитата „вложенная“»</span>");
        assertThat(epub).contains("<a href=\"https://example.org/a--b...\">https://example.org/a--b...</a>");
    }

    @Test
    void smartFalseKeepsWhatWasTyped() throws Exception {
        Book book = book("smart: false\n", CHAPTER);
        String pdf = pdfText(book);
        String epub = epubChapter(book).replaceAll("<[^>]+>", "");
        for (String expected : new String[] {
                "He said \"it's done\" -- in 1917--1921 --- then... 'quoted'.",
                "Escaped \"straight\" and 'single' and a--b and x... stay.",
                "Er sagte \"das ist 'gut' so\"."}) {
            assertThat(pdf).contains(expected);
            assertThat(epub).contains(expected);
        }
    }

    @Test
    void aRussianWordAtALineEndIsHyphenatedWithTheRussianPatterns() throws Exception {
        // one long Russian word again and again: some line must end inside it, at a Russian
        // pattern point (the English patterns would not break it where the Russian ones do)
        String words = "превосходительство ".repeat(60).strip();
        Book book = book("", "# One\n\nIn English first, then [" + words + "]{lang=ru}.\n");
        String pdf = pdfText(book);
        assertThat(pdf).containsPattern("(превосходи|превосхо|превос|пре|превосходитель|превосходительст)-\\R");
        assertThat(new org.scholia.render.pdf.text.Hyphenator("ru").show("превосходительство"))
                .isEqualTo("пре-вос-хо-ди-тель-ство");
        assertThat(epubChapter(book)).contains("<span lang=\"ru\" xml:lang=\"ru\">превосходительство");
    }

    private static String pdfText(Book book) throws Exception {
        var rendered = PdfFixture.render(book, new ProfileLoader().load(null, "handout"));
        try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String epubChapter(Book book) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(book, Optional.empty(), PdfFixture.CREATED, out);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("OEBPS/ch01.xhtml")) return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no chapter");
    }
}
