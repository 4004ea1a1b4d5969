package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.font.FontLibrary;

/** UAX #14 break opportunities: after dashes and zero-width spaces, never at a no-break space; forced breaks. */
class ParagraphBreakOpportunityTest {

    private final ParagraphSetter setter = new ParagraphSetter(FontLibrary.liberation(), "en");

    private List<String> lines(String text, double measure) {
        return setter.set(List.of(new Span(text, Texts.BODY)), Sp.of(measure), Alignment.LEFT, 0, cp -> { })
                .stream().map(Texts::words).toList();
    }

    @Test
    void emDashAllowsABreakAfterIt() {
        long dash = setter.width("aaaaaaaaaa\u2014", Texts.BODY);
        List<String> lines = lines("aaaaaaaaaa\u2014bbbbbbbbbb", Sp.toPt(dash) + 5);
        assertThat(lines).containsExactly("aaaaaaaaaa\u2014", "bbbbbbbbbb");
        // UAX #14 also allows a break before the dash, but a line should not start with one
        long word = setter.width("bbbbbbbbbb\u2014", Texts.BODY);
        assertThat(lines("aaaaaaaaaa \u2014 bbbbbbbbbb cc", Sp.toPt(word) + 5)).noneMatch(l -> l.startsWith("\u2014"));
    }

    @Test
    void zeroWidthSpaceAllowsABreakAndIsNotDrawn() {
        long wider = Math.max(setter.width("aaaaaaaaaa", Texts.BODY), setter.width("bbbbbbbbbb", Texts.BODY));
        assertThat(lines("aaaaaaaaaa\u200Bbbbbbbbbbb", Sp.toPt(wider) + 5)).containsExactly("aaaaaaaaaa", "bbbbbbbbbb");
    }

    @Test
    void noBreakSpaceHoldsWordsTogether() {
        long width = setter.width("page 12", Texts.BODY);
        List<String> lines = lines("see page\u00A012 and page 13", Sp.toPt(width) + 2);
        assertThat(lines).contains("page 12");
        assertThat(lines).noneMatch(l -> l.endsWith("page") && !l.equals("and page"));
    }

    @Test
    void narrowNoBreakSpaceIsRigidAndHolds() {
        // French: a narrow no-break space before "!" neither stretches in a justified line nor breaks
        List<Line> lines = setter.set(List.of(new Span("Quelle surprise\u202F! Vraiment, quelle belle surprise\u202F!"
                + " Nous ne l'attendions pas du tout\u202F!", Texts.BODY)), Sp.of(120), Alignment.JUSTIFY, 0, cp -> { });
        int checked = 0;
        for (Line line : lines) {
            assertThat(line.runs().get(0).text()).isNotEqualTo("!");
            for (int r = 1; r < line.runs().size(); r++) {
                Run prev = line.runs().get(r - 1);
                if (line.runs().get(r).text().equals("!")) {
                    long gap = line.runs().get(r).x() - prev.x() - prev.width();
                    assertThat(gap).isBetween(Sp.of(1), Sp.of(2.2));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(3);
    }

    @Test
    void aForcedBreakBeforeAnyTextMakesNoEmptyLine() {
        List<Line> lines = setter.set(List.of(new Span("\n", Texts.BODY), new Span("text", Texts.BODY)), Sp.of(300),
                Alignment.JUSTIFY, 0, cp -> { });
        assertThat(lines).extracting(Texts::words).containsExactly("text");
    }

    @Test
    void forcedBreakSpanEndsALine() {
        List<Line> lines = setter.set(List.of(new Span("First line", Texts.BODY), new Span("\n", Texts.BODY),
                new Span("second line", Texts.BODY)), Sp.of(300), Alignment.JUSTIFY, 0, cp -> { });
        assertThat(lines).extracting(Texts::words).containsExactly("First line", "second line");
        assertThat(lines.get(0).last()).isFalse();
        assertThat(lines.get(1).last()).isTrue();
    }

    @Test
    void singleLineAndWidth() {
        Line line = setter.single(List.of(new Span("Chapter 1", Texts.BODY.withBold(true)), new Span(" Beginnings", Texts.BODY)), cp -> { });
        assertThat(line.runs()).extracting(Run::text).containsExactly("Chapter", "1", "Beginnings");
        assertThat(line.runs().get(0).face().name()).isEqualTo("LiberationSerif-Bold");
        assertThat(line.width()).isEqualTo(Texts.right(line));
        assertThat(setter.width("Chapter", Texts.BODY.withBold(true))).isEqualTo(line.runs().get(0).width());
    }
}
