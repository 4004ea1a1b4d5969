package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Knuth–Plass finds the breaking with least total demerits, not the greedy first fit. */
class LineBreakerOptimalityTest {

    /** Only badness, line penalty and penalties count, so an exhaustive search can check the result. */
    private static final LineBreakParams PLAIN = new LineBreakParams(-1, 200, 10000, 10, 50, 50, 0, 0, 0, 2, 0, 0);

    @Test
    void totalFitPrefersTwoDecentLinesToATightFirstLine() {
        // Measure 150pt = 30 units of 5pt. First fit takes eight words on line 1: 25 letters and
        // 7 spaces = 160pt, 10pt over, within the 7 x 5/3pt of shrink: r = -0.857, badness 63,
        // demerits (10 + 63)^2 = 5329, plus 100 for the last line. Leaving "hh" for line 2 gives
        // 23 letters and 6 spaces = 145pt: r = 5/15, badness 4, demerits 196 + 100 = 296.
        FixedWidthText text = new FixedWidthText("aaaaa bb cc dddd eeee ff gggg hh ii jjjjj");
        Breaking b = new LineBreaker(PLAIN).breakLines(text.items, Sp.of(150));
        assertThat(text.lines(b)).containsExactly("aaaaa bb cc dddd eeee ff gggg", "hh ii jjjjj");
        assertThat(b.breaks().get(0).ratio()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b.breaks().get(1).demerits()).isEqualTo(296);
    }

    @Test
    void matchesExhaustiveSearchOnRandomParagraphs() {
        Random random = new Random(7);
        int compared = 0;
        for (int round = 0; round < 60; round++) {
            StringBuilder sb = new StringBuilder();
            int words = 7 + random.nextInt(4);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    sb.append(' ');
                }
                int len = 2 + random.nextInt(9);
                for (int c = 0; c < len; c++) {
                    sb.append((char) ('a' + w));
                    if (c >= 1 && c < len - 2 && random.nextInt(5) == 0) {
                        sb.append('|');
                    }
                }
            }
            FixedWidthText text = new FixedWidthText(sb.toString());
            long measure = Sp.of(5 * (20 + random.nextInt(12)));
            Breaking b = new LineBreaker(PLAIN).breakLines(text.items, measure);
            double best = exhaustive(text.items, measure);
            if (b.pass() == 2) {
                compared++;
                assertThat(b.breaks().get(b.breaks().size() - 1).demerits())
                        .as("paragraph %s at %s pt", text.source, Sp.toPt(measure)).isCloseTo(best, org.assertj.core.data.Offset.offset(1e-6));
            } else {
                assertThat(best).as("no feasible breaking exists for %s", text.source).isInfinite();
            }
        }
        assertThat(compared).as("paragraphs with a feasible breaking").isGreaterThan(10);
    }

    /** Least total demerits over every set of legal breakpoints, by plain enumeration. */
    private static double exhaustive(List<BreakItem> items, long measure) {
        List<Integer> legal = new ArrayList<>();
        for (int i = 0; i < items.size() - 1; i++) {
            BreakItem it = items.get(i);
            if ((it instanceof Glue && items.get(i - 1) instanceof Box) || (it instanceof Penalty p && p.penalty() < 10000) || it instanceof Discretionary) {
                legal.add(i);
            }
        }
        double best = Double.POSITIVE_INFINITY;
        for (long mask = 0; mask < (1L << legal.size()); mask++) {
            List<Integer> breaks = new ArrayList<>();
            for (int k = 0; k < legal.size(); k++) {
                if ((mask & (1L << k)) != 0) {
                    breaks.add(legal.get(k));
                }
            }
            breaks.add(items.size() - 1);
            double total = 0;
            int start = 0;
            int hyphens = 0;
            for (int b : breaks) {
                while (start < b && !(items.get(start) instanceof Box)) {
                    start++;
                }
                long w = 0;
                long y = 0;
                long z = 0;
                for (int i = start; i < b; i++) {
                    if (items.get(i) instanceof Box x) {
                        w += x.width();
                    } else if (items.get(i) instanceof Glue g) {
                        w += g.width();
                        y += g.stretch();
                        z += g.shrink();
                    }
                }
                int pen = 0;
                if (items.get(b) instanceof Penalty p) {
                    w += p.width();
                    pen = p.penalty();
                    hyphens = p.flagged() ? hyphens + 1 : 0;
                } else if (items.get(b) instanceof Discretionary d) {
                    w += d.width();
                    pen = d.penalty();
                    hyphens++;
                } else {
                    hyphens = 0;
                }
                double r = w < measure ? (y > 0 ? (double) (measure - w) / y : Double.POSITIVE_INFINITY)
                        : w > measure ? (z > 0 ? (double) (measure - w) / z : Double.NEGATIVE_INFINITY) : 0;
                int bad = w < measure ? LineBreaker.badness(measure - w, y) : w > measure ? LineBreaker.badness(w - measure, z) : 0;
                if (r < -1 || bad > 200 || hyphens > 2) {
                    total = Double.POSITIVE_INFINITY;
                    break;
                }
                double l = 10 + bad;
                total += l * l + (pen > 0 ? (double) pen * pen : 0);
                start = b + 1;
            }
            best = Math.min(best, total);
        }
        return best;
    }
}
