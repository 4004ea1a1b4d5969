package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.font.FontLibrary;

/** A word wider than the measure (a URL) is broken at '/', '-', '.', else anywhere: nothing overflows. */
class ParagraphEmergencyTest {

    private final ParagraphSetter setter = new ParagraphSetter(FontLibrary.liberation(), "en");

    @Test
    void longUrlBreaksAfterSlashes() {
        String url = "https://archive.example.org/collections/manuscripts/medieval/annotated-editions/volume-seven/index.html";
        long measure = Sp.of(120);
        List<Line> lines = setter.set(List.of(new Span("See " + url + " for the scans.", Texts.BODY,
                new Target.None())), measure, Alignment.JUSTIFY, 0, cp -> { });
        assertThat(lines.size()).isGreaterThan(2);
        StringBuilder rebuilt = new StringBuilder();
        for (Line line : lines) {
            assertThat(Texts.right(line)).as(Texts.words(line)).isLessThanOrEqualTo(measure);
            assertThat(line.hyphenated()).as("no hyphen is added inside a URL").isFalse();
            rebuilt.append(Texts.words(line)).append(' ');
        }
        // every piece of the URL that ends a line ends at one of its joints
        int insideUrl = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            List<Run> runs = lines.get(i).runs();
            String end = runs.get(runs.size() - 1).text();
            String next = lines.get(i + 1).runs().get(0).text();
            if (url.contains(end + next)) {
                insideUrl++;
                assertThat(end).matches(".*[/.\\-]");
            }
        }
        assertThat(insideUrl).isGreaterThanOrEqualTo(2);
        assertThat(rebuilt.toString().replaceAll("([/.\\-]) ", "$1").trim()).isEqualTo("See " + url + " for the scans.");
    }

    @Test
    void aTokenWithNoJointsBreaksBetweenLetters() {
        String token = "0123456789abcdef".repeat(8);
        long measure = Sp.of(100);
        List<Line> lines = setter.set(List.of(new Span(token, Texts.BODY)), measure, Alignment.JUSTIFY, 0, cp -> { });
        assertThat(lines.size()).isGreaterThanOrEqualTo(3);
        StringBuilder rebuilt = new StringBuilder();
        for (Line line : lines) {
            assertThat(Texts.right(line)).isLessThanOrEqualTo(measure);
            rebuilt.append(Texts.words(line));
        }
        assertThat(rebuilt.toString()).isEqualTo(token);
        // the lines are filled, not cut at the first char that fits
        assertThat(Texts.right(lines.get(0))).isGreaterThan(measure - Sp.of(10));
    }
}
