package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Looseness asks for a paragraph one line longer (or shorter) than the optimum, where feasible. */
class LineBreakerLoosenessTest {

    @Test
    void loosenessOneAddsALine() {
        String words = String.join(" ", java.util.Collections.nCopies(30, "aaaa"));
        FixedWidthText text = new FixedWidthText(words);
        LineBreakParams tolerant = LineBreakParams.tex().withTolerance(-1, 3000);
        int optimal = new LineBreaker(tolerant).breakLines(text.items, Sp.of(150)).breaks().size();
        int looser = new LineBreaker(tolerant.withLooseness(1)).breakLines(text.items, Sp.of(150)).breaks().size();
        assertThat(optimal).isEqualTo(5);
        assertThat(looser).isEqualTo(optimal + 1);
        int tighter = new LineBreaker(tolerant.withLooseness(-1)).breakLines(text.items, Sp.of(150)).breaks().size();
        assertThat(tighter).as("five lines is the fewest that fit").isEqualTo(optimal);
    }
}
