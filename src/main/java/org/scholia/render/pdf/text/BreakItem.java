package org.scholia.render.pdf.text;

import java.util.List;

/**
 * An element of a paragraph as the line breaker sees it (Knuth &amp; Plass, "Breaking Paragraphs
 * into Lines", 1981): a {@link Box} to set, {@link Glue} that stretches and shrinks, a
 * {@link Penalty} marking a possible break, or a {@link Discretionary} hyphenation point. Widths
 * are in scaled points ({@link Sp}).
 *
 * <p>Code that must handle every kind goes through {@link Visitor}, so that a new kind fails to
 * compile where it is not handled, rather than falling into an {@code else}.
 */
public sealed interface BreakItem permits Box, Glue, Penalty, Discretionary {

    /** One method per kind of item. Implementations may keep state: visiting allocates nothing. */
    interface Visitor<R> {
        R box(Box b);

        R glue(Glue g);

        R penalty(Penalty p);

        R discretionary(Discretionary d);
    }

    <R> R accept(Visitor<R> v);

    /** A text dump of an item list, one item a line with what it draws, for debugging and test failure messages. */
    static String dump(List<? extends BreakItem> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i).append(": ").append(items.get(i)).append('\n');
        }
        return sb.toString();
    }
}
