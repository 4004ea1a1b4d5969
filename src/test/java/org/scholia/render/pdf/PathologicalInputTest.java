package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.style.ProfileLoader;

/** Input a layout engine must survive: never a crash, never text outside the text block. */
class PathologicalInputTest {
    @TempDir
    Path dir;

    private PdfFixture.Rendered render(String chapter, String glossary) throws Exception {
        Files.writeString(dir.resolve("book.yaml"), "title: Edge Cases\nauthor: Tester\nlanguage: en\n");
        Files.writeString(dir.resolve("01-edge.md"), chapter);
        if (glossary != null) Files.writeString(dir.resolve("glossary.md"), glossary);
        var profile = new ProfileLoader().load(dir, "handout");
        var r = PdfFixture.render(PdfFixture.load(dir), profile);
        try (PdfPages pdf = new PdfPages(r.pdf())) {
            assertThat(pdf.glyphsOutsideTextArea(profile)).isEmpty();
        }
        return r;
    }

    @Test
    void aChapterThatIsOnlyATitleAndABookWithoutGlossary() throws Exception {
        var r = render("# Only a Title\n", null);
        assertThat(r.pageMap().pages()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void longUnbreakableWordsUrlsAndAHugeTableRow() throws Exception {
        String url = "https://example.org/" + "averyveryverylongpathsegment/".repeat(12);
        StringBuilder md = new StringBuilder("# Edges\n\n");
        md.append("Supercalifragilisticexpialidocious".repeat(6)).append(" and <").append(url).append(">.\n\n");
        md.append("| a | b |\n|---|---|\n| ").append("word ".repeat(2500)).append("| x |\n\n");
        md.append("```\n").append("x".repeat(400)).append("\n```\n\n");
        md.append("Text after.\n");
        PdfFixture.keep(render(md.toString(), null), "edge-table.pdf");
    }

    @Test
    void notesWithListsCodeAndSeveralParagraphsAndANoteCitedTwice() throws Exception {
        String md = "# Notes\n\nFirst[^a] and again[^a], then[^b] and a table:\n\n| x | y |\n|---|---|\n| cell[^c] | z |\n\n"
                + "[^a]: One paragraph.\n\n    Second paragraph of the note.\n\n    - a list item\n    - another\n\n"
                + "[^b]: `code` in a note and *emphasis*.\n[^c]: A note from a table cell.\n";
        var r = render(md, "term\n: A definition with a note.[^g]\n\n[^g]: The glossary's own note.\n");
        try (PdfPages pdf = new PdfPages(r.pdf())) {
            String all = String.join("\n", pdf.texts);
            assertThat(all).contains("Second paragraph of the note", "A note from a table cell", "The glossary’s own note");  // smart punctuation
            for (PdfPages.Link l : pdf.links()) {
                if (l.contents() != null && l.contents().startsWith("note-")) assertThat(l.targetPage()).isEqualTo(l.page());
            }
        }
    }

    @Test
    void aFigureTallerThanThePageAndManyHeadingsInARow() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(100, 2000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("tall.png").toFile());
        StringBuilder md = new StringBuilder("# Figures\n\n![tall](tall.png)\n\n");
        for (int i = 2; i <= 6; i++) md.append("#".repeat(i)).append(" Heading ").append(i).append("\n\n");
        md.append("Text.\n\n---\n\n> quoted\n>\n> > nested quote\n");
        render(md.toString(), null);
    }

    @Test
    void aCharacterNoFontHasIsAWarningNotACrash() throws Exception {
        var r = render("# Snow\n\nA snowman \u2603 and a \uD83D\uDE00 here.\n", null);
        assertThat(r.warnings()).isNotEmpty().allMatch(d -> d.code().equals("missing-glyph") && d.span().toString().startsWith("01-edge.md:3"));
    }
}
