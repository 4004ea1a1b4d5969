package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.PlainText;
import org.scholia.render.PageMap;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * The classroom print edition of the default book, read back from the PDF it writes: a duplex
 * book (even page count, openings on rectos, mirrored text block, truly blank versos), black
 * only, with each chapter's paragraph numbers in the outer margin beside the paragraph's first line.
 */
class PrintEditionTest {
    private static Book book;
    private static Profile classroom;
    private static PdfFixture.Rendered print;
    private static PdfPages pdf;
    /** Page index where each top-level outline entry (contents, chapters, glossary) opens. */
    private static final Map<String, Integer> openings = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        book = PdfFixture.load(PdfFixture.defaultManuscript());
        classroom = new ProfileLoader().load(PdfFixture.defaultManuscript(), "classroom");
        print = PdfFixture.render(book, classroom);
        PdfFixture.keep(print, "print.pdf");
        pdf = new PdfPages(print.pdf());
        for (PDOutlineItem item : pdf.doc.getDocumentCatalog().getDocumentOutline().children()) {
            PDPage page = item.findDestinationPage(pdf.doc);
            openings.put(item.getTitle(), pdf.doc.getPages().indexOf(page));
        }
    }

    private static float pt(long sp) {
        return sp / 65536f;
    }

    private static Set<Integer> blankPages() {
        Set<Integer> printed = new HashSet<>();
        for (PageMap.PageStart p : print.pageMap().pages()) printed.add(p.index());
        Set<Integer> blank = new HashSet<>();
        for (int i = 0; i < pdf.pages(); i++) if (!printed.contains(i)) blank.add(i);
        return blank;
    }

    private static boolean isText(PdfPages.Glyph g) {
        return !g.text().isBlank() && (g.size() == (float) classroom.sizes().body() || g.size() == (float) classroom.sizes().notes());
    }

    @Test
    void theBookIsDuplexWithEveryOpeningOnARecto() {
        assertThat(pdf.pages() % 2).as("page count %d", pdf.pages()).isZero();
        assertThat(print.pageMap().pageCount()).isEqualTo(pdf.pages());
        assertThat(openings).hasSize(book.chapters().size() + 2);
        for (var e : openings.entrySet()) {
            assertThat((e.getValue() + 1) % 2).as("%s opens on page %d", e.getKey(), e.getValue() + 1).isEqualTo(1);
        }
    }

    @Test
    void versoPagesHaveTheirTextBlockShiftedByOuterMinusInner() throws Exception {
        float inner = pt(classroom.margins().inner()), outer = pt(classroom.margins().outer());
        float measure = pt(classroom.measure());
        int rectos = 0, versos = 0;
        for (int i = 1; i < pdf.pages(); i++) {  // not the title page, whose lines are centred
            List<PdfPages.Glyph> text = pdf.glyphs.get(i).stream().filter(PrintEditionTest::isText).toList();
            if (text.isEmpty()) continue;
            float left = (i + 1) % 2 == 1 ? inner : outer;
            // letters and digits: punctuation may hang into the margins (Protrusion)
            List<PdfPages.Glyph> letters = text.stream().filter(g -> Character.isLetterOrDigit(g.text().codePointAt(0))).toList();
            float minX = (float) letters.stream().mapToDouble(PdfPages.Glyph::x).min().orElseThrow();
            float maxX = (float) letters.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
            assertThat(minX).as("page %d: left edge of the text", i + 1).isCloseTo(left, within(0.6f));
            assertThat(maxX).as("page %d: right edge of the text", i + 1).isLessThanOrEqualTo(left + measure + 0.6f);
            if ((i + 1) % 2 == 1) rectos++; else versos++;
            for (PDAnnotation a : pdf.doc.getPage(i).getAnnotations()) {
                var r = a.getRectangle();
                assertThat(r.getLowerLeftX()).as("link on page %d", i + 1).isGreaterThanOrEqualTo(left - 1);
                assertThat(r.getUpperRightX()).as("link on page %d", i + 1).isLessThanOrEqualTo(left + measure + 1);
            }
        }
        assertThat(outer - inner).isGreaterThan(10);
        assertThat(rectos).isGreaterThan(3);
        assertThat(versos).isGreaterThan(3);
    }

    @Test
    void insertedBlankPagesCarryNothingAtAll() throws Exception {
        Set<Integer> blank = blankPages();
        // the title page's verso, the contents' verso, and the verso before each chapter that ends on a recto
        assertThat(blank).contains(1).hasSizeGreaterThanOrEqualTo(3);
        for (int i : blank) {
            assertThat(pdf.texts.get(i)).as("page %d", i + 1).isBlank();
            assertThat(pdf.doc.getPage(i).getAnnotations()).as("page %d", i + 1).isEmpty();
            assertThat(operators(pdf.doc.getPage(i))).as("page %d draws nothing", i + 1).isEmpty();
            assertThat(openings.containsValue(i + 1) || i == pdf.pages() - 1).as("page %d is before an opening or last", i + 1).isTrue();
        }
    }

    @Test
    void linksWorkButAreNeitherColouredNorBordered() throws Exception {
        assertThat(pdf.links()).hasSizeGreaterThan(40);
        for (int i = 0; i < pdf.pages(); i++) {
            for (PDAnnotation a : pdf.doc.getPage(i).getAnnotations()) {
                if (!(a instanceof PDAnnotationLink)) continue;
                COSArray border = (COSArray) a.getCOSObject().getDictionaryObject(COSName.BORDER);
                assertThat(border).as("page %d: a link without a border", i + 1).isNotNull();
                assertThat(((COSNumber) border.getObject(2)).floatValue()).isZero();
                assertThat(a.getColor()).as("page %d: link colour", i + 1).isNull();
            }
            // every colour the page sets is black (or the white of an empty tint)
            List<Object> tokens = new PDFStreamParser(pdf.doc.getPage(i)).parse();
            List<Float> operands = new ArrayList<>();
            for (Object t : tokens) {
                if (t instanceof COSNumber n) {
                    operands.add(n.floatValue());
                } else if (t instanceof Operator op) {
                    if (Set.of("rg", "RG", "g", "G", "k", "K").contains(op.getName())) {
                        boolean black = operands.stream().allMatch(v -> v == 0) && !op.getName().equalsIgnoreCase("k")
                                || op.getName().equalsIgnoreCase("k") && operands.get(3) == 1;
                        boolean white = operands.stream().allMatch(v -> v == 1) && !op.getName().equalsIgnoreCase("k");
                        assertThat(black || white).as("page %d sets colour %s %s", i + 1, operands, op.getName()).isTrue();
                    }
                    operands.clear();
                }
            }
        }
    }

    @Test
    void everyNumberedParagraphHasItsNumberInTheOuterMarginBesideItsFirstLine() {
        float size = (float) classroom.marginNumbers().size();
        float measure = pt(classroom.measure());
        Map<String, Integer> chapterOpens = new LinkedHashMap<>();
        for (Chapter ch : book.chapters()) chapterOpens.put(ch.id(), openings.get(ch.title()));
        Set<String> found = new HashSet<>();
        for (int i = 0; i < pdf.pages(); i++) {
            Chapter chapter = chapterOf(i, chapterOpens);
            boolean recto = (i + 1) % 2 == 1;
            float left = pt(classroom.textLeft(i + 1));
            Map<Float, List<PdfPages.Glyph>> margin = new TreeMap<>();
            for (PdfPages.Glyph g : pdf.glyphs.get(i)) {
                boolean inBlock = g.x() >= left - 0.5f && g.x() + g.width() <= left + measure + 0.5f;
                if (g.size() != size || g.text().isBlank() || inBlock) continue;  // a note mark of that size is in the block
                boolean outerSide = recto ? g.x() >= left + measure : g.x() + g.width() <= left;
                assertThat(outerSide).as("page %d: margin number '%s' on the outer side", i + 1, g.text()).isTrue();
                margin.computeIfAbsent(g.baseline(), k -> new ArrayList<>()).add(g);
            }
            for (var e : margin.entrySet()) {
                int n = Integer.parseInt(e.getValue().stream().map(PdfPages.Glyph::text).reduce("", String::concat));
                assertThat(chapter).as("page %d has a paragraph number but no chapter", i + 1).isNotNull();
                Block.Paragraph p = paragraph(chapter, n);
                assertThat(p).as("%s has a paragraph %d", chapter.id(), n).isNotNull();
                String line = letters(lineAt(i, e.getKey()));
                assertThat(line).as("page %d, paragraph %d's first line", i + 1, n).isNotEmpty();
                assertThat(letters(PlainText.of(p.content()))).as("page %d: %s.%d begins with the line beside its number",
                        i + 1, chapter.number(), n).startsWith(line);
                assertThat(found.add(chapter.id() + "." + n)).as("%s.%d printed once", chapter.id(), n).isTrue();
            }
        }
        Set<String> numbered = new HashSet<>();
        for (Chapter ch : book.chapters()) {
            for (Block b : ch.blocks()) if (b instanceof Block.Paragraph p && p.number() > 0) numbered.add(ch.id() + "." + p.number());
        }
        assertThat(numbered).hasSizeGreaterThanOrEqualTo(book.chapters().size());
        assertThat(found).isEqualTo(numbered);
    }

    @Test
    void theBookletIsTheA5EditionImposedTwoUpOnA4LandscapeInSaddleStitchOrder() throws Exception {
        Profile a5 = classroom.forBooklet();
        PdfFixture.Rendered pagesA5 = PdfFixture.render(book, a5);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new PdfRenderer(classroom).renderBooklet(book, PdfFixture.CREATED, out, new ArrayList<>());
        try (PdfPages a5Pages = new PdfPages(pagesA5.pdf());
             org.apache.pdfbox.pdmodel.PDDocument booklet = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            int n = a5Pages.pages();
            assertThat(pt(a5.pageWidth())).as("half of A4: A5 and its half millimetre").isCloseTo(841.89f / 2, within(0.5f));
            int sheets = (n + 3) / 4;
            assertThat(booklet.getNumberOfPages()).isEqualTo(2 * sheets);
            int padded = 4 * sheets;
            for (int side = 0; side < booklet.getNumberOfPages(); side++) {
                PDPage page = booklet.getPage(side);
                assertThat(page.getMediaBox().getWidth()).isCloseTo(841.9f, within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(595.3f, within(0.5f));
                int s = side / 2;
                int left = side % 2 == 0 ? padded - 1 - 2 * s : 2 * s + 1;
                int right = side % 2 == 0 ? 2 * s : padded - 2 - 2 * s;
                assertThat(half(booklet, side, true)).as("side %d, left half: page %d", side, left + 1).isEqualTo(text(a5Pages, left));
                assertThat(half(booklet, side, false)).as("side %d, right half: page %d", side, right + 1).isEqualTo(text(a5Pages, right));
            }
            assertThat(text(a5Pages, 0)).contains("RealSocialism");
        }
        if (Qpdf.available()) {
            assertThat(Qpdf.check(out.toByteArray())).as("qpdf --check on the booklet").isNull();
        }
    }

    @Test
    void qpdfFindsNothingWrongWithTheHandoutAndThePrintEdition() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Qpdf.available(), "qpdf is not installed: its check is skipped");
        assertThat(Qpdf.check(print.pdf())).as("qpdf --check on the print edition").isNull();
        PdfFixture.Rendered handout = PdfFixture.render(book, new ProfileLoader().load(PdfFixture.defaultManuscript(), "handout"));
        assertThat(Qpdf.check(handout.pdf())).as("qpdf --check on the handout").isNull();
    }

    private static String text(PdfPages pages, int page) {
        return page < pages.pages() ? letters(pages.texts.get(page)) : "";
    }

    /** The letters on one half of an imposed side, as a reader's software extracts them. */
    private static String half(org.apache.pdfbox.pdmodel.PDDocument doc, int side, boolean left) throws java.io.IOException {
        var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
        float w = doc.getPage(side).getMediaBox().getWidth(), h = doc.getPage(side).getMediaBox().getHeight();
        stripper.addRegion("half", new java.awt.geom.Rectangle2D.Float(left ? 0 : w / 2, 0, w / 2, h));
        stripper.extractRegions(doc.getPage(side));
        return letters(stripper.getTextForRegion("half"));
    }

    /** The EPUB built from the print edition's pages, its XHTML documents concatenated in name order. */
    private static String epubXhtml() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.scholia.render.epub.EpubRenderer().render(book, java.util.Optional.of(print.pageMap()), PdfFixture.CREATED, out);
        Map<String, String> docs = new TreeMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xhtml") || e.getName().endsWith(".opf")) {
                    docs.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return String.join("\n", docs.values());
    }

    @Test
    void theEpubShowsTheSameParagraphNumbersOnTheSameParagraphsHiddenFromScreenReaders() throws Exception {
        String xhtml = epubXhtml();
        int checked = 0;
        for (Chapter ch : book.chapters()) {
            for (Block b : ch.blocks()) {
                if (!(b instanceof Block.Paragraph p)) continue;
                var m = java.util.regex.Pattern.compile("<p id=\"" + p.id() + "\"[^>]*>(<span class=\"para-num\" aria-hidden=\"true\">(\\d+)</span>)?")
                        .matcher(xhtml);
                assertThat(m.find()).as(p.id()).isTrue();
                if (p.number() > 0) {
                    assertThat(m.group(2)).as("%s shows its number", p.id()).isEqualTo(Integer.toString(p.number()));
                    checked++;
                } else {
                    assertThat(m.group(1)).as("%s is not numbered", p.id()).isNull();
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(book.chapters().size());
        // never in a note or a glossary entry
        for (String part : xhtml.split("<aside|<dd")) {
            if (part == xhtml) continue;
            String inside = part.substring(0, Math.max(0, Math.min(part.length(), part.indexOf("</aside>") < 0 ? part.indexOf("</dd>") : part.indexOf("</aside>"))));
            assertThat(inside).doesNotContain("para-num");
        }
    }

    @Test
    void theEpubPageListHasOneEntryPerPrintedPageEachMarkedBeforeThatPagesFirstWords() throws Exception {
        String xhtml = epubXhtml();
        var list = java.util.regex.Pattern.compile("<nav[^>]*epub:type=\"page-list\"[^>]*>(.*?)</nav>", java.util.regex.Pattern.DOTALL)
                .matcher(xhtml);
        assertThat(list.find()).isTrue();
        List<String> entries = new ArrayList<>();
        var a = java.util.regex.Pattern.compile("<a href=\"[^\"]*#(page-\\d+)\">([^<]*)</a>").matcher(list.group(1));
        while (a.find()) entries.add(a.group(2));
        List<String> printed = new ArrayList<>();
        Set<Integer> blank = blankPages();
        for (int i = 0; i < pdf.pages(); i++) if (!blank.contains(i)) printed.add(pdf.labels[i]);
        assertThat(entries).as("one entry per printed page, none for the blank ones").isEqualTo(printed);
        assertThat(xhtml).contains("<meta property=\"pageBreakSource\">Real Socialism (classroom print edition)</meta>")
                .contains("pageBreakMarkers");
        // each body page's marker is followed by that page's first words, as the PDF has them
        int checked = 0;
        for (PageMap.PageStart start : print.pageMap().pages()) {
            if (start.index() < print.pageMap().pages().get(0).index() || !start.blockId().startsWith("ch")) continue;
            var m = java.util.regex.Pattern.compile("<span id=\"page-" + (start.index() + 1) + "\"[^>]*/>").matcher(xhtml);
            assertThat(m.find()).as("marker of page %s", start.label()).isTrue();
            String after = xhtml.substring(m.end(), Math.min(xhtml.length(), m.end() + 3000))
                    .replaceAll("<span class=\"para-num\"[^>]*>\\d+</span>", "")
                    .replaceAll("<sup[^>]*>.*?</sup>", "").replaceAll("<[^>]*>", "");
            String page = letters(pdf.texts.get(start.index()));
            String first = letters(after);
            first = first.substring(0, Math.min(25, first.length()));
            assertThat(page).as("page %s begins with what follows its marker", start.label()).contains(first);
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    private static Chapter chapterOf(int page, Map<String, Integer> chapterOpens) {
        Chapter in = null;
        for (Chapter ch : book.chapters()) if (chapterOpens.get(ch.id()) <= page) in = ch;
        Integer glossary = openings.values().stream().reduce((a, b) -> b).orElseThrow();
        return page >= glossary ? null : in;
    }

    private static Block.Paragraph paragraph(Chapter ch, int n) {
        for (Block b : ch.blocks()) if (b instanceof Block.Paragraph p && p.number() == n) return p;
        return null;
    }

    /** The body text on a baseline, left to right, without note marks (smaller type). */
    private static String lineAt(int page, float baseline) {
        StringBuilder sb = new StringBuilder();
        pdf.glyphs.get(page).stream().filter(g -> Math.abs(g.baseline() - baseline) < 0.5f && g.size() == (float) classroom.sizes().body())
                .sorted((a, b) -> Float.compare(a.x(), b.x())).forEach(g -> sb.append(g.text()));
        String s = sb.toString();
        return s.endsWith("-") ? s.substring(0, s.length() - 1) : s;  // a word hyphenated at the line's end
    }

    /** Letters only, as a reader compares a line with its paragraph (no spaces, marks or ligatures). */
    private static String letters(String s) {
        return PdfPages.nfkc(s).replaceAll("[^\\p{L}]", "");
    }

    private static List<String> operators(PDPage page) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        for (Object t : new PDFStreamParser(page).parse()) if (t instanceof Operator op) out.add(op.getName());
        return out;
    }
}
