package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** No line the breaker chooses needs more shrink than its glue has: nothing overflows the measure. */
class LineBreakerMeasureTest {

    @Test
    void everyLineFitsTheMeasureInEveryPass() {
        Random random = new Random(11);
        int[] passes = new int[4];
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int words = 20 + random.nextInt(80);
            for (int w = 0; w < words; w++) {
                sb.append(w == 0 ? "" : " ");
                int len = 1 + random.nextInt(12);
                for (int c = 0; c < len; c++) {
                    sb.append('x');
                    if (c >= 1 && c < len - 3 && random.nextInt(3) == 0) {
                        sb.append('|');
                    }
                }
            }
            FixedWidthText text = new FixedWidthText(sb.toString());
            long measure = Sp.of(5 * (14 + random.nextInt(50)));
            Breaking b = new LineBreaker(LineBreakParams.tex()).breakLines(text.items, measure);
            passes[b.pass()]++;
            List<long[]> lines = text.metrics(b);
            for (int l = 0; l < lines.size(); l++) {
                long[] m = lines.get(l);
                assertThat(m[0] - m[2]).as("line %d of %s at %spt", l, text.source, Sp.toPt(measure)).isLessThanOrEqualTo(measure);
            }
        }
        // the random paragraphs exercise all three passes
        assertThat(passes[1]).isPositive();
        assertThat(passes[2]).isPositive();
        assertThat(passes[3]).isPositive();
    }
}
