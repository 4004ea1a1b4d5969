package org.scholia.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Block;
import org.scholia.model.Diagnostic;
import org.scholia.model.Inline;
import org.scholia.model.PlainText;

/** The loader's smart punctuation and language passages, read from the model. */
class SmartPunctuationTest {
    @TempDir
    Path tmp;

    private List<Block> blocks(String yaml, String body) {
        var ms = TestManuscript.at(tmp.resolve("b" + (yaml + body).hashCode()))
                .file("book.yaml", TestManuscript.MINIMAL_YAML + yaml).file("01-ch.md", "# One\n\n" + body + "\n");
        return ms.prepare().chapter(1).blocks();
    }

    /** The plain text of the chapter's second block (the first is the title). */
    private String text(String yaml, String body) {
        Block b = blocks(yaml, body).get(1);
        if (b instanceof Block.LanguageBlock l) b = l.content().get(0);
        return PlainText.of(((Block.Paragraph) b).content());
    }

    @Test
    void quotesFollowTheBookLanguage() {
        String typed = "\"Outer 'inner' end\", it's.";
        assertThat(text("", typed)).isEqualTo("“Outer ‘inner’ end”, it’s.");
        assertThat(text("language: de\n", typed)).isEqualTo("„Outer ‚inner‘ end“, it’s.");
        assertThat(text("language: ru\n", typed)).isEqualTo("«Outer „inner“ end», it’s.");
        assertThat(text("language: pl\n", typed)).isEqualTo("„Outer «inner» end”, it’s.");
        assertThat(text("language: sv\n", typed)).isEqualTo("”Outer ’inner’ end”, it’s.");
        assertThat(text("language: fr\n", typed)).isEqualTo("«\u202FOuter “inner” end\u202F», it’s.");
        assertThat(text("language: de-CH\n", typed)).isEqualTo("«Outer ‹inner› end», it’s.");
    }

    @Test
    void apostrophesDecadesAndPossessives() {
        assertThat(text("", "The '60s, the Soviets' plan, '1917' and don't."))
                .isEqualTo("The ’60s, the Soviets’ plan, ‘1917’ and don’t.");
        assertThat(text("", "&quot;As typed&quot; and &#39;so&#39;.")).isEqualTo("\"As typed\" and 'so'.");
        // an elision at a word's start reads as an opening quote, as in pandoc: type ’ for it
        assertThat(text("", "'tis said")).isEqualTo("‘tis said");
    }

    @Test
    void frenchSpacesBeforeHighPunctuationButNotInsideNumbersOrAddresses() {
        assertThat(text("language: fr\n", "Quoi? Oui : à 10:30, voir http://x.org/?q=1 et « déjà »!"))
                .isEqualTo("Quoi\u202F? Oui\u202F: à 10:30, voir http://x.org/?q=1 et «\u202Fdéjà\u202F»\u202F!");
    }

    @Test
    void aPassageKeepsItsLanguageInTheModel() {
        List<Block> b = blocks("", "Before [слово]{lang=ru} after.\n\n::: {lang=de}\nErster.\n\nZweiter.\n:::\n\nAfter.");
        var first = ((Block.Paragraph) b.get(1)).content();
        assertThat(first.get(1)).isInstanceOfSatisfying(Inline.LanguageSpan.class, s -> {
            assertThat(s.language()).isEqualTo("ru");
            assertThat(PlainText.of(s.content())).isEqualTo("слово");
        });
        assertThat(PlainText.of(first)).isEqualTo("Before слово after.");
        assertThat(b.get(2)).isInstanceOfSatisfying(Block.LanguageBlock.class, l -> {
            assertThat(l.language()).isEqualTo("de");
            assertThat(l.content()).hasSize(2);
            // its paragraphs are the chapter's own: numbered 2 and 3
            assertThat(l.content()).extracting(x -> ((Block.Paragraph) x).number()).containsExactly(2, 3);
        });
        assertThat(((Block.Paragraph) b.get(3)).number()).isEqualTo(4);
    }

    @Test
    void aChapterWhollyInAnotherLanguageKeepsItsTitleFirst() {
        var ms = TestManuscript.at(tmp.resolve("c")).file("book.yaml", TestManuscript.MINIMAL_YAML)
                .file("01-ch.md", "::: {lang=de}\n# Der \"Plan\"\n\nEr sagte \"ja\".\n:::\n");
        var chapter = ms.prepare().chapter(1);
        assertThat(chapter.title()).isEqualTo("Der „Plan“");
        assertThat(chapter.blocks().get(1)).isInstanceOfSatisfying(Block.LanguageBlock.class,
                l -> assertThat(PlainText.of(((Block.Paragraph) l.content().get(0)).content())).isEqualTo("Er sagte „ja“."));
    }

    @Test
    void aBadLanguageTagOrSmartValueIsAnErrorWithItsPlace() {
        List<Diagnostic> span = TestManuscript.withChapter(tmp.resolve("s"), "# One\n\nA [word]{lang=x_y} here.\n").failure();
        assertThat(span).extracting(d -> d.code() + " " + d.span().line() + ":" + d.span().column())
                .containsExactly("bad-language 3:3");
        List<Diagnostic> div = TestManuscript.withChapter(tmp.resolve("d"), "# One\n\n::: {lang=1}\nText.\n:::\n").failure();
        assertThat(div).extracting(d -> d.code() + " " + d.span().line()).containsExactly("bad-language 3");
        List<Diagnostic> smart = TestManuscript.at(tmp.resolve("y")).file("book.yaml", TestManuscript.MINIMAL_YAML + "smart: yes please\n")
                .file("01-ch.md", "# One\n\nText.\n").failure();
        assertThat(smart).extracting(Diagnostic::code).containsExactly("bad-value");
        assertThat(smart.get(0).message()).contains("smart must be true or false");
    }
}
