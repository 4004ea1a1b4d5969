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

    private void line(PDPageContentStream cs, Item.TextLine t, float pageHeight) throws IOException {
        if (t.line().runs().isEmpty()) return;
        cs.beginText();
        PDType0Font current = null;
        double size = -1;
        int rgb = -1;
        for (Run run : t.line().runs()) {
            if (run.text().isEmpty()) continue;
            PDType0Font font = fonts.font(run.face());
            if (font != current || run.size() != size) {
                cs.setFont(font, (float) run.size());
                current = font;
                size = run.size();
            }
            if (run.rgb() != rgb) {
                setFill(cs, run.rgb());
                rgb = run.rgb();
            }
            float x = pt(t.x() + run.x());
            float y = pageHeight - pt(t.baseline() - run.rise());
            cs.setTextMatrix(Matrix.getTranslateInstance(x, y));
            if (run.actualText() != null) {
                COSDictionary props = new COSDictionary();
                props.setItem(COSName.ACTUAL_TEXT, new COSString(run.actualText()));
                cs.beginMarkedContent(SPAN, PDPropertyList.create(props));
            }
            try {
                if (run.kerning() == null) cs.showText(run.text());
                else cs.showTextWithPositioning(positioned(run.text(), run.kerning()));
            } catch (IllegalArgumentException e) {
                // the engine only gives a face characters it covers; never crash on one that slips through
            }
            if (run.actualText() != null) cs.endMarkedContent();
            digest.update(run.text().getBytes(StandardCharsets.UTF_8));
            digest.update(Float.toString(x + y).getBytes(StandardCharsets.US_ASCII));
        }
        cs.endText();
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
