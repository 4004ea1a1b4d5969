package org.scholia.render.pdf.font;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.text.TextStyle;

/** HarfBuzz shaping: real advance widths, GPOS kerning, fi/fl ligatures drawn from the cmap. */
class ShapingTest {

    private final FontLibrary fonts = FontLibrary.liberation();
    private final FontFace serif = fonts.face(new TextStyle("serif", false, false, 10, 0, false));

    @Test
    void advancesAreTheFontsOwn() {
        // Liberation Serif (metric-compatible with Times): "n" 500/1000 em, "i" 278, space 250
        assertThat(fonts.shape(serif, "n").width()).isCloseTo(500f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(fonts.shape(serif, "i").width()).isCloseTo(277.83f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(fonts.shape(serif, " ").widthSp(10)).isEqualTo(Math.round(250 * 10 * 65.536));
    }

    @Test
    void kerningTightensAV() {
        Shaped av = fonts.shape(serif, "AV");
        float apart = fonts.shape(serif, "A").width() + fonts.shape(serif, "V").width();
        assertThat(av.width()).isLessThan(apart - 100);
        assertThat(av.kerning()).hasSize(2);
        assertThat(av.kerning()[0]).isCloseTo(av.width() - apart, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(av.kerning()[1]).isZero();
        assertThat(fonts.shape(serif, "nn").kerning()).as("no pair, no kerning array").isNull();
    }

    @Test
    void fiAndFlBecomeLigatureCharacters() {
        Shaped office = fonts.shape(serif, "office");
        assertThat(office.text()).isEqualTo("of\uFB01ce");
        assertThat(office.actualText()).isEqualTo("office");
        Shaped flow = fonts.shape(serif, "flow");
        assertThat(flow.text()).isEqualTo("\uFB02ow");
        assertThat(flow.actualText()).isEqualTo("flow");
        // no hyphen may fall inside the ligature: the offset between f and i is undefined
        assertThat(office.offsets()[3]).isNaN();
        assertThat(office.offsets()[2]).isEqualTo(fonts.shape(serif, "of").width());
    }

    @Test
    void substitutedGlyphsMapBackToTheirCharacters() {
        // what lets the painter draw a glyph HarfBuzz substituted (a font's own liga) with showText
        TrueTypeFace face = (TrueTypeFace) serif;
        assertThat(face.codePointOf(face.glyph(0xFB01))).isEqualTo(0xFB01);
        assertThat(face.codePointOf(face.glyph('A'))).isEqualTo('A');
        assertThat(face.codePointOf(0)).as(".notdef").isNotEqualTo('A');
    }

    @Test
    void monospacedFacesAreNotLigated() {
        FontFace mono = fonts.face(new TextStyle("mono", false, false, 10, 0, false));
        Shaped fi = fonts.shape(mono, "fi");
        assertThat(fi.text()).isEqualTo("fi");
        assertThat(fi.actualText()).isNull();
        assertThat(fi.width()).isCloseTo(1200.2f, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void charactersTheFaceLacksAreLeftOut() {
        Shaped s = fonts.shape(serif, "a\u4E2Db");
        assertThat(s.text()).isEqualTo("ab");
        assertThat(s.actualText()).isEqualTo("a\u4E2Db");
    }
}
