package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.font.FontLibrary;

/** Lines are made of one run per word, placed by x, justified to the measure; spaces are not drawn. */
class ParagraphRunsTest {

    private final ParagraphSetter setter = new ParagraphSetter(FontLibrary.liberation(), "en");

    private static final String TEXT = "The quick brown fox jumps over the lazy dog while the five boxing wizards"
            + " jump quickly, and a wizard's job is to vex chumps quickly in fog.";

    @Test
    void justifiedLinesFillTheMeasureExactly() {
        long measure = Sp.of(150);
        List<Line> lines = setter.set(List.of(new Span(TEXT, Texts.BODY)), measure, Alignment.JUSTIFY, Sp.of(12), cp -> { });
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines.get(0).runs().get(0).x()).as("first-line indent").isEqualTo(Sp.of(12));
        for (Line line : lines.subList(0, lines.size() - 1)) {
            assertThat(Texts.right(line)).as(Texts.words(line)).isBetween(measure - 2, measure);
            assertThat(line.width()).isEqualTo(Texts.right(line));
        }
        Line last = lines.get(lines.size() - 1);
        assertThat(last.last()).isTrue();
        Run w0 = last.runs().get(0);
        Run w1 = last.runs().get(1);
        assertThat(w1.x() - w0.x() - w0.width()).as("last line set at natural spacing").isBetween(Sp.of(2.5) - 2, Sp.of(2.5) + 2);
        String all = lines.stream().map(Texts::words).reduce((a, b) -> a + " " + b).orElseThrow();
        assertThat(all.replace("- ", "")).isEqualTo(TEXT);
    }

    @Test
    void runsAreWordsInOrderWithoutSpaces() {
        List<Line> lines = setter.set(List.of(new Span(TEXT, Texts.BODY)), Sp.of(200), Alignment.JUSTIFY, 0, cp -> { });
        for (Line line : lines) {
            long x = -1;
            for (Run r : line.runs()) {
                assertThat(r.text()).doesNotContain(" ");
                assertThat(r.x()).isGreaterThan(x);
                assertThat(r.size()).isEqualTo(10.0);
                assertThat(r.rgb()).isEqualTo(0x111111);
                assertThat(r.face().name()).isEqualTo("LiberationSerif");
                x = r.x() + r.width();
            }
            assertThat(line.ascent()).isCloseTo(Math.round(891.1 * 10 * 65.536), org.assertj.core.data.Offset.offset(100L));
            assertThat(line.descent()).isPositive();
        }
    }

    @Test
    void raggedAlignments() {
        long measure = Sp.of(150);
        for (Alignment a : new Alignment[] {Alignment.LEFT, Alignment.RIGHT, Alignment.CENTER}) {
            List<Line> lines = setter.set(List.of(new Span(TEXT, Texts.BODY)), measure, a, 0, cp -> { });
            for (Line line : lines) {
                long left = line.runs().get(0).x();
                long right = Texts.right(line);
                assertThat(right).isLessThanOrEqualTo(measure);
                switch (a) {
                    case LEFT -> assertThat(left).isZero();
                    case RIGHT -> assertThat(right).isBetween(measure - 2, measure);
                    default -> assertThat(Math.abs(left - (measure - right))).isLessThanOrEqualTo(2);
                }
            }
            // rigid spaces: every gap between words is the same space width
            Line first = lines.get(0);
            Run r0 = first.runs().get(0);
            Run r1 = first.runs().get(1);
            assertThat(r1.x() - r0.x() - r0.width()).isBetween(Sp.of(2.5) - 2, Sp.of(2.5) + 2);
        }
    }

    @Test
    void superscriptNoteMarksAreRaisedAndKeepTheirTarget() {
        Target.NoteRef ref = new Target.NoteRef("ch1", "a", 3, 1);
        List<Line> lines = setter.set(List.of(new Span("A claim", Texts.BODY),
                new Span("3", Texts.BODY.withSuperscript(true), ref), new Span(" and more.", Texts.BODY)),
                Sp.of(300), Alignment.JUSTIFY, 0, cp -> { });
        Line line = lines.get(0);
        Run mark = line.runs().get(2);
        assertThat(mark.text()).isEqualTo("3");
        assertThat(mark.target()).isEqualTo(ref);
        assertThat(mark.rise()).isPositive();
        assertThat(mark.size()).isLessThan(10);
        Run claim = line.runs().get(1);
        assertThat(mark.x()).as("no space before the mark").isEqualTo(claim.x() + claim.width());
        assertThat(line.noteRefs()).containsExactly(ref);
        assertThat(line.ascent()).isGreaterThan(Math.round(891.1 * 10 * 65.536));
    }
}
