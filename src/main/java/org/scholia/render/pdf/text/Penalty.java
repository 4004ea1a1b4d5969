package org.scholia.render.pdf.text;

/**
 * A possible break with its cost. As in TeX, a penalty of {@link #INFINITY} (10000) or more
 * forbids a break here and one of {@code -INFINITY} or less forces it; values between are
 * added to the demerits of a break here (negative ones encourage it). A penalty is invisible
 * unless a break happens at it. A hyphenation point is a {@link Discretionary}, not a penalty;
 * a penalty after a hyphen or dash already in the text is flagged but adds no width.
 *
 * @param width   width set at the end of the line if the break is taken, in sp (0 in practice)
 * @param penalty aesthetic cost of breaking here, -10000..10000
 * @param flagged the line would end with a hyphen (one typed in the text): two such breaks in
 *                a row cost double-hyphen demerits, and more than the allowed run is refused
 */
public record Penalty(long width, int penalty, boolean flagged) implements BreakItem {

    public static final int INFINITY = 10000;

    /** A break that must be taken (end of paragraph, forced line break). */
    public static Penalty forced() {
        return new Penalty(0, -INFINITY, false);
    }

    /** A place where no break may happen (before a no-break space's glue). */
    public static Penalty forbidden() {
        return new Penalty(0, INFINITY, false);
    }

    public boolean isForced() {
        return penalty <= -INFINITY;
    }

    public boolean isForbidden() {
        return penalty >= INFINITY;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.penalty(this);
    }

    @Override
    public String toString() {
        return "penalty " + penalty + (flagged ? " flagged" : "") + (width != 0 ? " width " + Sp.toPt(width) + "pt" : "");
    }
}
