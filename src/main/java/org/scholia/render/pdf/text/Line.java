package org.scholia.render.pdf.text;

import java.util.List;

/**
 * One set line of a paragraph: runs positioned from the line's left edge (justification,
 * indents and alignment already applied).
 *
 * @param width       natural width actually used by the runs, in sp (never more than the measure)
 * @param ascent      height above the baseline of the tallest run, in sp
 * @param descent     depth below the baseline of the deepest run, in sp (positive)
 * @param hyphenated  the line ends with a hyphen the breaker inserted
 * @param last        the paragraph's last line
 * @param sourceStart offset in the block's plain text of the line's first source character
 *                    (the first run that is not generated), or {@link Span#GENERATED} when the
 *                    line holds only generated text
 * @param sourceEnd   offset just past the line's last source character, or {@link Span#GENERATED}
 * @param breakpoint  the breakpoint the line ended at, as the line breaker chose it; null for a
 *                    line set unbroken ({@code single}) or made by the layout
 * @param ratio       the adjustment ratio the line's glue was set at when packed (&gt;0 stretched,
 *                    &lt;0 shrunk); it can differ a little from the breakpoint's, since the packer
 *                    measures a hyphenated word as drawn
 */
public record Line(List<Run> runs, long width, long ascent, long descent, boolean hyphenated, boolean last,
                   int sourceStart, int sourceEnd, Breakpoint breakpoint, double ratio) {
    public Line {
        runs = List.copyOf(runs);
    }

    /** A line the layout makes from runs (table of contents, code, tests): source offsets from its runs. */
    public Line(List<Run> runs, long width, long ascent, long descent, boolean hyphenated, boolean last) {
        this(runs, width, ascent, descent, hyphenated, last, firstSource(runs), lastSource(runs), null, 0);
    }

    /** The first run's source start that is not generated. */
    static int firstSource(List<Run> runs) {
        for (Run r : runs) {
            if (r.sourceStart() >= 0) {
                return r.sourceStart();
            }
        }
        return Span.GENERATED;
    }

    /** The last run's source end that is not generated. */
    static int lastSource(List<Run> runs) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).sourceEnd() >= 0) {
                return runs.get(i).sourceEnd();
            }
        }
        return Span.GENERATED;
    }

    /** Every note reference on this line, in order: the page builder places these notes. */
    public List<Target.NoteRef> noteRefs() {
        return runs.stream().map(Run::target).filter(t -> t instanceof Target.NoteRef)
                .map(t -> (Target.NoteRef) t).distinct().toList();
    }
}
