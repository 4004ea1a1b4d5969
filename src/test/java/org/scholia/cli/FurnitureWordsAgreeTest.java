package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;

/**
 * The issue's probe: a Spanish book built to PDF and EPUB says "Índice" and "Glosario" in both,
 * because both renderers read the same words (FurnitureWords), not two translations.
 */
class FurnitureWordsAgreeTest {
    @TempDir
    Path tmp;

    @Test
    void aSpanishBookUsesTheSameWordsInThePdfAndTheEpub() throws Exception {
        TestManuscript ms = TestManuscript.at(tmp.resolve("libro"))
                .file("book.yaml", "title: Un libro\nauthor: Ana Autora\nlanguage: es\ndate: \"2026-11-27\"\n")
                .file("01-uno.md", "# Uno\n\nEl soviet de la ciudad se reunió.\n")
                .file("glossary.md", "soviet\n: Un consejo.\n");
        Path out = tmp.resolve("out");
        var build = cli("build", ms.dir().toString(), "-o", out.toString());
        assertThat(build.exitCode()).as(build.toString()).isZero();

        String epubContents;
        String epubGlossary;
        String epubDate;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub(out)))) {
            String nav = null;
            String glossary = null;
            String title = null;
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith("/nav.xhtml")) nav = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().endsWith("/glossary.xhtml")) glossary = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().endsWith("/title.xhtml")) title = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
            epubContents = between(nav, "<h1 id=\"toc-title\">", "</h1>");
            epubGlossary = between(glossary, "<h1 id=\"", "</h1>").replaceFirst("^[^>]*>", "");
            epubDate = between(title, "<p class=\"date\">", "</p>");
        }
        assertThat(epubDate).isEqualTo("27 de noviembre de 2026");
        assertThat(epubContents).isEqualTo("Índice");
        assertThat(epubGlossary).isEqualTo("Glosario");

        Path pdf;
        try (var files = Files.list(out)) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith("-print.pdf"))
                    .findFirst().orElseThrow();
        }
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) outline.add(item.getTitle());
            assertThat(outline).startsWith(epubContents).endsWith(epubGlossary);

            PDFTextStripper text = new PDFTextStripper();
            List<String> firstLines = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                firstLines.add(text.getText(doc).strip().split("\\R")[0].strip());
            }
            assertThat(firstLines).contains(epubContents, epubGlossary);
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(doc)).as("the title page's date").contains(epubDate);
        }
    }

    private static Path epub(Path out) throws Exception {
        try (var files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        }
    }

    private static String between(String s, String open, String close) {
        assertThat(s).as("document").isNotNull().contains(open);
        int from = s.indexOf(open) + open.length();
        return s.substring(from, s.indexOf(close, from));
    }
}
