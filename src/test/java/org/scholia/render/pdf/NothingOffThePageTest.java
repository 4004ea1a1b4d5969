package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;

/**
 * Shapes that once drew text beyond the page's edge: quotes and lists nested as deep as the
 * loader allows, and a table of 200 columns. Every glyph of both PDF editions lies on its page
 * (PDFBox's glyph positions), and every word is there.
 */
class NothingOffThePageTest {
    @TempDir
    Path tmp;

    private static String shape(String name) {
        StringBuilder sb = new StringBuilder();
        switch (name) {
            case "quotes" -> sb.append("> ".repeat(64)).append("Some words in a deep quote that go on for a while to fill a line or two.\n");
            case "lists" -> {
                for (int i = 0; i < 64; i++) sb.append("  ".repeat(i)).append("- item with words\n");
            }
            case "table" -> {
                sb.append('|');
                for (int i = 0; i < 200; i++) sb.append("c").append(i).append('|');
                sb.append("\n|").append("-|".repeat(200)).append("\n|");
                for (int i = 0; i < 200; i++) sb.append("v").append(i).append('|');
                sb.append('\n');
            }
            default -> throw new IllegalArgumentException(name);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "lists", "table"})
    void everyGlyphIsOnItsPage(String name) throws Exception {
        Path book = tmp.resolve(name);
        TestManuscript.withChapter(book, "# One\n\nIntro text.\n\n" + shape(name));
        var run = cli("build", book.toString(), "-o", book.resolve("out").toString(), "--only", "pdf,print");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        for (String file : List.of("test-book.pdf", "test-book-print.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(book.resolve("out").resolve(file).toFile())) {
                List<String> outside = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String s, List<TextPosition> glyphs) {
                        text.append(s).append(' ');
                        for (TextPosition g : glyphs) {
                            float right = g.getXDirAdj() + g.getWidthDirAdj();
                            if (g.getXDirAdj() < 0 || right > g.getPageWidth() + 0.01f) {
                                outside.add(g.getUnicode() + " at x=" + g.getXDirAdj() + " on page " + getCurrentPageNo());
                            }
                        }
                    }
                };
                stripper.getText(pdf);
                assertThat(outside).as(file).isEmpty();
                if (name.equals("table")) assertThat(text).as(file).contains("v0").contains("v199");
                else assertThat(text.toString().replace(" ", "")).contains(name.equals("quotes") ? "deepquote" : "withwords").contains("Intro");
            }
        }
    }
}
