package org.scholia.render.pdf.font;

/**
 * A piece of text shaped in one face: what to draw and how wide it is. Sizes are in 1/1000 em,
 * independent of the point size (shaping is unhinted, so widths scale linearly with the size).
 *
 * @param text       the characters to draw, as the face's cmap maps them (a "fi" ligature is
 *                   U+FB01); characters the face cannot draw have been left out
 * @param actualText the source letters when they differ from {@code text}, else null
 * @param kerning    null, or per char of {@code text} the extra space after it in 1/1000 em,
 *                   relative to the glyph's own advance (GPOS kerning); for a surrogate pair the
 *                   entry sits on the second char and the first is 0
 * @param width      advance of the whole piece, kerning included, in 1/1000 em
 * @param offsets    for each index 0..n of the <em>source</em> string, the x of that index in
 *                   1/1000 em, or NaN where the index falls inside a ligature (no hyphen there)
 */
public record Shaped(String text, String actualText, float[] kerning, float width, float[] offsets) {

    /** Width in scaled points at a size in points. */
    public long widthSp(double size) {
        return Math.round(width * size * 65.536);
    }

    /** Width of the source prefix [0, index) in scaled points, or -1 inside a ligature. */
    public long offsetSp(int index, double size) {
        float x = offsets[index];
        return Float.isNaN(x) ? -1 : Math.round(x * size * 65.536);
    }
}
