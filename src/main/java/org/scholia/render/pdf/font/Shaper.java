package org.scholia.render.pdf.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes text in one face with the JDK's built-in HarfBuzz ({@link Font#layoutGlyphVector}):
 * GPOS kerning and, where the font's GSUB has them, standard ligatures. Glyph ids from HarfBuzz
 * are the font's own, so every glyph is mapped back to a character of the font's cmap: the
 * painter draws with {@code showText} and PDFBox's own GSUB stays off.
 *
 * <p>Fonts without a {@code liga} feature but with the Unicode presentation forms U+FB00–FB04
 * in their cmap (Liberation has ﬁ and ﬂ) get those ligatures by substitution before shaping,
 * so HarfBuzz still kerns around them. Monospaced faces are never ligated.
 *
 * <p>HarfBuzz costs about 15–25 µs a call, so results are cached per text, and in fonts whose
 * GSUB does nothing to plain Latin, Cyrillic or Greek (Liberation's only has {@code ccmp},
 * for marks) words are built from cached pair kerning instead ({@link #pairs pairs}). Shaping runs at
 * 1000 units per em, unhinted, so one result serves every size.
 */
final class Shaper {

    /** Presentation-form ligatures, longest first: source letters and their code point. */
    private static final String[] LIGATURES = {"ffi", "ffl", "ff", "fi", "fl"};
    private static final int[] LIGATURE_CHARS = {0xFB03, 0xFB04, 0xFB00, 0xFB01, 0xFB02};

    private final TrueTypeFace face;
    private final Font font;
    private final FontRenderContext frc = new FontRenderContext(null, false, true);
    private final boolean substituteLigatures;
    private final Map<String, Shaped> cache = new ConcurrentHashMap<>();
    private final Map<Integer, Float> kernedPairs = new ConcurrentHashMap<>();
    /** Whether words may be shaped from pair kerning (the font's GSUB changes no Latin, Cyrillic or Greek glyphs). */
    private final boolean pairwise;

    Shaper(TrueTypeFace face, String origin) {
        this.face = face;
        try {
            Font base = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.bytes()));
            this.font = base.deriveFont(Map.of(
                    TextAttribute.SIZE, 1000f,
                    TextAttribute.KERNING, TextAttribute.KERNING_ON,
                    TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
        } catch (FontFormatException e) {
            throw new IllegalArgumentException(origin + ": java.awt cannot read this font: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.substituteLigatures = !face.fixedPitch() && !face.hasLiga();
        this.pairwise = face.substitutesNothing();
    }

    Shaped shape(String text) {
        Shaped s = cache.get(text);
        if (s == null) {
            s = layout(text, pairwise);
            cache.put(text, s);
        }
        return s;
    }

    private Shaped layout(String src, boolean allowPairs) {
        int n = src.length();
        // input to HarfBuzz, with for each input char the source index it starts at
        char[] in = new char[n];
        int[] srcAt = new int[n + 1];
        int len = 0;
        for (int i = 0; i < n; ) {
            int lig = substituteLigatures ? ligatureAt(src, i) : -1;
            if (lig >= 0) {
                in[len] = (char) LIGATURE_CHARS[lig];
                srcAt[len++] = i;
                i += LIGATURES[lig].length();
                continue;
            }
            int cp = src.codePointAt(i);
            int cc = Character.charCount(cp);
            if (face.glyph(cp) != 0) {  // characters the face lacks are not drawn
                for (int k = 0; k < cc; k++) {
                    in[len] = src.charAt(i + k);
                    srcAt[len++] = i + k;
                }
            }
            i += cc;
        }
        srcAt[len] = n;
        float[] offsets = new float[n + 1];
        Arrays.fill(offsets, Float.NaN);
        if (len == 0) {
            offsets[0] = 0;
            offsets[n] = 0;
            return new Shaped("", n == 0 ? null : src, null, 0, offsets);
        }
        if (allowPairs && simple(in, len)) {
            return pairs(src, in, len, srcAt, offsets);
        }
        GlyphVector gv = font.layoutGlyphVector(frc, in, 0, len, Font.LAYOUT_LEFT_TO_RIGHT);
        int glyphs = gv.getNumGlyphs();
        StringBuilder drawn = new StringBuilder(len + 2);
        float[] kerning = new float[len * 2 + 2];
        boolean kerned = false;
        float[] xs = new float[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            xs[g] = (float) gv.getGlyphPosition(g).getX();
        }
        for (int g = 0; g < glyphs; g++) {
            int gid = gv.getGlyphCode(g);
            int ci = gv.getGlyphCharIndex(g);
            int cp = Character.codePointAt(in, ci, len);
            if (face.glyph(cp) != gid) {
                cp = face.codePointOf(gid);
                if (cp < 0) {
                    return plain(src, in, len, srcAt);  // a glyph no character names: draw unshaped
                }
            }
            drawn.appendCodePoint(cp);
            if (drawn.length() > kerning.length) {
                kerning = Arrays.copyOf(kerning, drawn.length() * 2);
            }
            float k = xs[g + 1] - xs[g] - face.advance(gid);
            if (Math.abs(k) > 0.01f) {
                kerning[drawn.length() - 1] = k;
                kerned = true;
            }
            int s = srcAt[ci];
            if (Float.isNaN(offsets[s]) || xs[g] < offsets[s]) {
                offsets[s] = xs[g];
            }
        }
        offsets[n] = xs[glyphs];
        return result(src, drawn.toString(), kerned ? Arrays.copyOf(kerning, drawn.length()) : null, xs[glyphs], offsets);
    }

    /**
     * Shaping from pair kerning: each glyph's advance plus the kerning HarfBuzz gives the pair
     * it starts, each distinct pair shaped once. For text without marks in a font whose GSUB
     * changes no glyphs of it, this is what HarfBuzz computes for the whole word (GPOS pair
     * kerning is defined on adjacent glyphs), at a fraction of the cost: a book has tens of
     * thousands of distinct words but only a few thousand distinct letter pairs.
     */
    private Shaped pairs(String src, char[] in, int len, int[] srcAt, float[] offsets) {
        float[] kerning = null;
        float x = 0;
        for (int i = 0; i < len; i++) {
            offsets[srcAt[i]] = x;
            x += face.advance(face.glyph(in[i]));
            if (i + 1 < len) {
                float k = pairKerning(in[i], in[i + 1]);
                if (k != 0) {
                    if (kerning == null) {
                        kerning = new float[len];
                    }
                    kerning[i] = k;
                    x += k;
                }
            }
        }
        offsets[src.length()] = x;
        return result(src, new String(in, 0, len), kerning, x, offsets);
    }

    private float pairKerning(char a, char b) {
        // a bijection that spreads the bits: the plain a << 16 | b put every pair with the same
        // a ^ b in one hash bin, and the map's bins had turned into trees
        int key = (a << 16 | b) * 0x9E3779B9;
        Float k = kernedPairs.get(key);
        if (k == null) {
            char[] pair = {a, b};
            GlyphVector gv = font.layoutGlyphVector(frc, pair, 0, 2, Font.LAYOUT_LEFT_TO_RIGHT);
            float v = 0;
            if (gv.getNumGlyphs() == 2 && gv.getGlyphCode(0) == face.glyph(a)) {
                v = (float) gv.getGlyphPosition(1).getX() - face.advance(face.glyph(a));
                if (Math.abs(v) < 0.01f) {
                    v = 0;
                }
            }
            k = v;
            kernedPairs.put(key, k);
        }
        return k;
    }

    /** Text the pair path can shape: BMP characters, no combining marks. */
    private static boolean simple(char[] in, int len) {
        for (int i = 0; i < len; i++) {
            char c = in[i];
            if (Character.isSurrogate(c)) {
                return false;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                return false;
            }
        }
        return true;
    }

    /** Shapes with HarfBuzz only, bypassing the pair path and the cache (tests compare the two). */
    Shaped harfBuzz(String text) {
        return layout(text, false);
    }

    /** Fallback when shaping produced a glyph with no character: the characters, unkerned. */
    private Shaped plain(String src, char[] in, int len, int[] srcAt) {
        float[] offsets = new float[src.length() + 1];
        Arrays.fill(offsets, Float.NaN);
        float x = 0;
        for (int i = 0; i < len; ) {
            int cp = Character.codePointAt(in, i, len);
            offsets[srcAt[i]] = x;
            x += face.advance(face.glyph(cp));
            i += Character.charCount(cp);
        }
        offsets[src.length()] = x;
        return result(src, new String(in, 0, len), null, x, offsets);
    }

    private static Shaped result(String src, String drawn, float[] kerning, float width, float[] offsets) {
        return new Shaped(drawn, drawn.equals(src) ? null : src, kerning, width, offsets);
    }

    /** Index into {@link #LIGATURES} of a ligature starting at i that the face can draw, else -1. */
    private int ligatureAt(String s, int i) {
        if (s.charAt(i) != 'f' || i + 1 >= s.length()) {
            return -1;
        }
        for (int l = 0; l < LIGATURES.length; l++) {
            if (s.startsWith(LIGATURES[l], i) && face.glyph(LIGATURE_CHARS[l]) != 0) {
                return l;
            }
        }
        return -1;
    }
}
