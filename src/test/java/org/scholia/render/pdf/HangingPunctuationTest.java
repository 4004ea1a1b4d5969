package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.render.pdf.text.Protrusion;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * Hanging punctuation, measured from the glyphs PDFBox reads back: in justified text full stops
 * and hyphens at line ends stand out beyond the measure by the profile's fraction of their
 * width, no letter or digit does, and {@code protrusion: 0} turns it off.
 */
class HangingPunctuationTest {
    @TempDir
    Path tmp;

    /** Short sentences and long words: many lines end with a full stop, many with a hyphen. */
    private static final String TEXT = ("The state grew. Power was centralised. Then came collectivisation. "
            + "Plans failed. Industrialisation followed. Terror came. ").repeat(40);

    private record Ends(List<Float> stops, List<Float> hyphens, List<String> lettersBeyond) {
    }

    private Ends ends(String profileYaml) throws Exception {
        var ms = TestManuscript.at(tmp.resolve("b" + profileYaml.hashCode())).file("book.yaml", TestManuscript.MINIMAL_YAML)
                .file("01-ch.md", "# One\n\n" + TEXT + "\n\n" + TEXT + "\n");
        if (!profileYaml.isEmpty()) ms.file("styles/handout.yaml", profileYaml);
        Profile profile = new ProfileLoader().load(ms.dir(), "handout");
        var rendered = PdfFixture.render(PdfFixture.load(ms.dir()), profile);
        List<Float> stops = new ArrayList<>(), hyphens = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        try (PdfPages pdf = new PdfPages(rendered.pdf())) {
            for (int p = 0; p < pdf.pages(); p++) {
                float left = profile.textLeft(p + 1) / 65536f, right = left + profile.measure() / 65536f;
                for (List<PdfPages.Glyph> line : LineQuality.lines(pdf.glyphs.get(p))) {
                    for (PdfPages.Glyph g : line) {
                        boolean letter = !g.text().isEmpty() && Character.isLetterOrDigit(g.text().codePointAt(0));
                        if (letter && (g.x() + g.width() > right + 0.5f || g.x() < left - 0.5f)) beyond.add(g.text() + "@" + p);
                    }
                    PdfPages.Glyph last = line.get(line.size() - 1);
                    float hang = (last.x() + last.width() - right) / last.width();
                    if (line.size() > 20 && last.text().equals(".") && hang > -0.1f) stops.add(hang);
                    if (line.size() > 20 && last.text().equals("-")) hyphens.add(hang);
                }
            }
        }
        return new Ends(stops, hyphens, beyond);
    }

    @Test
    void fullStopsAndHyphensHangByTheirFractionAndNoLetterPassesTheMeasure() throws Exception {
        Ends e = ends("");
        Protrusion table = new Protrusion(1);
        assertThat(e.lettersBeyond()).isEmpty();
        assertThat(e.hyphens()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(e.stops()).hasSizeGreaterThan(5);
        for (float h : e.hyphens()) assertThat((double) h).isCloseTo(table.right('-'), within(0.05));
        long hanging = e.stops().stream().filter(h -> Math.abs(h - table.right('.')) < 0.05).count();
        assertThat(hanging).as("full stops ending justified lines that hang 0.7 of their width").isGreaterThan(5);
    }

    @Test
    void halfTheProtrusionHangsHalfAsFarAndZeroTurnsItOff() throws Exception {
        Ends half = ends("protrusion: 0.5\n");
        assertThat(half.lettersBeyond()).isEmpty();
        for (float h : half.hyphens()) assertThat((double) h).isCloseTo(new Protrusion(0.5).right('-'), within(0.05));
        Ends off = ends("protrusion: 0\n");
        assertThat(off.lettersBeyond()).isEmpty();
        assertThat(off.hyphens()).isNotEmpty();
        for (float h : off.hyphens()) assertThat((double) h).isCloseTo(0, within(0.05));
        for (float h : off.stops()) assertThat((double) h).isCloseTo(0, within(0.05));
    }
}
