package org.scholia.render.pdf.text;

import java.util.List;

/**
 * An element of a paragraph as the line breaker sees it (Knuth &amp; Plass, "Breaking Paragraphs
 * into Lines", 1981): a {@link Box} to set, {@link Glue} that stretches and shrinks, or a
 * {@link Penalty} marking a possible break. Widths are in scaled points ({@link Sp}).
 */
public sealed interface BreakItem permits Box, Glue, Penalty {

    /** A text dump of an item list, one item a line, for debugging and test failure messages. */
    static String dump(List<? extends BreakItem> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i).append(": ").append(items.get(i)).append('\n');
        }
        return sb.toString();
    }
}
