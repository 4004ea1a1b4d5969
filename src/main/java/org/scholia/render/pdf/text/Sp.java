package org.scholia.render.pdf.text;

/**
 * Scaled points, TeX's unit: 1 pt = 65536 sp, held in a long so that the line breaker's and
 * page builder's sums never drift. Every length in the PDF layout is in sp.
 */
public final class Sp {
    public static final long PT = 65536L;

    private Sp() {
    }

    public static long of(double points) {
        return Math.round(points * PT);
    }

    public static double toPt(long sp) {
        return sp / (double) PT;
    }
}
