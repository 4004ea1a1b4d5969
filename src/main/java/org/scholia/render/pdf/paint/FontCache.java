package org.scholia.render.pdf.paint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.scholia.render.pdf.font.FontFace;

/**
 * One embedded font per face per document, loaded as a Type 0 font with a subset. PDFBox's own
 * GSUB is turned off: it is slow, and the text engine has already chosen the glyphs (ligatures
 * arrive as their own code points, with the letters in ActualText).
 */
final class FontCache implements AutoCloseable {
    private final PDDocument doc;
    private final Map<FontFace, PDType0Font> fonts = new IdentityHashMap<>();
    private final List<TrueTypeFont> opened = new ArrayList<>();

    FontCache(PDDocument doc) {
        this.doc = doc;
    }

    PDType0Font font(FontFace face) throws IOException {
        PDType0Font f = fonts.get(face);
        if (f == null) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.ttf()));
            ttf.setEnableGsub(false);
            opened.add(ttf);
            f = PDType0Font.load(doc, ttf, true);
            fonts.put(face, f);
        }
        return f;
    }

    /** Closes the parsed fonts; call after the document is saved (subsetting reads them). */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont t : opened) t.close();
    }
}
