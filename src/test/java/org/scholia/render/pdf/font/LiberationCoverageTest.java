package org.scholia.render.pdf.font;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.text.TextStyle;

/** The Liberation faces load from the jar and cover Latin, Cyrillic and Greek in every variant. */
class LiberationCoverageTest {

    private final FontLibrary fonts = FontLibrary.liberation();

    @Test
    void everyVariantOfEveryFamilyLoads() {
        TextStyle serif = new TextStyle("serif", false, false, 10, 0, false);
        assertThat(fonts.face(serif).name()).isEqualTo("LiberationSerif");
        assertThat(fonts.face(serif.withBold(true)).name()).isEqualTo("LiberationSerif-Bold");
        assertThat(fonts.face(serif.withItalic(true)).name()).isEqualTo("LiberationSerif-Italic");
        assertThat(fonts.face(serif.withBold(true).withItalic(true)).name()).isEqualTo("LiberationSerif-BoldItalic");
        assertThat(fonts.face(serif.withFamily("sans")).name()).isEqualTo("LiberationSans");
        assertThat(fonts.face(serif.withFamily("mono").withBold(true)).name()).isEqualTo("LiberationMono-Bold");
    }

    @Test
    void bodyFacesCoverLatinCyrillicAndGreek() {
        for (String family : new String[] {"serif", "sans", "mono"}) {
            for (boolean bold : new boolean[] {false, true}) {
                FontFace face = fonts.face(new TextStyle(family, bold, !bold, 10, 0, false));
                "Æéøß Жёлтый щит Ωμέγα ϊ «—»".codePoints().forEach(cp ->
                        assertThat(face.covers(cp)).as("%s covers U+%04X", face.name(), cp).isTrue());
                assertThat(face.covers(0x4E2D)).as("no CJK in %s", face.name()).isFalse();
            }
        }
    }

    @Test
    void metricsComeFromTheFont() {
        FontFace serif = fonts.face(new TextStyle("serif", false, false, 10, 0, false));
        // Liberation Serif: hhea ascender 1825, descender -443, 2048 units per em
        assertThat(serif.ascent()).isCloseTo(891.1, org.assertj.core.data.Offset.offset(0.1));
        assertThat(serif.descent()).isCloseTo(216.3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(serif.ttf()).startsWith(0, 1, 0, 0);
    }

    @Test
    void fallbacksAreTheRegularFaces() {
        assertThat(fonts.fallbacks()).extracting(FontFace::name)
                .containsExactly("LiberationSerif", "LiberationSans", "LiberationMono");
    }
}
