package org.scholia.render.pdf.paint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.scholia.model.ImageFile;
import org.scholia.render.pdf.layout.Item;
import org.scholia.render.pdf.layout.Page;
import org.scholia.render.pdf.text.Run;
import org.scholia.render.pdf.text.Sp;

/**
 * Draws one page frame into its content stream: text lines (one BT/ET per line, one text matrix
 * per run, kerning as TJ adjustments, ActualText around ligatures and added hyphens), rules and
 * images. Link annotations are made by {@link Navigation}. Every drawn run also feeds the
 * document digest from which the file's /ID is derived.
 */
final class PagePainter {
    private static final COSName SPAN = COSName.getPDFName("Span");
    private final PDDocument doc;
    private final FontCache fonts;
    private final MessageDigest digest;
    private final Map<ImageFile, PDImageXObject> images = new HashMap<>();
    private final Map<PDType0Font, Float> spaceWidths = new HashMap<>();
    private final Map<PDType0Font, Map<String, Float>> widths = new HashMap<>();

    PagePainter(PDDocument doc, FontCache fonts, MessageDigest digest) {
        this.doc = doc;
        this.fonts = fonts;
        this.digest = digest;
    }

    void paint(Page frame, PDPage page) throws IOException {
        float h = (float) Sp.toPt(frame.height());
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            for (Item it : frame.items()) {
                if (it instanceof Item.Rule r) {
                    setFill(cs, r.rgb());
                    cs.addRect(pt(r.x()), h - pt(r.y()) - pt(r.thickness()), pt(r.width()), pt(r.thickness()));
                    cs.fill();
                } else if (it instanceof Item.TextLine t) {
                    line(cs, t, h);
                } else if (it instanceof Item.Picture p) {
                    PDImageXObject img = image(p.file());
                    if (img != null) cs.drawImage(img, pt(p.x()), h - pt(p.y()) - pt(p.height()), pt(p.width()), pt(p.height()));
                }
            }
        }
    }

    /**
     * One line: BT, then one TJ per group of runs that share font, size, colour and rise. The
     * gaps between runs (inter-word glue as justified) are drawn as real space characters with a
     * TJ adjustment that lands the next word exactly where the layout put it, so copying,
     * searching and screen readers get the words apart. Adjustments are computed from the PDF
     * pen position itself, so rounding never accumulates along the line.
     */
    private void line(PDPageContentStream cs, Item.TextLine t, float pageHeight) throws IOException {
        List<Run> runs = t.line().runs();
        if (runs.isEmpty()) return;
        cs.beginText();
        PDType0Font current = null;
        double size = -1;
        int rgb = -1;
        int i = 0;
        while (i < runs.size()) {
            Run first = runs.get(i);
            PDType0Font font = fonts.font(first.face());
            if (font != current || first.size() != size) {
                cs.setFont(font, (float) first.size());
                current = font;
                size = first.size();
            }
            if (first.rgb() != rgb) {
                setFill(cs, first.rgb());
                rgb = first.rgb();
            }
            float x0 = pt(t.x() + first.x());
            float y = pageHeight - pt(t.baseline() - first.rise());
            cs.setTextMatrix(Matrix.getTranslateInstance(x0, y));
            if (first.actualText() != null) {
                COSDictionary props = new COSDictionary();
                props.setItem(COSName.ACTUAL_TEXT, new COSString(first.actualText()));
                cs.beginMarkedContent(SPAN, PDPropertyList.create(props));
                show(cs, font, List.of(first), t.x(), x0);
                cs.endMarkedContent();
                i++;
            } else {
                int j = i + 1;
                while (j < runs.size() && sameGroup(first, runs.get(j))) j++;
                show(cs, font, runs.subList(i, j), t.x(), x0);
                i = j;
            }
            digest.update(first.text().getBytes(StandardCharsets.UTF_8));
            digest.update(Float.toString(x0 + y).getBytes(StandardCharsets.US_ASCII));
        }
        cs.endText();
    }

    private static boolean sameGroup(Run a, Run b) {
        return b.actualText() == null && a.face() == b.face() && a.size() == b.size() && a.rgb() == b.rgb()
                && a.rise() == b.rise();
    }

    /** Shows runs of one font as one TJ, starting at pen position x0 (points). */
    private void show(PDPageContentStream cs, PDType0Font font, List<Run> group, long lineX, float x0) throws IOException {
        float size = (float) group.get(0).size();
        float space = spaceWidth(font);
        List<Object> tj = new ArrayList<>();
        float pen = x0;
        for (Run run : group) {
            if (run.text().isEmpty()) continue;
            float target = pt(lineX + run.x());
            float gap = target - pen;
            if (!tj.isEmpty() && space > 0 && gap > space * size / 2000) {
                tj.add(" ");
                tj.add(-(gap - space * size / 1000) * 1000 / size);
            } else if (Math.abs(gap) > 0.001f) {
                tj.add(-gap * 1000 / size);
            }
            float width = width(font, run.text());
            if (Float.isNaN(width)) continue; // the engine only gives a face characters it covers; never crash on one that slips through
            if (run.kerning() == null) {
                tj.add(run.text());
            } else {
                for (Object o : positioned(run.text(), run.kerning())) {
                    tj.add(o);
                    if (o instanceof Float f) width -= f;
                }
            }
            pen = target + width * size / 1000;
        }
        if (!tj.isEmpty()) {
            try {
                cs.showTextWithPositioning(tj.toArray());
            } catch (IllegalArgumentException e) {
                // as above: an unencodable character leaves the group undrawn rather than the book unbuilt
            }
        }
    }

    /** The PDF advance of a text in 1/1000 em (NaN if the font cannot encode it), cached: words repeat. */
    private float width(PDType0Font font, String text) {
        Map<String, Float> cache = widths.computeIfAbsent(font, f -> new HashMap<>());
        Float w = cache.get(text);
        if (w == null) {
            try {
                w = font.getStringWidth(text);
            } catch (IllegalArgumentException | IOException e) {
                w = Float.NaN;
            }
            cache.put(text, w);
        }
        return w;
    }

    /** Width of the font's space in 1/1000 em, or 0 if it has none (gaps are then pure moves). */
    private float spaceWidth(PDType0Font font) {
        return spaceWidths.computeIfAbsent(font, f -> {
            try {
                f.encode(" ");
                return f.getStringWidth(" ");
            } catch (IllegalArgumentException | IOException e) {
                return 0f;
            }
        });
    }

    /** The TJ array: text pieces separated by the negated kerning (TJ moves left for positive numbers). */
    static Object[] positioned(String text, float[] kerning) {
        List<Object> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            piece.append(text.charAt(i));
            float k = i < kerning.length ? kerning[i] : 0;
            if (Character.isHighSurrogate(text.charAt(i))) continue;
            if (k != 0 && i < text.length() - 1) {
                out.add(piece.toString());
                piece.setLength(0);
                out.add(-k);
            }
        }
        if (piece.length() > 0) out.add(piece.toString());
        return out.toArray();
    }

    private PDImageXObject image(ImageFile file) {
        return images.computeIfAbsent(file, f -> {
            try {
                return PDImageXObject.createFromFileByContent(f.path().toFile(), doc);
            } catch (IOException | IllegalArgumentException e) {
                return null; // the loader checked the image; a file that changed since is left out
            }
        });
    }

    private static void setFill(PDPageContentStream cs, int rgb) throws IOException {
        cs.setNonStrokingColor(((rgb >> 16) & 255) / 255f, ((rgb >> 8) & 255) / 255f, (rgb & 255) / 255f);
    }

    static float pt(long sp) {
        return (float) Sp.toPt(sp);
    }
}
