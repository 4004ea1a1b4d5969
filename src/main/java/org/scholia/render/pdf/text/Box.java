package org.scholia.render.pdf.text;

/**
 * Material of fixed width: a word, a syllable of a hyphenated word, an indent. The box says
 * what it draws: the chars [from, to) of a piece of the paragraph's text (a word broken at
 * hyphenation points is several boxes of one piece), or nothing (an indent, a test's box).
 *
 * @param width natural width in sp
 * @param piece the shaped piece the chars belong to, null for an indent
 * @param from  index in the paragraph's text of the first char drawn
 * @param to    index after the last char drawn
 * @param hangLeft  how much of it may stand out into the left margin when a line starts with
 *                  it (an opening quote), in sp ({@link Protrusion}); 0 in text not justified
 * @param hangRight how much may stand out into the right margin when a line ends with it (a
 *                  full stop, a comma, a closing quote), in sp
 */
public record Box(long width, TextPiece piece, int from, int to, long hangLeft, long hangRight) implements BreakItem {

    /** A box that draws nothing: an indent, or material of a test. */
    public Box(long width) {
        this(width, null, 0, 0, 0, 0);
    }

    /** A box of text that hangs into no margin. */
    public Box(long width, TextPiece piece, int from, int to) {
        this(width, piece, from, to, 0, 0);
    }

    /** Whether the box draws text (an indent does not). */
    public boolean draws() {
        return piece != null;
    }

    /** Offset in the block's plain text of the first char drawn, or {@link Span#GENERATED}. */
    public int sourceStart() {
        return piece == null ? Span.GENERATED : piece.source().sourceStart(from, to);
    }

    /** Offset just past the last char drawn in the block's plain text, or {@link Span#GENERATED}. */
    public int sourceEnd() {
        return piece == null ? Span.GENERATED : piece.source().sourceEnd(from, to);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.box(this);
    }

    @Override
    public String toString() {
        if (piece == null) {
            return "box " + Sp.toPt(width) + "pt";
        }
        return "box " + Sp.toPt(width) + "pt \"" + piece.source().text.substring(from, to) + "\" chars [" + from + ", " + to
                + ") source [" + sourceStart() + ", " + sourceEnd() + ") in " + piece.face().name();
    }
}
