package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TeX's patterns through FOP's compiled trees, per language, 2 letters before and 3 after. */
class HyphenatorTest {

    @Test
    void englishWords() {
        Hyphenator en = new Hyphenator("en");
        assertThat(en.show("hyphenation")).isEqualTo("hy-phen-ation");
        assertThat(en.show("typesetting")).isEqualTo("type-set-ting");
        assertThat(en.show("Hyphenation")).as("capitals use the same patterns").isEqualTo("Hy-phen-ation");
        assertThat(en.points("hyphenation")).containsExactly(2, 6);
    }

    @Test
    void minimaOfTwoLettersBeforeAndThreeAfter() {
        Hyphenator en = new Hyphenator("en");
        assertThat(en.show("beautiful")).isEqualTo("beau-ti-ful");
        assertThat(en.points("cat")).isEmpty();
        assertThat(en.show("ligature")).isEqualTo("lig-a-ture");
        for (String w : new String[] {"hyphenation", "beautiful", "information", "typography", "development"}) {
            for (int p : en.points(w)) {
                assertThat(p).isBetween(Hyphenator.LEFT_MIN, w.length() - Hyphenator.RIGHT_MIN);
            }
        }
    }

    @Test
    void britishPatternsForEnGbAndTheLanguageForOtherRegions() {
        assertThat(new Hyphenator("en-GB").show("hyphenation")).isEqualTo("hy-phen-a-tion");
        assertThat(new Hyphenator("en-US").show("hyphenation")).isEqualTo("hy-phen-ation");
        assertThat(new Hyphenator("de-AT").show("Silbentrennung")).isEqualTo("Sil-ben-tren-nung");
    }

    @Test
    void russian() {
        Hyphenator ru = new Hyphenator("ru");
        assertThat(ru.show("программирование")).isEqualTo("про-грам-ми-ро-ва-ние");
        assertThat(ru.show("hyphenation")).as("no Latin patterns in Russian").isEqualTo("hyphenation");
    }

    @Test
    void unknownLanguageHyphenatesNothing() {
        Hyphenator xx = new Hyphenator("xx");
        assertThat(xx.available()).isFalse();
        assertThat(xx.points("hyphenation")).isEmpty();
    }
}
