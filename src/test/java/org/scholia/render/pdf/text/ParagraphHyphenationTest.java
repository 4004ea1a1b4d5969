package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.font.FontLibrary;

/** Words are hyphenated at pattern points, with a real hyphen drawn, never in the last word. */
class ParagraphHyphenationTest {

    private final ParagraphSetter setter = new ParagraphSetter(FontLibrary.liberation(), "en");

    private static final String TEXT = "Typographical considerations notwithstanding, international standardization"
            + " organizations recommend comprehensive documentation of hyphenation algorithms, particularly"
            + " characteristics of internationalization and incomprehensibilities";

    @Test
    void narrowColumnsAreHyphenatedAtPatternPoints() {
        long measure = Sp.of(110);
        List<Line> lines = setter.set(List.of(new Span(TEXT, Texts.BODY)), measure, Alignment.JUSTIFY, 0, cp -> { });
        List<Line> hyphenated = lines.stream().filter(Line::hyphenated).toList();
        assertThat(hyphenated).isNotEmpty();
        Hyphenator en = new Hyphenator("en");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            assertThat(Texts.right(line)).isLessThanOrEqualTo(measure);
            if (line.hyphenated()) {
                Run last = line.runs().get(line.runs().size() - 1);
                assertThat(last.text()).endsWith("-");
                String head = last.text().substring(0, last.text().length() - 1);
                String tail = lines.get(i + 1).runs().get(0).text().replaceAll("[,.]$", "");
                assertThat(en.points(head + tail)).as("a pattern point of %s", head + tail).contains(head.length());
            }
        }
        String all = String.join(" ", lines.stream().map(Texts::words).toList());
        assertThat(all.replace("- ", "")).isEqualTo(TEXT);
    }

    @Test
    void theLastWordIsNeverHyphenatedAndRunsOfHyphensStopAtTwo() {
        for (int pt = 100; pt <= 200; pt += 3) {
            List<Line> lines = setter.set(List.of(new Span(TEXT, Texts.BODY)), Sp.of(pt), Alignment.JUSTIFY, 0, cp -> { });
            Line last = lines.get(lines.size() - 1);
            assertThat(last.runs().get(last.runs().size() - 1).text()).as("at %spt", pt).isEqualTo("incomprehensibilities");
            int run = 0;
            for (Line l : lines) {
                run = l.hyphenated() ? run + 1 : 0;
                assertThat(run).as("consecutive hyphens at %spt", pt).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theLastWordStaysWholeEvenWhenHyphensAreRewardedAndTheTextEndsInSpaces() {
        LineBreakParams eager = new LineBreakParams(-1, 10000, 10000, 10, -1000, 50, 0, 0, 0, 2, 0, 0);
        ParagraphSetter keen = new ParagraphSetter(FontLibrary.liberation(), "en", eager);
        int hyphenated = 0;
        for (int pt = 100; pt <= 200; pt += 5) {
            List<Line> lines = keen.set(List.of(new Span(TEXT + "  ", Texts.BODY)), Sp.of(pt), Alignment.JUSTIFY, 0, cp -> { });
            hyphenated += (int) lines.stream().filter(Line::hyphenated).count();
            Line last = lines.get(lines.size() - 1);
            assertThat(last.runs().get(last.runs().size() - 1).text()).as("at %spt", pt).isEqualTo("incomprehensibilities");
        }
        assertThat(hyphenated).as("the breaker does hyphenate other words").isGreaterThan(20);
    }

    @Test
    void aLastWordWiderThanTheMeasureIsHyphenatedRatherThanCut() {
        List<Line> lines = setter.set(List.of(new Span("Two incomprehensibilities", Texts.BODY)), Sp.of(60),
                Alignment.LEFT, 0, cp -> { });
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        for (Line line : lines) {
            assertThat(Texts.right(line)).isLessThanOrEqualTo(Sp.of(60));
            assertThat(line.hyphenated()).isEqualTo(!line.last());
        }
        String all = String.join(" ", lines.stream().map(Texts::words).toList());
        assertThat(all.replace("- ", "")).isEqualTo("Two incomprehensibilities");
        // at pattern points: in-com-pre-hen-si-bil-i-ties
        assertThat(new Hyphenator("en").show("incomprehensibilities")).isEqualTo("in-com-pre-hen-si-bil-i-ties");
    }

    @Test
    void addressesAreNotHyphenated() {
        List<Line> lines = setter.set(List.of(new Span("Write to documentation@international.example", Texts.BODY)),
                Sp.of(130), Alignment.LEFT, 0, cp -> { });
        assertThat(lines).noneMatch(Line::hyphenated);
    }

    @Test
    void aWideColumnNeedsNoHyphens() {
        List<Line> lines = setter.set(List.of(new Span("A short and simple sentence.", Texts.BODY)), Sp.of(400),
                Alignment.JUSTIFY, 0, cp -> { });
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).hyphenated()).isFalse();
    }
}
