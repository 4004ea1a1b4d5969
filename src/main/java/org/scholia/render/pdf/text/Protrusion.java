package org.scholia.render.pdf.text;

import java.util.List;

import org.scholia.render.pdf.font.FontLibrary;

/**
 * Character protrusion (hanging punctuation), as pdfTeX's {@code \rpcode}/{@code \lpcode} and
 * LaTeX's microtype: a mark at the end (or start) of a justified line is set partly in the
 * margin, by a fraction of its own width, because a full stop, a comma or a hyphen is so light
 * that a line ending with it looks indented by the white beside it. The line breaker measures
 * a line less what may hang, and the packer sets it to the measure plus what hangs, so the
 * letters line up on the measure and only the marks stand out.
 *
 * <p>Only punctuation hangs, never a letter or digit (unlike microtype's default set, which
 * also nudges A, T, V, W, Y, 1): "no letter or digit beyond the measure" stays a rule a test can
 * check.
 *
 * @param factor the profile's {@code protrusion}: the table's fractions are multiplied by it (0 = off)
 */
public record Protrusion(double factor) {

    /** No protrusion (ragged text, lines that are not justified, a profile with {@code protrusion: 0}). */
    public static final Protrusion NONE = new Protrusion(0);

    /**
     * The table: a character, then how much of its width may hang at a line's start and at its
     * end, in thousandths. The values are microtype's defaults for Computer Modern / Latin
     * Modern ({@code mt-cmr.cfg}: full stop 700, comma 500, hyphen 700 at the right …), rounded,
     * and guillemets and low quotes taken as their neighbours.
     */
    private static final List<int[]> TABLE = List.of(
            new int[] {'.', 0, 700},
            new int[] {',', 0, 500},
            new int[] {':', 0, 500},
            new int[] {';', 0, 500},
            new int[] {'!', 0, 200},
            new int[] {'?', 0, 200},
            new int[] {'-', 700, 700},
            new int[] {'\u2010', 700, 700},  // hyphen
            new int[] {'\u2013', 500, 500},  // en dash
            new int[] {'\u2014', 300, 300},  // em dash
            new int[] {'\u2018', 700, 700},  // ‘
            new int[] {'\u2019', 500, 700},  // ’
            new int[] {'\u201A', 400, 400},  // ‚
            new int[] {'\u201C', 500, 500},  // “
            new int[] {'\u201D', 300, 500},  // ”
            new int[] {'\u201E', 400, 400},  // „
            new int[] {'\u00AB', 400, 300},  // «
            new int[] {'\u00BB', 300, 400},  // »
            new int[] {'\u2039', 400, 300},  // ‹
            new int[] {'\u203A', 300, 400},  // ›
            new int[] {'\u2026', 0, 100},    // …
            new int[] {'(', 100, 0},
            new int[] {')', 0, 200},
            new int[] {'\'', 300, 500},
            new int[] {'"', 300, 500});

    private static final int FIRST = 0x20;
    private static final int LAST = 0x203A;
    /** The table as two arrays indexed by character, for the per-box look-up. */
    private static final short[] LEFT = new short[LAST - FIRST + 1];
    private static final short[] RIGHT = new short[LAST - FIRST + 1];

    static {
        for (int[] row : TABLE) {
            LEFT[row[0] - FIRST] = (short) row[1];
            RIGHT[row[0] - FIRST] = (short) row[2];
        }
    }

    public Protrusion {
        if (!(factor >= 0 && factor <= 2)) throw new IllegalArgumentException("protrusion factor " + factor);
    }

    /**
     * How much of the line may hang into the right margin if it breaks at item {@code b}: the
     * hyphen a discretionary adds, else the end of the box just before the break (a break at
     * glue, or after an explicit hyphen or dash). At a forced break (a paragraph's end, a hard
     * line break) the box before the fill glue, as pdfTeX looks past {@code \parfillskip}: a
     * last line that reaches the measure hangs its full stop like the lines above it. The
     * breaker and the packer both ask here, so the line measured is the line drawn.
     */
    public static long atEnd(List<? extends BreakItem> items, int b) {
        BreakItem at = items.get(b);
        if (at instanceof Discretionary d) return d.hang();
        int k = b - 1;
        if (at instanceof Penalty p && p.isForced()) {
            while (k >= 0 && (items.get(k) instanceof Penalty || items.get(k) instanceof Glue g && g.infinite())) k--;
        }
        if (k >= 0 && !(at instanceof Box) && items.get(k) instanceof Box box) return box.hangRight();
        return 0;
    }

    /** How much of the line starting at item {@code s} (its first box) may hang into the left margin. */
    public static long atStart(List<? extends BreakItem> items, int s) {
        return s < items.size() && items.get(s) instanceof Box box ? box.hangLeft() : 0;
    }

    /**
     * A box of the chars [from, to) of a piece, with what of its first and last char may hang
     * into the margins: the table's fraction of that char's own width (as shaped alone in the
     * piece's face). Superscripts (note marks) never hang.
     */
    Box box(long width, TextPiece pc, int from, int to, FontLibrary fonts) {
        if (!on() || pc.style().superscript() || to <= from) {
            return new Box(width, pc, from, to);
        }
        String text = pc.source().text;
        int first = text.codePointAt(from);
        int last = text.codePointBefore(to);
        double l = left(first);
        double r = right(last);
        long hangLeft = l > 0 ? Math.round(l * charWidth(fonts, pc, first)) : 0;
        long hangRight = r > 0 ? Math.round(r * charWidth(fonts, pc, last)) : 0;
        return new Box(width, pc, from, to, hangLeft, hangRight);
    }

    private static long charWidth(FontLibrary fonts, TextPiece pc, int cp) {
        return fonts.shape(pc.face(), new String(Character.toChars(cp))).widthSp(pc.size());
    }

    /** Whether anything hangs. */
    public boolean on() {
        return factor > 0;
    }

    /** The fraction of a character's width that may hang at a line's start (0 for letters, digits, spaces). */
    public double left(int cp) {
        return cp < FIRST || cp > LAST ? 0 : LEFT[cp - FIRST] * factor / 1000;
    }

    /** The fraction of a character's width that may hang at a line's end. */
    public double right(int cp) {
        return cp < FIRST || cp > LAST ? 0 : RIGHT[cp - FIRST] * factor / 1000;
    }
}
