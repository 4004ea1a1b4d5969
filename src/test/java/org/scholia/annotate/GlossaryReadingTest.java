package org.scholia.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Block;
import org.scholia.model.Glossary;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.Inline;
import org.scholia.model.PlainText;

/** glossary.md read as a definition list: headwords, variants, definitions with Markdown and notes. */
class GlossaryReadingTest {
    @TempDir
    Path tmp;

    private Glossary glossary(String chapter, String glossary) {
        var p = TestManuscript.withChapter(tmp.resolve("book"), chapter).file("glossary.md", glossary).prepare();
        assertThat(p.warnings()).as(TestManuscript.format(p.warnings())).isEmpty();
        return p.book().glossary();
    }

    @Test
    void termLinesOverOneDefinitionAreHeadwordAndVariants() {
        Glossary g = glossary("# One\n\nThe soviets met; the Soviet of Workers and the purge followed.\n",
                "# Glossary\n\nsoviet\nsoviets\nSoviet of Workers\n: A council of deputies.\n\npurge\n: A cleansing.\n");
        assertThat(g.file()).isEqualTo("glossary.md");
        assertThat(g.entries()).hasSize(2);
        GlossaryEntry soviet = g.entries().get(0);
        assertThat(soviet.headword()).isEqualTo("soviet");
        assertThat(soviet.variants()).containsExactly("soviets", "Soviet of Workers");
        assertThat(soviet.forms()).containsExactly("soviet", "soviets", "Soviet of Workers");
        assertThat(soviet.id()).isEqualTo("term-soviet");
        assertThat(soviet.span().toString()).isEqualTo("glossary.md:3:1");
        assertThat(soviet.definition()).singleElement().isInstanceOfSatisfying(Block.Paragraph.class,
                p -> assertThat(PlainText.of(p.content())).isEqualTo("A council of deputies."));
        GlossaryEntry purge = g.entries().get(1);
        assertThat(purge.headword()).isEqualTo("purge");
        assertThat(purge.variants()).isEmpty();
        assertThat(purge.span().line()).isEqualTo(8);
    }

    @Test
    void entryIdsAreSlugsOfTheHeadword() {
        Glossary g = glossary("# One\n\nThe Central Committee and the Council of People’s Commissars met.\n",
                "Central Committee\n: The party's leading body.\n\nCouncil of People’s Commissars\n: The government.\n");
        assertThat(g.entries()).extracting(GlossaryEntry::id)
                .containsExactly("term-central-committee", "term-council-of-people-s-commissars");
    }

    @Test
    void definitionsAreFullMarkdownWithEmphasisAndFootnotes() {
        Glossary g = glossary("# One\n\nA purge began.\n",
                "purge\npurges\n: From the Russian *chistka*, “cleansing”.[^chistka] See **also** [a dictionary](https://example.org/d).\n\n"
                        + "[^chistka]: Pronounced *CHEES-tka*.\n");
        GlossaryEntry purge = g.entries().get(0);
        assertThat(purge.definition()).singleElement().isInstanceOf(Block.Paragraph.class);
        List<Inline> content = ((Block.Paragraph) purge.definition().get(0)).content();
        assertThat(content).anySatisfy(i -> assertThat(i).isInstanceOfSatisfying(Inline.Emphasis.class,
                e -> assertThat(PlainText.of(e.content())).isEqualTo("chistka")));
        assertThat(content).anySatisfy(i -> assertThat(i).isInstanceOf(Inline.Strong.class));
        assertThat(content).anySatisfy(i -> assertThat(i).isInstanceOfSatisfying(Inline.Link.class,
                l -> assertThat(l.url()).isEqualTo("https://example.org/d")));
        assertThat(TestManuscript.noteRefs(content)).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("chistka");
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.occurrence()).isEqualTo(1);
        });
        assertThat(PlainText.of(content)).isEqualTo("From the Russian chistka, “cleansing”. See also a dictionary.");
        assertThat(g.notes()).singleElement().satisfies(n -> {
            assertThat(n.label()).isEqualTo("chistka");
            assertThat(n.number()).isEqualTo(1);
            assertThat(n.citations()).isEqualTo(1);
            assertThat(PlainText.of(((Block.Paragraph) n.content().get(0)).content())).isEqualTo("Pronounced CHEES-tka.");
        });
    }

    @Test
    void glossaryNotesAreNumberedAcrossEntriesAndCountInTheBook() {
        var p = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nThe soviet and the purge.[^c]\n\n[^c]: A chapter note.\n")
                .file("glossary.md", "soviet\n: A council.[^a]\n\npurge\n: A cleansing.[^b] Also a council.[^a]\n\n"
                        + "[^a]: Note a.\n\n[^b]: Note b.\n")
                .prepare();
        assertThat(p.warnings()).isEmpty();
        Glossary g = p.book().glossary();
        assertThat(g.notes()).extracting(n -> n.label() + "=" + n.number() + "x" + n.citations())
                .containsExactly("a=1x2", "b=2x1");
        assertThat(p.book().noteCount()).isEqualTo(3);
    }

    @Test
    void explicitReferenceInADefinitionResolves() {
        Glossary g = glossary("# One\n\nThe Politburo and the Central Committee.\n",
                "Politburo\n: The inner body of the [[Central Committee|committee]].\n\nCentral Committee\n: The party's leading body.\n");
        List<Inline.TermRef> refs = TestManuscript.termRefsIn(g.entries().get(0).definition());
        assertThat(refs).singleElement().satisfies(t -> {
            assertThat(t.entryId()).isEqualTo("term-central-committee");
            assertThat(t.explicit()).isTrue();
            assertThat(PlainText.of(t.content())).isEqualTo("committee");
        });
    }

    @Test
    void definitionsAreNotAutolinked() {
        Glossary g = glossary("# One\n\nThe Politburo and the Central Committee.\n",
                "Politburo\n: The inner body of the Central Committee.\n\nCentral Committee\n: The party's leading body.\n");
        assertThat(TestManuscript.termRefsIn(g.entries().get(0).definition())).isEmpty();
    }

    @Test
    void termsWithEmphasisInTheirLineAreReadAsPlainWords() {
        Glossary g = glossary("# One\n\nThe kolkhoz was large.\n", "*kolkhoz*\nkolkhozy\n: A collective farm.\n");
        assertThat(g.entries().get(0).headword()).isEqualTo("kolkhoz");
        assertThat(g.entries().get(0).variants()).containsExactly("kolkhozy");
    }

    @Test
    void aTermUsedOnlyInItsOwnDefinitionIsNotUsed() {
        // the definition of 'Comintern' names its variant 'Communist International': that is not a use in the book
        var p = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nThe purge began.\n")
                .file("glossary.md", "purge\n: A cleansing.\n\nComintern\nCommunist International\n"
                        + ": The Communist International, founded in 1919.\n")
                .prepare();
        assertThat(p.warnings()).as(TestManuscript.format(p.warnings())).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("term-not-used");
            assertThat(d.span().toString()).isEqualTo("glossary.md:4:1");
        });
    }
}
