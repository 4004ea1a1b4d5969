package org.scholia.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.ibm.icu.text.BreakIterator;
import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.font.FontLibrary;

/** The items of a paragraph say what they draw; hyphenation points are discretionaries measured as drawn. */
class ParagraphItemsTest {

    private final FontLibrary fonts = FontLibrary.liberation();

    private Paragraph paragraph(String text) {
        return new Paragraph(List.of(new Span(text, Texts.BODY, Target.None.INSTANCE, 0)), 0, Sp.of(300), true, true, fonts,
                new Hyphenator("en"), new HyphenWidths(fonts), LineBreakParams.tex(), Protrusion.NONE, BreakIterator.getLineInstance(), cp -> { });
    }

    @Test
    void boxesNameTheirPieceAndChars() {
        Paragraph par = paragraph("Incomprehensibilities co\u00ADoperate");
        String drawn = par.items.stream().filter(i -> i instanceof Box b && b.draws())
                .map(i -> par.text.substring(((Box) i).from(), ((Box) i).to())).reduce("", String::concat);
        assertThat(drawn).isEqualTo("Incomprehensibilitiescooperate");
        String dump = BreakItem.dump(par.items);
        assertThat(dump).contains("\"In\"", "source [0, 2)", "disc", "glue");
        Box co = par.items.stream().filter(i -> i instanceof Box b && b.draws() && par.text.substring(b.from(), b.to()).equals("co"))
                .map(i -> (Box) i).findFirst().orElseThrow();
        assertThat(co.sourceStart()).isEqualTo(22);
        assertThat(co.sourceEnd()).isEqualTo(24);
        int at = par.items.indexOf(co);
        assertThat(par.items.get(at + 1)).as("the soft hyphen's break").isInstanceOf(Discretionary.class);
    }

    @Test
    void aDiscretionaryIsAsWideAsTheHyphenShapedAfterItsSyllable() {
        Paragraph par = paragraph("Incomprehensibilities everywhere, and more");
        int discs = 0;
        for (int i = 1; i < par.items.size(); i++) {
            if (!(par.items.get(i) instanceof Discretionary d)) continue;
            Box before = (Box) par.items.get(i - 1);
            String syllable = par.text.substring(before.from(), before.to());
            var face = before.piece().face();
            double size = before.piece().size();
            long kerned = fonts.shape(face, syllable + "-").widthSp(size) - fonts.shape(face, syllable).widthSp(size);
            assertThat(d.width()).as(syllable).isBetween(kerned - 2, kerned + 2);
            assertThat(d.penalty()).isEqualTo(LineBreakParams.tex().hyphenPenalty());
            discs++;
        }
        assertThat(discs).isGreaterThan(2);
    }
}
