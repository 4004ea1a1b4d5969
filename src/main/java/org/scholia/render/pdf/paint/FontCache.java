package org.scholia.render.pdf.paint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.scholia.render.pdf.font.FontFace;

/**
 * One embedded font per face per document, loaded as a Type 0 font with a subset, with its
 * resource name and the encoding of every distinct text drawn in it. PDFBox's own GSUB is turned
 * off: it is slow, and the text engine has already chosen the glyphs (ligatures arrive as their
 * own code points, with the letters in ActualText).
 *
 * <p>Fonts are loaded on the painting thread before pages are written ({@link #load}); after
 * that {@link #encode} may be called from several threads: a text is encoded, measured and added
 * to the subset once, under the font's lock.
 */
final class FontCache implements AutoCloseable {
    /** A text in a font: its codes for the content stream and its advance in 1/1000 em (NaN if not encodable). */
    record Encoded(byte[] codes, float width) {
    }

    /** A loaded font with its resource name and its encodings. */
    record Font(PDType0Font pdf, String name, float space, Map<String, Encoded> texts) {
    }

    private final PDDocument doc;
    private final PDResources resources;
    private final Map<FontFace, Font> fonts = new IdentityHashMap<>();
    /** Faces parsed and made PDF fonts ahead of painting, not yet in the resources. */
    private final Map<FontFace, PDType0Font> prepared = new IdentityHashMap<>();
    private final List<TrueTypeFont> opened = new ArrayList<>();

    FontCache(PDDocument doc, PDResources resources) {
        this.doc = doc;
        this.resources = resources;
    }

    /**
     * Parses a face and makes its PDF font ahead of painting, without adding it to the
     * resources: {@link #load} does that for the faces the pages use, in page order, so a
     * face prepared but never drawn leaves no trace in the file. Not thread-safe; call before
     * the painting thread uses the cache (the painter waits for its preparation).
     */
    void prepare(FontFace face) throws IOException {
        if (!fonts.containsKey(face) && !prepared.containsKey(face)) prepared.put(face, pdfFont(face));
    }

    private PDType0Font pdfFont(FontFace face) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.ttf()));
        ttf.setEnableGsub(false);
        opened.add(ttf);
        return PDType0Font.load(doc, ttf, true);
    }

    /** Loads the face (once) and registers it in the shared resources. Not thread-safe. */
    Font load(FontFace face) throws IOException {
        Font f = fonts.get(face);
        if (f == null) {
            PDType0Font pdf = prepared.remove(face);
            if (pdf == null) pdf = pdfFont(face);
            COSName name = resources.add(pdf);
            f = new Font(pdf, name.getName(), space(pdf), new ConcurrentHashMap<>());
            fonts.put(face, f);
        }
        return f;
    }

    /** A loaded face (after {@link #load}). */
    Font get(FontFace face) {
        Font f = fonts.get(face);
        if (f == null) throw new IllegalStateException("font not loaded before painting: " + face.name());
        return f;
    }

    /** The codes and advance of a text, computed once per document. */
    static Encoded encode(Font font, String text) {
        Encoded e = font.texts().get(text);
        if (e != null) return e;
        synchronized (font) {
            e = font.texts().get(text);
            if (e == null) {
                try {
                    byte[] codes = font.pdf().encode(text);
                    float width = font.pdf().getStringWidth(text);
                    text.codePoints().forEach(font.pdf()::addToSubset);
                    e = new Encoded(codes, width);
                } catch (IOException | IllegalArgumentException ex) {
                    // the engine only gives a face characters it covers; one that slips through is left out
                    e = new Encoded(new byte[0], Float.NaN);
                }
                font.texts().put(text, e);
            }
        }
        return e;
    }

    /** Width of the font's space in 1/1000 em, or 0 if it has none (gaps are then pure moves). */
    private static float space(PDType0Font font) {
        try {
            font.encode(" ");
            font.addToSubset(' ');
            return font.getStringWidth(" ");
        } catch (IOException | IllegalArgumentException e) {
            return 0f;
        }
    }

    /**
     * Embeds each font's subset. PDFBox does this on save only for fonts set through its own
     * content stream class, which the painter does not use; call once, after every page is written.
     */
    void embedSubsets() throws IOException {
        for (Font f : fonts.values()) f.pdf().subset();
    }

    /** Closes the parsed fonts; call after the document is saved (subsetting reads them). */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont t : opened) t.close();
    }
}
