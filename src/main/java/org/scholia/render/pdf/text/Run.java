package org.scholia.render.pdf.text;

import org.scholia.render.pdf.font.FontFace;

/**
 * A piece of set text on a line, drawn in one font at one size: what the painter shows.
 *
 * @param x           offset of the run's start from the line's left edge, in sp
 * @param face        the actual font (after fallback for characters the styled font lacks)
 * @param size        font size in points
 * @param text        the characters to draw, already mapped for the face (e.g. U+FB01 for a
 *                    "fi" ligature the face has)
 * @param actualText  the letters the reader should get back when copying or reading aloud when
 *                    they differ from {@code text} (ligatures, added hyphen), else null
 * @param kerning     null, or one entry per char of {@code text}: extra space in 1/1000 em to
 *                    put after that char (negative tightens), as GPOS kerning gives it
 * @param width       advance width of the whole run, kerning included, in sp
 * @param rise        baseline shift in sp (positive raises: superscript note marks)
 * @param rgb         colour 0xRRGGBB
 * @param target      what the run links to or marks
 * @param sourceStart offset in the block's plain text of the run's first character, or
 *                    {@link Span#GENERATED} for text the layout made up
 * @param sourceEnd   offset in the block's plain text just past the run's last character
 *                    (past the whole combining sequence it was composed from), or
 *                    {@link Span#GENERATED}; exclusive, so that it is where the next source
 *                    text may begin
 */
public record Run(long x, FontFace face, double size, String text, String actualText, float[] kerning,
                  long width, long rise, int rgb, Target target, int sourceStart, int sourceEnd) {

    /** A run of generated text (dot leaders, page numbers): no place in the model's text. */
    public Run(long x, FontFace face, double size, String text, String actualText, float[] kerning,
               long width, long rise, int rgb, Target target) {
        this(x, face, size, text, actualText, kerning, width, rise, rgb, target, Span.GENERATED, Span.GENERATED);
    }

    /** The same run moved to another x. */
    public Run at(long newX) {
        return new Run(newX, face, size, text, actualText, kerning, width, rise, rgb, target, sourceStart, sourceEnd);
    }
}
