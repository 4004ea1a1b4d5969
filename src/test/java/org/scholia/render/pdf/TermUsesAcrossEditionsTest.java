package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Book;
import org.scholia.render.epub.EpubRenderer;
import org.scholia.style.ProfileLoader;

/**
 * The uses the glossary pass records are what both editions and the check read: a term that
 * appears only in code and in a link is used nowhere (warning, no pages, no "used in"); a term
 * used only unlinked is listed by both.
 */
class TermUsesAcrossEditionsTest {
    @TempDir
    Path tmp;

    private static final String GLOSSARY = "# Glossary\n\nPolitburo\n: The inner body.\n\nsoviet\nsoviets\n: A council.\n";

    private Path manuscript(String yaml, String chapter) {
        return TestManuscript.at(tmp.resolve("book")).file("book.yaml", TestManuscript.MINIMAL_YAML + yaml)
                .file("glossary.md", GLOSSARY).file("01-ch.md", chapter).dir();
    }

    @Test
    void aTermOnlyInCodeAndALinkHasNoPagesAndNoUsedIn() throws Exception {
        Path dir = manuscript("", "# One\n\nLocal soviets met. Code `Politburo` and [the Politburo](https://example.org).\n\n"
                + "```\nPolitburo\n```\n");
        var warnings = new java.util.ArrayList<org.scholia.model.Diagnostic>();
        Book book = new org.scholia.annotate.Annotator().annotate(new org.scholia.load.ManuscriptLoader().load(dir, warnings), warnings);
        assertThat(warnings).extracting(d -> d.code() + ":" + d.message()).singleElement()
                .satisfies(w -> assertThat(w).startsWith("term-not-used:").contains("'Politburo'"));
        String glossaryPage = lastPageText(book, dir);
        assertThat(entry(glossaryPage, "Politburo")).isEqualTo("Politburo The inner body.");
        assertThat(entry(glossaryPage, "soviet")).isEqualTo("soviet A council. 1");
        String glossary = epubFile(book, "OEBPS/glossary.xhtml");
        String politburo = glossary.substring(glossary.indexOf("id=\"term-politburo\""), glossary.indexOf("id=\"term-soviet\""));
        assertThat(politburo).doesNotContain("used-in");
        assertThat(glossary.substring(glossary.indexOf("id=\"term-soviet\""))).contains("class=\"used-in\"");
    }

    @Test
    void aTermUsedOnlyUnlinkedIsListedByBothEditions() throws Exception {
        Path dir = manuscript("autolink: none\n", "# One\n\nThe soviets met. The Politburo decided.\n");
        var warnings = new java.util.ArrayList<org.scholia.model.Diagnostic>();
        Book book = new org.scholia.annotate.Annotator().annotate(new org.scholia.load.ManuscriptLoader().load(dir, warnings), warnings);
        assertThat(warnings).isEmpty();
        String glossaryPage = lastPageText(book, dir);
        assertThat(entry(glossaryPage, "Politburo")).isEqualTo("Politburo The inner body. 1");
        String chapter = epubFile(book, "OEBPS/ch01.xhtml");
        assertThat(chapter).doesNotContain("glossref").contains("<span id=\"ch01-u2\">Politburo</span>");
        String glossary = epubFile(book, "OEBPS/glossary.xhtml");
        assertThat(glossary).contains("href=\"ch01.xhtml#ch01-u2\"").contains("href=\"ch01.xhtml#ch01-u1\"");
    }

    @Test
    void aTermInATablesHeaderIsUsedOnceNotOnEveryPageTheHeaderIsRepeated() throws Exception {
        StringBuilder table = new StringBuilder("# One\n\nLocal soviets met.\n\n| Politburo | votes |\n|---|---|\n");
        for (int r = 1; r <= 90; r++) table.append("| member ").append(r).append(" | ").append(r * 3).append(" |\n");
        Path dir = manuscript("", table.toString());
        var warnings = new java.util.ArrayList<org.scholia.model.Diagnostic>();
        Book book = new org.scholia.annotate.Annotator().annotate(new org.scholia.load.ManuscriptLoader().load(dir, warnings), warnings);
        var rendered = PdfFixture.render(book, new ProfileLoader().load(dir, "handout"));
        try (PdfPages pages = new PdfPages(rendered.pdf())) {
            int headerPages = 0;
            for (String text : pages.texts) if (PdfPages.nfkc(text).contains("Politburo votes")) headerPages++;
            assertThat(headerPages).as("the header is repeated on the table's pages").isGreaterThan(1);
            String glossaryPage = PdfPages.nfkc(pages.texts.get(pages.pages() - 1));
            assertThat(entry(glossaryPage, "Politburo")).isEqualTo("Politburo The inner body. 1");
        }
    }

    private static String lastPageText(Book book, Path dir) throws Exception {
        var rendered = PdfFixture.render(book, new ProfileLoader().load(dir, "handout"));
        try (PdfPages pages = new PdfPages(rendered.pdf())) {
            return PdfPages.nfkc(pages.texts.get(pages.pages() - 1));
        }
    }

    /** The glossary entry that starts a line with its headword, up to the line's end, spaces collapsed. */
    private static String entry(String page, String headword) {
        for (String line : page.split("\\R")) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (l.startsWith(headword + " ")) return l;
        }
        return "";
    }

    private static String epubFile(Book book, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(book, Optional.empty(), PdfFixture.CREATED, out);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name);
    }
}
