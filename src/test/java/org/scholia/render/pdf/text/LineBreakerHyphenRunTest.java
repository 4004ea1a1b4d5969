package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** At most the allowed number of lines in a row end with a hyphen, even when hyphens are cheap. */
class LineBreakerHyphenRunTest {

    /** Words that only fit the measure well when hyphenated: ten letters, a point after each pair. */
    private static final String TEXT = String.join(" ", java.util.Collections.nCopies(40, "xx|xx|xx|xx|xx"));

    @Test
    void neverMoreThanTwoConsecutiveHyphenatedLines() {
        // no double-hyphen demerits and a bonus for hyphenating: left alone the breaker would hyphenate every line
        LineBreakParams eager = new LineBreakParams(-1, 10000, 10000, 10, -500, 50, 0, 0, 0, 2, 0, 0);
        FixedWidthText text = new FixedWidthText(TEXT);
        List<String> lines = text.lines(new LineBreaker(eager).breakLines(text.items, Sp.of(5 * 27)));
        assertThat(lines.stream().filter(l -> l.endsWith("-")).count()).as("hyphenated lines").isGreaterThan(lines.size() / 2);
        assertThat(longestHyphenRun(lines)).as(String.join("\n", lines)).isEqualTo(2);
    }

    @Test
    void theLimitIsAParameter() {
        LineBreakParams eager = new LineBreakParams(-1, 10000, 10000, 10, -500, 50, 0, 0, 0, 1, 0, 0);
        FixedWidthText text = new FixedWidthText(TEXT);
        List<String> lines = text.lines(new LineBreaker(eager).breakLines(text.items, Sp.of(5 * 27)));
        assertThat(longestHyphenRun(lines)).as(String.join("\n", lines)).isEqualTo(1);
    }

    private static int longestHyphenRun(List<String> lines) {
        int run = 0;
        int longest = 0;
        for (String l : lines) {
            run = l.endsWith("-") ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
