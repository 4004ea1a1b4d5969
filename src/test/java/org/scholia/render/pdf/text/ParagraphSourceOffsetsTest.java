package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.font.FontLibrary;

/**
 * Every run knows where its text is in the block's plain text: the offsets the PageMap takes
 * from the first line of a page. Decomposed accents, soft hyphens, ligatures, note marks and
 * linked terms must not shift them.
 */
class ParagraphSourceOffsetsTest {

    private final ParagraphSetter setter = new ParagraphSetter(FontLibrary.liberation(), "en");

    private List<Run> runs(List<Span> spans, double measure) {
        List<Run> out = new ArrayList<>();
        for (Line line : setter.set(spans, Sp.of(measure), Alignment.JUSTIFY, 0, cp -> { })) out.addAll(line.runs());
        return out;
    }

    private static Run run(List<Run> runs, String text) {
        return runs.stream().filter(r -> (r.actualText() != null ? r.actualText() : r.text()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + runs.stream().map(Run::text).toList()));
    }

    @Test
    void aDecomposedAccentMapsToItsWholeSourceSequence() {
        String source = "Un cafe\u0301 noir et un the\u0301 vert";
        List<Run> runs = runs(List.of(new Span(source, Texts.BODY, Target.None.INSTANCE, 0)), 400);
        Run cafe = run(runs, "café");
        assertThat(cafe.sourceStart()).isEqualTo(source.indexOf("cafe"));
        assertThat(cafe.sourceEnd()).as("past the combining mark").isEqualTo(source.indexOf("cafe") + 5);
        Run noir = run(runs, "noir");
        assertThat(noir.sourceStart()).isEqualTo(source.indexOf("noir"));
        Run vert = run(runs, "vert");
        assertThat(source.substring(vert.sourceStart(), vert.sourceEnd())).isEqualTo("vert");
    }

    @Test
    void aSoftHyphenKeepsItsPlaceAndTheLineAfterABreakThereStartsAfterIt() {
        String source = "We should all co\u00ADoperate on this co\u00ADoperative undertaking";
        List<Span> spans = List.of(new Span(source, Texts.BODY, Target.None.INSTANCE, 0));
        for (double measure : new double[] {60, 70, 80, 90, 100}) {
            for (Line line : setter.set(spans, Sp.of(measure), Alignment.JUSTIFY, 0, cp -> { })) {
                for (Run r : line.runs()) {
                    String letters = (r.actualText() != null ? r.actualText() : r.text()).replace("-", "");
                    assertThat(source.substring(r.sourceStart(), r.sourceEnd()).replace("\u00AD", ""))
                            .as("run %s at %spt", r.text(), measure).isEqualTo(letters);
                }
            }
        }
        Run after = run(runs(spans, 1000), "undertaking");
        assertThat(after.sourceStart()).isEqualTo(source.indexOf("undertaking"));
    }

    @Test
    void aLigatureCountsItsLetters() {
        String source = "A fine office baffled the staff";
        List<Run> runs = runs(List.of(new Span(source, Texts.BODY, Target.None.INSTANCE, 0)), 400);
        Run office = run(runs, "office");
        assertThat(office.text()).as("drawn as a ligature").isNotEqualTo("office");
        assertThat(office.sourceStart()).isEqualTo(source.indexOf("office"));
        assertThat(office.sourceEnd()).isEqualTo(source.indexOf("office") + 6);
        Run baffled = run(runs, "baffled");
        assertThat(baffled.sourceStart()).isEqualTo(source.indexOf("baffled"));
    }

    @Test
    void aNoteMarkIsGeneratedAndTakesNoPlaceInTheText() {
        Target ref = new Target.NoteRef("ch01", "a", 3, 1);
        List<Run> runs = runs(List.of(new Span("A claim", Texts.BODY, Target.None.INSTANCE, 0),
                new Span("3", Texts.BODY.withSuperscript(true), ref),
                new Span(" and more.", Texts.BODY, Target.None.INSTANCE, 7)), 400);
        Run mark = runs.stream().filter(r -> r.target() == ref).findFirst().orElseThrow();
        assertThat(mark.sourceStart()).isEqualTo(Span.GENERATED);
        assertThat(mark.sourceEnd()).isEqualTo(Span.GENERATED);
        assertThat(run(runs, "claim").sourceEnd()).isEqualTo(7);
        assertThat(run(runs, "and").sourceStart()).isEqualTo(8);  // "A claim and more."
    }

    @Test
    void aGlossaryTermAndAGeneratedHeadwordKeepTheirOffsets() {
        Target term = new Target.TermRef("term-soviet");
        List<Span> spans = List.of(new Span("Soviet", Texts.BODY.withBold(true)), new Span("\u2003", Texts.BODY),
                new Span("The local ", Texts.BODY, Target.None.INSTANCE, 0),
                new Span("soviets", Texts.BODY.withColor(0x0000AA), term, 10),
                new Span(" met daily.", Texts.BODY, Target.None.INSTANCE, 17));
        List<Line> lines = setter.set(spans, Sp.of(400), Alignment.JUSTIFY, 0, cp -> { });
        List<Run> runs = lines.get(0).runs();
        assertThat(runs.get(0).sourceStart()).as("the headword is generated").isEqualTo(Span.GENERATED);
        assertThat(lines.get(0).sourceStart()).as("the line begins at the model's first char").isZero();
        Run soviets = run(runs, "soviets");
        assertThat(soviets.target()).isEqualTo(term);
        assertThat(soviets.sourceStart()).isEqualTo(10);
        assertThat(soviets.sourceEnd()).isEqualTo(17);
        assertThat(run(runs, "daily.").sourceEnd()).isEqualTo(28);
        assertThat(lines.get(0).sourceEnd()).isEqualTo(28);
    }

    @Test
    void eachLineBeginsWhereItsFirstWordIsInTheSource() {
        String source = "Decomposed cafe\u0301s, co\u00ADoperative offices and baffled staff fill the long paragraph"
                + " that runs over several lines so that every line start is checked against the source text.";
        List<Line> lines = setter.set(List.of(new Span(source, Texts.BODY, Target.None.INSTANCE, 0)), Sp.of(90),
                Alignment.JUSTIFY, 0, cp -> { });
        assertThat(lines).hasSizeGreaterThan(4);
        for (Line line : lines) {
            Run first = line.runs().get(0);
            String letters = (first.actualText() != null ? first.actualText() : first.text()).replace("-", "");
            String at = java.text.Normalizer.normalize(source.substring(line.sourceStart()), java.text.Normalizer.Form.NFC);
            assertThat(at.replace("\u00AD", "")).as(Texts.words(line)).startsWith(letters);
            assertThat(Character.getType(source.charAt(line.sourceStart()))).isNotEqualTo((int) Character.NON_SPACING_MARK);
            assertThat(line.breakpoint()).isNotNull();
        }
    }
}
