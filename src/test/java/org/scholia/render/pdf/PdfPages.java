package org.scholia.render.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a rendered PDF back the way a reader's software does: glyph positions and text per page
 * (from PDFTextStripper), link annotations with the page they open, page labels.
 */
final class PdfPages implements AutoCloseable {
    /** A glyph as drawn: x and the baseline y from the page's top-left, in points. */
    record Glyph(String text, float x, float baseline, float width, float height, float size) {
    }

    /** A link annotation: where it is and which page (and height) it opens, or its URI. */
    record Link(int page, String contents, int targetPage, float targetTop, float top) {
    }

    final PDDocument doc;
    final List<List<Glyph>> glyphs = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final String[] labels;

    PdfPages(byte[] pdf) throws IOException {
        doc = Loader.loadPDF(pdf);
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            List<Glyph> page = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        page.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                                p.getHeightDir(), p.getFontSizeInPt()));
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            texts.add(nfkc(stripper.getText(doc)));
            glyphs.add(page);
        }
        var pl = doc.getDocumentCatalog().getPageLabels();
        labels = pl == null ? new String[0] : pl.getLabelsByPageIndices();
    }

    /** Ligatures (U+FB01 …) back to letters, as a search would see them. */
    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    int pages() {
        return texts.size();
    }

    int pageOfLabel(String label) {
        for (int i = 0; i < labels.length; i++) if (labels[i].equals(label)) return i;
        return -1;
    }

    List<Link> links() throws IOException {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            float h = page.getMediaBox().getHeight();
            for (PDAnnotation a : page.getAnnotations()) {
                if (!(a instanceof PDAnnotationLink l)) continue;
                int target = -1;
                float targetTop = -1;
                if (l.getDestination() instanceof PDPageDestination d) {
                    target = d.retrievePageNumber();
                    if (d instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination x) {
                        targetTop = h - x.getTop();
                    }
                }
                out.add(new Link(i, l.getContents(), target, targetTop, h - l.getRectangle().getUpperRightY()));
            }
        }
        return out;
    }

    /**
     * Glyphs drawn outside the text block, except on the running-head and page-number lines
     * (which sit in the top and bottom margins by design), as "page N 'x' at (x, y)".
     */
    /**
     * Glyphs drawn outside the text block. Across the measure, the rule is: no letter or digit
     * beyond it; punctuation may hang into the margin by at most its protrusion ({@link
     * org.scholia.render.pdf.text.Protrusion}: the profile's factor times the table's fraction of
     * its width).
     */
    List<String> glyphsOutsideTextArea(org.scholia.style.Profile profile) {
        var hang = new org.scholia.render.pdf.text.Protrusion(profile.protrusion());
        float top = pt(profile.margins().top()), bottom = pt(profile.pageHeight() - profile.margins().bottom());
        float headZone = top - 30, folio = bottom + pt(profile.margins().bottom()) / 2;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pages(); i++) {
            float left = pt(profile.textLeft(i + 1)), right = left + pt(profile.measure());
            for (Glyph g : glyphs.get(i)) {
                if (g.text().isBlank()) continue;
                int cp = g.text().codePointAt(0);
                float hangLeft = (float) (g.width() * hang.left(cp)), hangRight = (float) (g.width() * hang.right(cp));
                boolean across = g.x() >= left - 0.5f - hangLeft && g.x() + g.width() <= right + 0.5f + hangRight;
                boolean inBlock = g.baseline() - g.size() * 0.75f >= top - 0.5f && g.baseline() <= bottom + 0.5f;
                boolean furniture = Math.abs(g.baseline() - folio) < 1 || (g.baseline() < top && g.baseline() > headZone);
                if (!across || !(inBlock || furniture)) out.add(String.format("page %d '%s' at (%.1f, %.1f)", i, g.text(), g.x(), g.baseline()));
            }
        }
        return out;
    }

    private static float pt(long sp) {
        return sp / 65536f;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
