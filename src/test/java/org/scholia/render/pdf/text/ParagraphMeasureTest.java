package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.font.FontLibrary;

/** With real fonts, kerning and hyphens, no line of any alignment runs past the measure or before its start. */
class ParagraphMeasureTest {

    private static final String[] WORDS = {
        "the", "of", "and", "a", "Typography", "AVAWAY", "office", "flow", "internationalisation",
        "characteristically", "well-known", "—", "“quoted”", "https://example.org/a/long/path/index.html",
        "Жёлтый", "Ωμέγα", "incomprehensibilities", "T.", "Wy", "1,234", "x", "fig.", "(see", "above)",
    };

    @Test
    void noLineOverflowsAtAnyMeasureOrAlignment() {
        ParagraphSetter setter = new ParagraphSetter(FontLibrary.liberation(), "en");
        Random random = new Random(5);
        int lines = 0;
        for (int round = 0; round < 120; round++) {
            StringBuilder sb = new StringBuilder();
            int words = 5 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            long measure = Sp.of(50 + random.nextInt(350));
            Alignment alignment = Alignment.values()[random.nextInt(4)];
            TextStyle style = Texts.BODY.withSize(8 + random.nextInt(6)).withItalic(random.nextBoolean());
            List<Line> set = setter.set(List.of(new Span(sb.toString(), style)), measure, alignment, 0, cp -> { });
            for (Line line : set) {
                lines++;
                assertThat(line.runs()).isNotEmpty();
                assertThat(line.runs().get(0).x()).as("%s at %spt, %s", sb, Sp.toPt(measure), alignment).isNotNegative();
                assertThat(Texts.right(line)).as("%s at %spt, %s", sb, Sp.toPt(measure), alignment).isLessThanOrEqualTo(measure);
            }
            assertThat(set.get(set.size() - 1).last()).isTrue();
        }
        assertThat(lines).isGreaterThan(500);
    }
}
