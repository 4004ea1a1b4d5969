package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Block;
import org.scholia.model.Chapter;
import org.scholia.model.PlainText;
import org.scholia.render.PageMap;
import org.scholia.render.epub.EpubRenderer;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * End to end: where the PageMap says a page begins is where the PDF's page begins, for text
 * whose drawn form differs from its source (decomposed accents, soft hyphens, ligatures, note
 * marks, linked glossary terms), and the EPUB's page-break marker sits right before that word.
 */
class PageMapOffsetsTest {
    @TempDir
    static Path dir;
    private static PdfFixture.Rendered rendered;
    private static PdfPages pdf;
    private static Profile profile;
    private static final Map<String, String> blocks = new HashMap<>();

    private static final String[] WORDS = {"the", "cafe\u0301", "co\u00ADoperative", "office", "soviet", "baffled",
            "workers", "fine", "re\u0301sume\u0301", "met", "in", "a", "shuffle", "of", "inde\u00ADpendent", "councils",
            "and", "waffles", "na\u0131\u0308ve", "planning", "first", "official", "delegates", "argued", "over"};

    private static String paragraph(int p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 110; i++) {
            if (i > 0) sb.append(' ');
            String w = WORDS[(i * 7 + p * 3 + i / 5) % WORDS.length];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            if (i == 55) sb.append("[^n").append(p).append(']');
            if (i % 17 == 16) sb.append(',');
        }
        return sb.append('.').toString();
    }

    @BeforeAll
    static void render() throws Exception {
        StringBuilder md = new StringBuilder("# Offsets\n\n");
        for (int p = 0; p < 24; p++) md.append(paragraph(p)).append("\n\n");
        for (int p = 0; p < 24; p++) md.append("[^n").append(p).append("]: A note on the affluent cafe\u0301 ").append(p).append(".\n\n");
        TestManuscript m = TestManuscript.withChapter(dir.resolve("book"), md.toString())
                .file("glossary.md", "# Glossary\n\nsoviet\n: A council of workers, soldiers and peasants.\n");
        rendered = PdfFixture.render(m.dir());
        PdfFixture.keep(rendered, "page-map-offsets.pdf");
        pdf = new PdfPages(rendered.pdf());
        profile = new ProfileLoader().load(m.dir(), "handout");
        for (Chapter ch : rendered.book().chapters()) {
            for (Block b : ch.blocks()) {
                if (b instanceof Block.Paragraph p) blocks.put(p.id(), PlainText.of(p.content()));
                if (b instanceof Block.Heading h) blocks.put(h.id(), PlainText.of(h.content()));
            }
        }
    }

    /** What a reader compares: composed letters, no soft hyphens, ligatures as letters. */
    private static String reading(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace("\u00AD", "");
    }

    /** The first word of a page's body (the highest line under the top margin, leftmost first). */
    private static String firstWord(int page) {
        float top = (float) (profile.margins().top() / 65536.0);
        float bottom = (float) ((profile.pageHeight() - profile.margins().bottom()) / 65536.0);
        List<PdfPages.Glyph> body = pdf.glyphs.get(page).stream()
                .filter(g -> g.baseline() >= top && g.baseline() <= bottom + 1).toList();
        float first = (float) body.stream().mapToDouble(PdfPages.Glyph::baseline).min().orElseThrow();
        List<PdfPages.Glyph> line = new ArrayList<>(body.stream().filter(g -> g.baseline() - first < 5).toList());
        line.sort(Comparator.comparingDouble(PdfPages.Glyph::x));
        StringBuilder sb = new StringBuilder();
        float end = Float.NaN;
        for (PdfPages.Glyph g : line) {
            if (!Float.isNaN(end) && g.x() > end + g.size() * 0.15) break;  // a space: the word ends
            sb.append(g.text());
            end = g.x() + g.width();
        }
        return reading(sb.toString()).replaceAll("[\\p{Punct}\\d’”]+$", "");
    }

    /** Pages that begin inside a chapter's block, with the block's plain text from their offset. */
    private static List<PageMap.PageStart> bodyPages() {
        return rendered.pageMap().pages().stream().filter(p -> blocks.containsKey(p.blockId())).toList();
    }

    @Test
    void eachPageStartsAtTheFirstWordTheReaderSees() {
        int inside = 0;
        for (PageMap.PageStart start : bodyPages()) {
            String text = blocks.get(start.blockId());
            assertThat(start.offset()).isBetween(0, text.length());
            String word = firstWord(start.index());
            assertThat(word).isNotEmpty();
            assertThat(reading(text.substring(start.offset()))).as("page %s", start.label()).startsWith(word);
            if (start.offset() < text.length()) {
                assertThat(Character.getType(text.charAt(start.offset()))).as("page %s", start.label())
                        .isNotEqualTo((int) Character.NON_SPACING_MARK);
            }
            if (start.offset() > 0) inside++;
        }
        assertThat(inside).as("pages that begin inside a paragraph").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theEpubMarksEachPageRightBeforeThatWord() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(rendered.book(), Optional.of(rendered.pageMap()), PdfFixture.CREATED, out);
        StringBuilder xhtml = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xhtml")) xhtml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        int checked = 0;
        for (PageMap.PageStart start : bodyPages()) {
            if (start.offset() == 0) continue;
            Matcher m = Pattern.compile("<span id=\"page-" + (start.index() + 1) + "\"[^>]*/>").matcher(xhtml);
            assertThat(m.find()).as("marker of page %s", start.label()).isTrue();
            String after = xhtml.substring(m.end(), Math.min(xhtml.length(), m.end() + 400)).replaceAll("<[^>]*>", "");
            assertThat(reading(after)).as("page %s", start.label()).startsWith(firstWord(start.index()));
            String before = xhtml.substring(Math.max(0, m.start() - 1), m.start());
            assertThat(before).as("the marker sits between words").isIn(" ", ">");
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }
}
