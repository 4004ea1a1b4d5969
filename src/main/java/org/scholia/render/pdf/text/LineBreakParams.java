package org.scholia.render.pdf.text;

/**
 * The tunables of line breaking, in TeX's terms and with TeX's (plain.tex) defaults.
 *
 * @param pretolerance          badness allowed in the first pass, which tries no automatic
 *                              hyphenation (negative: skip the first pass)
 * @param tolerance             badness allowed in the second pass, with hyphenation
 * @param emergencyTolerance    badness allowed in the last pass, when no breaking fits the
 *                              tolerance; 10000 accepts any line that is not overfull
 * @param linePenalty           added to every line's badness before squaring: fewer lines
 * @param hyphenPenalty         cost of breaking at an automatic or soft hyphen
 * @param exHyphenPenalty       cost of breaking after an explicit hyphen or dash
 * @param doubleHyphenDemerits  added when two consecutive lines end with hyphens
 * @param finalHyphenDemerits   added when the second-last line ends with a hyphen
 * @param adjDemerits           added when adjacent lines differ by more than one fitness class
 *                              (a tight line next to a loose one)
 * @param maxConsecutiveHyphens at most this many lines in a row may end hyphenated (enforced)
 * @param looseness             try to make the paragraph this many lines longer (positive) or
 *                              shorter (negative) than optimal, as TeX's {@code \looseness}
 * @param raggedStretch         for ragged text, the stretch of the invisible glue at each
 *                              line's end (TeX's {@code \rightskip} of \raggedright); the
 *                              inter-word glue is then rigid. 0 for justified text.
 */
public record LineBreakParams(int pretolerance, int tolerance, int emergencyTolerance, int linePenalty,
                              int hyphenPenalty, int exHyphenPenalty, int doubleHyphenDemerits,
                              int finalHyphenDemerits, int adjDemerits, int maxConsecutiveHyphens,
                              int looseness, long raggedStretch) {

    /** Justified text with TeX's plain-format values. */
    public static LineBreakParams tex() {
        return new LineBreakParams(100, 200, 10000, 10, 50, 50, 10000, 5000, 10000, 2, 0, 0);
    }

    /** Ragged lines: rigid spaces, each line may fall short by about {@code stretch}. */
    public LineBreakParams ragged(long stretch) {
        return new LineBreakParams(pretolerance, tolerance, emergencyTolerance, linePenalty, hyphenPenalty,
                exHyphenPenalty, doubleHyphenDemerits, finalHyphenDemerits, adjDemerits, maxConsecutiveHyphens,
                looseness, stretch);
    }

    public LineBreakParams withLooseness(int l) {
        return new LineBreakParams(pretolerance, tolerance, emergencyTolerance, linePenalty, hyphenPenalty,
                exHyphenPenalty, doubleHyphenDemerits, finalHyphenDemerits, adjDemerits, maxConsecutiveHyphens,
                l, raggedStretch);
    }

    public LineBreakParams withTolerance(int pre, int tol) {
        return new LineBreakParams(pre, tol, emergencyTolerance, linePenalty, hyphenPenalty,
                exHyphenPenalty, doubleHyphenDemerits, finalHyphenDemerits, adjDemerits, maxConsecutiveHyphens,
                looseness, raggedStretch);
    }
}
