package org.scholia.render.pdf.font;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font read with fontbox for its cmap and metrics, shaped through {@link Shaper}.
 * Only TrueType outlines are accepted: PDFBox cannot embed OpenType/CFF fonts as Type 0 subsets.
 */
final class TrueTypeFace implements FontFace {

    private final String name;
    private final byte[] ttf;
    private final CmapLookup cmap;
    /**
     * Glyph ids of the Basic Multilingual Plane, each looked up once, when first asked for
     * (fontbox's cmap boxes every lookup; filling all 65,536 up front cost 10-25 ms a face on a
     * cold JVM). {@link #UNKNOWN} until looked up; threads may race to fill an entry, with the
     * same value. No glyph id is 0xFFFF: a font has at most 65,535 glyphs.
     */
    private final char[] bmp = new char[0x10000];
    private static final char UNKNOWN = 0xFFFF;
    private final int[] advances;
    private final int unitsPerEm;
    private final double ascent;
    private final double descent;
    private final boolean fixedPitch;
    private final boolean hasLiga;
    private final boolean substitutesNothing;
    private final Shaper shaper;

    /**
     * @param origin where the bytes came from, for error messages
     * @throws IllegalArgumentException for a font with CFF outlines or a file that is no font
     */
    TrueTypeFace(byte[] ttf, String origin) throws IOException {
        if (ttf.length < 12) {
            throw new IllegalArgumentException(origin + ": not a TrueType font (file too short)");
        }
        String magic = new String(ttf, 0, 4, StandardCharsets.ISO_8859_1);
        if (magic.equals("OTTO")) {
            throw new IllegalArgumentException(origin + ": OpenType font with CFF outlines; PDF embedding here"
                    + " needs TrueType outlines (a .ttf file, e.g. from the family's TTF release)");
        }
        if (!magic.equals("\0\1\0\0") && !magic.equals("true")) {
            throw new IllegalArgumentException(origin + ": not a TrueType font (unknown signature)");
        }
        this.ttf = ttf;
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            if (!font.getTableMap().containsKey("glyf")) {
                throw new IllegalArgumentException(origin + ": font has no TrueType outlines (glyf table)");
            }
            this.name = font.getName() == null ? origin : font.getName();
            this.cmap = font.getUnicodeCmapLookup();
            if (cmap == null) {
                throw new IllegalArgumentException(origin + ": font has no Unicode cmap");
            }
            Arrays.fill(bmp, UNKNOWN);
            this.unitsPerEm = font.getUnitsPerEm();
            int glyphs = font.getNumberOfGlyphs();
            this.advances = new int[glyphs];
            for (int g = 0; g < glyphs; g++) {
                advances[g] = font.getAdvanceWidth(g);
            }
            this.ascent = font.getHorizontalHeader().getAscender() * 1000.0 / unitsPerEm;
            this.descent = -font.getHorizontalHeader().getDescender() * 1000.0 / unitsPerEm;
            this.fixedPitch = font.getPostScript() != null && font.getPostScript().getIsFixedPitch() != 0;
            this.hasLiga = hasFeature(font, "liga");
            this.substitutesNothing = gsubFeatures(font).stream().allMatch(f -> f.equals("ccmp") || f.equals("locl"));
        }
        this.shaper = new Shaper(this, origin);
    }

    private static boolean hasFeature(TrueTypeFont font, String feature) throws IOException {
        return gsubFeatures(font).contains(feature);
    }

    /** The GSUB features of the scripts a book body uses (Latin, Cyrillic, Greek, default). */
    private static Set<String> gsubFeatures(TrueTypeFont font) throws IOException {
        GlyphSubstitutionTable gsub = font.getGsub();
        Set<String> features = new HashSet<>();
        if (gsub != null) {
            for (String script : List.of("latn", "cyrl", "grek", "DFLT")) {
                GsubData data = gsub.getGsubData(script);
                if (data != null) {
                    features.addAll(data.getSupportedFeatures());
                }
            }
        }
        return features;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte[] ttf() {
        return ttf.clone();
    }

    /** The bytes without a defensive copy, for loading into java.awt. */
    byte[] bytes() {
        return ttf;
    }

    @Override
    public boolean covers(int codePoint) {
        return glyph(codePoint) != 0;
    }

    /** The glyph id the cmap gives a code point, 0 when none. */
    int glyph(int codePoint) {
        if (codePoint >= bmp.length) return cmap.getGlyphId(codePoint);
        char g = bmp[codePoint];
        if (g == UNKNOWN) {
            g = (char) cmap.getGlyphId(codePoint);
            bmp[codePoint] = g;
        }
        return g;
    }

    /** A code point that maps to this glyph, or -1 (used to draw glyphs a shaper substituted). */
    int codePointOf(int glyph) {
        var codes = cmap.getCharCodes(glyph);
        return codes == null || codes.isEmpty() ? -1 : codes.get(0);
    }

    /** Advance of a glyph in 1/1000 em, from hmtx: the same width a PDF viewer uses. */
    float advance(int glyph) {
        int a = glyph >= 0 && glyph < advances.length ? advances[glyph] : 0;
        return a * 1000f / unitsPerEm;
    }

    @Override
    public double ascent() {
        return ascent;
    }

    @Override
    public double descent() {
        return descent;
    }

    /** Monospaced fonts keep their grid: no ligatures. */
    boolean fixedPitch() {
        return fixedPitch;
    }

    /** Whether GSUB leaves plain text alone, so that words can be shaped from pair kerning. */
    boolean substitutesNothing() {
        return substitutesNothing;
    }

    /** Whether the font's own GSUB has standard ligatures (then HarfBuzz forms them). */
    boolean hasLiga() {
        return hasLiga;
    }

    Shaped shape(String text) {
        return shaper.shape(text);
    }

    /** HarfBuzz on the whole text, uncached (tests check the pair path against it). */
    Shaped shapeWithHarfBuzz(String text) {
        return shaper.harfBuzz(text);
    }

    @Override
    public String toString() {
        return name;
    }
}
