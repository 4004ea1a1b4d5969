package org.scholia.render.pdf.text;

/**
 * Space that can stretch and shrink, TeX's glue. A line break may occur at glue that follows a
 * box; the glue at a break disappears.
 *
 * <p>TeX has orders of infinity (fil, fill, filll); a paragraph here needs only one, so
 * {@link #FIL} is a stretch so large that a line holding it takes all its slack there and the
 * finite glue stays at its natural width, as TeX's {@code \parfillskip} does.
 *
 * @param width   natural width in sp
 * @param stretch how much it may grow, in sp (at adjustment ratio 1)
 * @param shrink  how much it may shrink, in sp; glue never shrinks beyond this
 */
public record Glue(long width, long stretch, long shrink) implements BreakItem {

    /** Infinite stretch, the "0pt plus 1fil" of TeX. */
    public static final long FIL = 1L << 44;

    /** TeX's {@code \parfillskip}: ends a paragraph's last line, which is not justified. */
    public static Glue parfill() {
        return new Glue(0, FIL, 0);
    }

    public boolean infinite() {
        return stretch >= FIL;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.glue(this);
    }

    @Override
    public String toString() {
        return "glue " + Sp.toPt(width) + "pt plus " + (infinite() ? "1fil" : Sp.toPt(stretch) + "pt")
                + " minus " + Sp.toPt(shrink) + "pt";
    }
}
