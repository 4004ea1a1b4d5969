package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A forced break ends a line where it stands; the line before it is not stretched. */
class LineBreakerForcedBreakTest {

    @Test
    void forcedBreakEndsTheLine() {
        FixedWidthText text = new FixedWidthText("aaa bbb\nccc ddd eee fff");
        Breaking b = new LineBreaker(LineBreakParams.tex()).breakLines(text.items, Sp.of(200));
        assertThat(text.lines(b)).containsExactly("aaa bbb", "ccc ddd eee fff");
        // the short line before the break is filled by the fil glue, its spaces keep their width
        assertThat(b.breaks().get(0).ratio()).isLessThan(1e-6);
    }

    @Test
    void itemsMustEndWithAForcedBreak() {
        assertThatThrownBy(() -> new LineBreaker(LineBreakParams.tex()).breakLines(
                java.util.List.of(new Box(Sp.of(10))), Sp.of(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forced break");
    }
}
