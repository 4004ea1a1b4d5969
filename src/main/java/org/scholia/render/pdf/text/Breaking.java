package org.scholia.render.pdf.text;

import java.util.List;

/**
 * The result of line breaking: the breakpoints chosen, one per line, the last at the end of
 * the paragraph.
 *
 * @param breaks the breakpoints, in order
 * @param pass   which pass found them: 1 without hyphenation, 2 with, 3 emergency
 */
public record Breaking(List<Breakpoint> breaks, int pass) {
    public Breaking {
        breaks = List.copyOf(breaks);
    }
}
