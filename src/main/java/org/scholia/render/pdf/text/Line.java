package org.scholia.render.pdf.text;

import java.util.List;

/**
 * One set line of a paragraph: runs positioned from the line's left edge (justification,
 * indents and alignment already applied).
 *
 * @param width      natural width actually used by the runs, in sp (never more than the measure)
 * @param ascent     height above the baseline of the tallest run, in sp
 * @param descent    depth below the baseline of the deepest run, in sp (positive)
 * @param hyphenated the line ends with a hyphen the breaker inserted
 * @param last       the paragraph's last line
 */
public record Line(List<Run> runs, long width, long ascent, long descent, boolean hyphenated, boolean last) {
    public Line {
        runs = List.copyOf(runs);
    }

    /** Every note reference on this line, in order: the page builder places these notes. */
    public List<Target.NoteRef> noteRefs() {
        return runs.stream().map(Run::target).filter(t -> t instanceof Target.NoteRef)
                .map(t -> (Target.NoteRef) t).distinct().toList();
    }
}
