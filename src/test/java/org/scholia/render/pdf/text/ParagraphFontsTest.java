package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.font.FontLibrary;

/** Runs carry ligatures with their letters, kerning, Cyrillic and Greek in the body face; gaps are reported. */
class ParagraphFontsTest {

    private final ParagraphSetter setter = new ParagraphSetter(FontLibrary.liberation(), "en");

    @Test
    void ligatureRunKeepsTheLettersAsActualText() {
        Line line = setter.single(List.of(new Span("A fine office", Texts.BODY)), cp -> { });
        assertThat(line.runs()).extracting(Run::text).containsExactly("A", "\uFB01ne", "of\uFB01ce");
        assertThat(line.runs()).extracting(Run::actualText).containsExactly(null, "fine", "office");
    }

    @Test
    void kerningIsInTheRunAndInTheWidth() {
        long av = setter.width("AV", Texts.BODY);
        assertThat(av).isLessThan(setter.width("A", Texts.BODY) + setter.width("V", Texts.BODY) - Sp.of(1));
        Run run = setter.single(List.of(new Span("AVA", Texts.BODY)), cp -> { }).runs().get(0);
        assertThat(run.kerning()).hasSize(3);
        assertThat(run.kerning()[0]).isNegative();
        assertThat(run.width()).isCloseTo(av + setter.width("A", Texts.BODY) + Math.round(run.kerning()[1] * 10 * 65.536), org.assertj.core.data.Offset.offset(3L));
    }

    @Test
    void cyrillicAndGreekStayInTheBodyFace() {
        Line line = setter.single(List.of(new Span("Жёлтый Ωμέγα", Texts.BODY.withItalic(true))), cp -> { });
        assertThat(line.runs()).extracting(Run::text).containsExactly("Жёлтый", "Ωμέγα");
        assertThat(line.runs()).allSatisfy(r -> assertThat(r.face().name()).isEqualTo("LiberationSerif-Italic"));
    }

    @Test
    void aCharacterNoFaceHasIsReportedOnceAndLeftOut() {
        List<Integer> missing = new ArrayList<>();
        List<Line> lines = setter.set(List.of(new Span("Tea 茶 and more 茶 here", Texts.BODY)), Sp.of(300),
                Alignment.JUSTIFY, 0, missing::add);
        assertThat(missing).containsExactly(0x8336);
        assertThat(Texts.words(lines.get(0))).isEqualTo("Tea and more here");
    }

    @Test
    void formatCharactersAreNotDrawnNorReported() {
        List<Integer> missing = new ArrayList<>();
        Line line = setter.single(List.of(new Span("co\u00ADoperate zero\u200Bwidth\uFE0F", Texts.BODY)), missing::add);
        assertThat(missing).isEmpty();
        assertThat(Texts.words(line).replace(" ", "")).isEqualTo("cooperatezerowidth");
    }
}
