package org.scholia.render.pdf.text;

/**
 * A place where a word may be hyphenated, TeX's discretionary break ({@code \discretionary{-}{}{}})
 * for the one case Latin-script text needs: nothing is drawn if the line runs on, a hyphen is
 * set at the line's end if it breaks here. The break is always flagged (it makes a hyphenated
 * line: double-hyphen demerits, bounded runs of hyphens).
 *
 * <p>Its width is the hyphen as shaped after the syllable before it, so a kerning pair between
 * the syllable's last letter and the hyphen is counted when the breaker measures the line, as
 * it is when the line is drawn.
 *
 * @param width   width of the hyphen at the line's end, in sp (the pre-break material)
 * @param penalty aesthetic cost of breaking here ({@code \hyphenpenalty})
 * @param hang    how much of the hyphen may stand out into the right margin ({@link Protrusion}), in sp
 */
public record Discretionary(long width, int penalty, long hang) implements BreakItem {

    /** A hyphen that does not hang (text not justified, protrusion off). */
    public Discretionary(long width, int penalty) {
        this(width, penalty, 0);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.discretionary(this);
    }

    @Override
    public String toString() {
        return "disc penalty " + penalty + " pre-break \"-\" " + Sp.toPt(width) + "pt";
    }
}
