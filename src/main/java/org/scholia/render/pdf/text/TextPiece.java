package org.scholia.render.pdf.text;

import org.scholia.render.pdf.font.FontFace;
import org.scholia.render.pdf.font.Shaped;

/**
 * A stretch of a paragraph's text drawn in one face, style and target, with no break
 * opportunity other than hyphenation inside: a word, or the part of a word in one font.
 *
 * @param start  index of its first char in the paragraph's text
 * @param end    index after its last char
 * @param style  the span's style
 * @param target the span's target
 * @param face   the face that draws it (the styled face or a fallback)
 * @param size   the size it is drawn at, in points (smaller for superscripts)
 * @param rise   baseline shift in sp
 * @param shaped the whole piece shaped
 * @param source the paragraph's text it is a piece of, with where each char came from
 */
record TextPiece(int start, int end, TextStyle style, Target target, FontFace face, double size, long rise,
                 Shaped shaped, SourceText source) {
}
