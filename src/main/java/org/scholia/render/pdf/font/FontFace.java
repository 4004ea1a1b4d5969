package org.scholia.render.pdf.font;

/**
 * One loaded TrueType font (a family at one weight and slant): what the shaper measures with
 * and the painter embeds. Implementations are immutable and thread-safe.
 */
public interface FontFace {

    /** PostScript-like name, e.g. "LiberationSerif-Italic". */
    String name();

    /** The TTF file's bytes, for embedding as a subset. */
    byte[] ttf();

    /** Whether the font has a glyph for this code point. */
    boolean covers(int codePoint);

    /** Ascender in 1/1000 em (positive). */
    double ascent();

    /** Descender in 1/1000 em (positive, below the baseline). */
    double descent();
}
