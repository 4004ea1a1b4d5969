package org.scholia.render.pdf.font;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.text.TextStyle;

/** Words built from cached pair kerning come out exactly as HarfBuzz shapes them whole. */
class PairShapingTest {

    private static final String[] WORDS = {
        "AVAWAY", "Typography", "office", "flow", "“Quoted,”", "We’ll", "P.S.", "Tr.", "LTAVYo",
        "Жёлтый", "ГАРАЖ", "Ωμέγα", "ΑΥΤΟ", "1,234.56", "V.A.T.", "Yo-yo", "f(x)", "Kr\u00F6ger",
    };

    @Test
    void pairPathAgreesWithHarfBuzzInEveryLiberationFace() {
        FontLibrary fonts = FontLibrary.liberation();
        int kerned = 0;
        for (String family : new String[] {"serif", "sans", "mono"}) {
            for (int v = 0; v < 4; v++) {
                TrueTypeFace face = (TrueTypeFace) fonts.face(new TextStyle(family, v % 2 == 1, v >= 2, 10, 0, false));
                assertThat(face.substitutesNothing()).as("%s GSUB only composes marks", face.name()).isTrue();
                for (String w : WORDS) {
                    Shaped fast = fonts.shape(face, w);
                    Shaped whole = face.shapeWithHarfBuzz(w);
                    assertThat(fast.text()).isEqualTo(whole.text());
                    assertThat(fast.width()).as("%s in %s", w, face.name()).isCloseTo(whole.width(), org.assertj.core.data.Offset.offset(0.01f));
                    assertThat(fast.offsets()).containsExactly(whole.offsets(), org.assertj.core.data.Offset.offset(0.01f));
                    if (fast.kerning() != null) {
                        kerned++;
                        assertThat(fast.kerning()).containsExactly(whole.kerning(), org.assertj.core.data.Offset.offset(0.01f));
                    } else {
                        assertThat(whole.kerning()).isNull();
                    }
                }
            }
        }
        assertThat(kerned).as("words with kerning checked").isGreaterThan(40);
    }

    @Test
    void combiningMarksGoThroughHarfBuzz() {
        FontLibrary fonts = FontLibrary.liberation();
        FontFace serif = fonts.face(new TextStyle("serif", false, false, 10, 0, false));
        // e + combining acute (not normalized here): HarfBuzz composes or positions the mark
        Shaped s = fonts.shape(serif, "Cafe\u0301");
        assertThat(s.width()).isCloseTo(fonts.shape(serif, "Café").width(), org.assertj.core.data.Offset.offset(1f));
    }
}
