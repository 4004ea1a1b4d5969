package org.scholia.render.pdf.text;

import org.scholia.render.pdf.font.FontFace;

/**
 * A piece of set text on a line, drawn in one font at one size: what the painter shows.
 *
 * @param x          offset of the run's start from the line's left edge, in sp
 * @param face       the actual font (after fallback for characters the styled font lacks)
 * @param size       font size in points
 * @param text       the characters to draw, already mapped for the face (e.g. U+FB01 for a
 *                   "fi" ligature the face has)
 * @param actualText the letters the reader should get back when copying or reading aloud when
 *                   they differ from {@code text} (ligatures, added hyphen), else null
 * @param kerning    null, or one entry per char of {@code text}: extra space in 1/1000 em to
 *                   put after that char (negative tightens), as GPOS kerning gives it
 * @param width      advance width of the whole run, kerning included, in sp
 * @param rise       baseline shift in sp (positive raises: superscript note marks)
 * @param rgb        colour 0xRRGGBB
 * @param target     what the run links to or marks
 */
public record Run(long x, FontFace face, double size, String text, String actualText, float[] kerning,
                  long width, long rise, int rgb, Target target) {
}
