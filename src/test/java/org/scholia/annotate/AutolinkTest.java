package org.scholia.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.termRefs;
import static org.scholia.load.TestManuscript.termRefsIn;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Block;
import org.scholia.model.Chapter;
import org.scholia.model.Inline;
import org.scholia.model.PlainText;
import org.scholia.model.TermUses;

/**
 * Automatic glossary linking: the three modes, whole words only, case-insensitive, never inside
 * headings, code, links or another term, and the longest form wins.
 */
class AutolinkTest {
    static final String GLOSSARY = "# Glossary\n\n"
            + "Politburo\nPolitical Bureau\n: The inner body.\n\n"
            + "purge\n: A cleansing.\n\n"
            + "Great Purge\nGreat Terror\n: The terror of 1936–38.\n\n"
            + "soviet\nsoviets\n: A council.\n\n"
            + "Soviet Union\n: The state.\n\n"
            + "Central Committee\n: The party's leading body.\n";

    @TempDir
    Path tmp;

    private TestManuscript manuscript(String autolink, String... chapters) {
        String yaml = TestManuscript.MINIMAL_YAML + (autolink == null ? "" : "autolink: " + autolink + "\n");
        var ms = TestManuscript.at(tmp.resolve("book")).file("book.yaml", yaml).file("glossary.md", GLOSSARY);
        for (int i = 0; i < chapters.length; i++) ms.file(String.format("%02d-ch.md", i + 1), chapters[i]);
        return ms;
    }

    /** "id:text" for every term link of a chapter, in reading order. */
    private static List<String> links(Chapter c) {
        return termRefsIn(c.blocks()).stream().map(t -> t.entryId() + ":" + PlainText.of(t.content())).toList();
    }

    private static final String USES = "Every term once: a purge, the Great Purge, soviets, the Soviet Union and the Central Committee.";

    private TestManuscript.Prepared prepare(String autolink, String... chapters) {
        String[] withUses = new String[chapters.length];
        for (int i = 0; i < chapters.length; i++) withUses[i] = chapters[i];
        // make sure every entry is used somewhere so that no term-not-used warning distracts
        withUses[chapters.length - 1] = chapters[chapters.length - 1] + "\n\n" + USES + " Politburo.\n";
        return manuscript(autolink, withUses).prepare();
    }

    @Test
    void firstPerChapterIsTheDefaultAndLinksTheFirstOccurrenceInEachChapter() {
        var p = prepare(null, "# One\n\nThe Politburo met. The Politburo met again.\n\nAnd the Politburo once more.\n",
                "# Two\n\nIn chapter two the Politburo met; the Politburo decided.\n");
        assertThat(p.book().metadata().autolink().key()).isEqualTo("first-per-chapter");
        Chapter one = p.chapter(1);
        Chapter two = p.chapter(2);
        assertThat(termRefs(TestManuscript.paragraphs(one).get(0).content())).singleElement()
                .satisfies(t -> assertThat(t.entryId()).isEqualTo("term-politburo"));
        assertThat(links(one).stream().filter(l -> l.startsWith("term-politburo"))).containsExactly("term-politburo:Politburo");
        assertThat(termRefs(TestManuscript.paragraphs(two).get(0).content())).hasSize(1);
        assertThat(links(two).stream().filter(l -> l.startsWith("term-politburo"))).containsExactly("term-politburo:Politburo");
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void everyLinksEveryOccurrence() {
        var p = prepare("every", "# One\n\nThe Politburo met. The politburo met again.\n\nAnd the POLITBURO once more.\n");
        List<String> politburo = links(p.chapter(1)).stream().filter(l -> l.startsWith("term-politburo")).toList();
        assertThat(politburo).containsExactly("term-politburo:Politburo", "term-politburo:politburo",
                "term-politburo:POLITBURO", "term-politburo:Politburo");
    }

    @Test
    void noneLinksOnlyExplicitReferences() {
        var p = prepare("none", "# One\n\nThe Politburo met under the [[Central Committee|committee]].\n");
        assertThat(links(p.chapter(1))).containsExactly("term-central-committee:committee");
        assertThat(termRefsIn(p.chapter(1).blocks())).allSatisfy(t -> assertThat(t.explicit()).isTrue());
        assertThat(p.warnings()).isEmpty(); // unlinked terms still count as used
    }

    @Test
    void anUnknownAutolinkValueIsAnError() {
        var ms = manuscript("sometimes", "# One\n\nText.\n");
        assertThat(ms.failure()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bad-value");
            assertThat(d.span().toString()).isEqualTo("book.yaml:3:1");
            assertThat(d.message()).contains("'sometimes'");
        });
    }

    @Test
    void wholeWordsOnly() {
        var p = prepare("every", "# One\n\nPurged officials, purges, purgeable, expurgated, sovietology. A purge.\n");
        Block.Paragraph first = TestManuscript.paragraphs(p.chapter(1)).get(0);
        // "purges" is no form of this glossary (no variant given): only the last "purge" links
        assertThat(termRefs(first.content())).extracting(t -> t.entryId() + ":" + PlainText.of(t.content()))
                .containsExactly("term-purge:purge");
        assertThat(PlainText.of(first.content()))
                .isEqualTo("Purged officials, purges, purgeable, expurgated, sovietology. A purge.");
    }

    @Test
    void possessiveStillLinksTheTerm() {
        var p = prepare(null, "# One\n\nThe Politburo’s decisions and the soviet's members.\n");
        List<Inline.TermRef> refs = termRefs(TestManuscript.paragraphs(p.chapter(1)).get(0).content());
        assertThat(refs).extracting(t -> t.entryId() + ":" + PlainText.of(t.content()))
                .containsExactly("term-politburo:Politburo", "term-soviet:soviet");
        assertThat(PlainText.of(TestManuscript.paragraphs(p.chapter(1)).get(0).content()))
                .isEqualTo("The Politburo’s decisions and the soviet’s members.");  // smart punctuation
    }

    @Test
    void neverInsideCodeLinksHeadingsOrAnotherTerm() {
        var p = prepare(null, "# The Politburo\n\n## The Politburo Again\n\n"
                + "Code `Politburo` and [the Politburo site](https://example.org/politburo) and "
                + "[[Central Committee|the Politburo’s masters]], and *emphasised Politburo* at last.\n");
        Chapter c = p.chapter(1);
        for (Block b : c.blocks()) {
            if (b instanceof Block.Heading h) assertThat(termRefs(h.content())).isEmpty();
        }
        Block.Paragraph para = TestManuscript.paragraphs(c).get(0);
        List<Inline.TermRef> refs = termRefs(para.content());
        assertThat(refs).extracting(t -> t.entryId() + ":" + PlainText.of(t.content()) + ":" + t.explicit())
                .containsExactly("term-central-committee:the Politburo’s masters:true", "term-politburo:Politburo:false");
        // the autolinked one is inside the emphasis
        assertThat(para.content()).anySatisfy(i -> assertThat(i).isInstanceOfSatisfying(Inline.Emphasis.class,
                e -> assertThat(termRefs(e.content())).hasSize(1)));
        // code and link untouched
        assertThat(para.content()).anySatisfy(i -> assertThat(i).isEqualTo(new Inline.Code("Politburo", i.span())));
        assertThat(para.content()).anySatisfy(i -> assertThat(i).isInstanceOfSatisfying(Inline.Link.class,
                l -> assertThat(l.content()).noneMatch(x -> x instanceof Inline.TermRef)));
    }

    @Test
    void longestMatchWins() {
        var p = prepare("every", "# One\n\nThe Great Purge was a purge; the Soviet Union had soviets.\n");
        assertThat(termRefs(TestManuscript.paragraphs(p.chapter(1)).get(0).content()))
                .extracting(t -> t.entryId() + ":" + PlainText.of(t.content()))
                .containsExactly("term-great-purge:Great Purge", "term-purge:purge",
                        "term-soviet-union:Soviet Union", "term-soviet:soviets");
    }

    @Test
    void caseInsensitiveAndAcrossALineBreakOfTheSource() {
        var p = prepare("every", "# One\n\nThe great purge and the GREAT TERROR; the central\ncommittee met.\n");
        assertThat(termRefs(TestManuscript.paragraphs(p.chapter(1)).get(0).content()))
                .extracting(t -> t.entryId() + ":" + PlainText.of(t.content()))
                .containsExactly("term-great-purge:great purge", "term-great-purge:GREAT TERROR",
                        "term-central-committee:central committee");
    }

    @Test
    void aHeadingOccurrenceDoesNotUseUpTheFirstLink() {
        var p = prepare(null, "# The Politburo\n\nThe Politburo met.\n");
        assertThat(links(p.chapter(1))).contains("term-politburo:Politburo");
        assertThat(termRefs(TestManuscript.paragraphs(p.chapter(1)).get(0).content())).hasSize(1);
    }

    @Test
    void linksInListsQuotesAndTables() {
        var p = prepare("every", "# One\n\n- the Politburo\n\n> a soviet\n\n| body | note |\n|---|---|\n| Central Committee | x |\n");
        assertThat(links(p.chapter(1))).contains("term-politburo:Politburo", "term-soviet:soviet",
                "term-central-committee:Central Committee");
    }

    @Test
    void explicitReferencesByVariantAndCase() {
        var p = prepare(null, "# One\n\nThe [[political bureau]] and the [[SOVIETS|councils]].\n");
        assertThat(termRefs(TestManuscript.paragraphs(p.chapter(1)).get(0).content()))
                .extracting(t -> t.entryId() + ":" + PlainText.of(t.content()) + ":" + t.explicit())
                .containsExactly("term-politburo:political bureau:true", "term-soviet:councils:true");
    }

    @Test
    void autolinkedTermCarriesItsOwnSourcePosition() {
        var p = prepare(null, "# One\n\nA first line of text\nand then the Politburo met.\n");
        Inline.TermRef t = termRefs(TestManuscript.paragraphs(p.chapter(1)).get(0).content()).get(0);
        assertThat(t.entryId()).isEqualTo("term-politburo");
        assertThat(t.span().toString()).isEqualTo("01-ch.md:4:14");
    }

    @Test
    void hyphenatedCompoundsAreTreatedAlikeOnBothSides() {
        // "anti-purge" is not linked (a hyphen before the word joins it); "purge-era" must not be either
        var p = prepare("every", "# One\n\nAnti-purge talk and purge-era fear.\n");
        assertThat(termRefs(TestManuscript.paragraphs(p.chapter(1)).get(0).content())).isEmpty();
    }

    /** The uses the pass recorded, linked or not: "entry:words:linked". */
    private static List<String> uses(Chapter c) {
        return TermUses.in(c).stream()
                .map(u -> u.entryId() + ":" + PlainText.of(List.of(u.node())) + ":" + u.linked()).toList();
    }

    @Test
    void aLowerCaseHeadwordIsNotTheCapitalOfAProperName() {
        var p = prepare("every", "# One\n\nThe Soviet Union had soviets. Soviets met; the Supreme Soviet met.\n"
                + "\n\u201cSoviets,\u201d he said. (Soviets.) And \u201cSoviets.\u201d A soviet.\n");
        List<String> soviet = uses(p.chapter(1)).stream().filter(u -> u.startsWith("term-soviet:")).toList();
        assertThat(soviet).containsExactly("term-soviet:soviets:true", "term-soviet:Soviets:true",
                "term-soviet:Soviets:true", "term-soviet:Soviets:true", "term-soviet:soviet:true",
                "term-soviet:soviets:true"); // the last from USES
        // the AutolinkTest glossary has "Soviet Union" too: it wins there
        assertThat(links(p.chapter(1))).contains("term-soviet-union:Soviet Union");
    }

    @Test
    void aLowerCaseHeadwordMatchesACapitalAtASentenceStartAfterAnInline() {
        var p = prepare("every", "# One\n\nThey voted.[^n] Soviets met, *then* Soviets *ruled.* Soviets won.\n\n[^n]: A note.\n");
        assertThat(uses(p.chapter(1)).stream().filter(u -> u.startsWith("term-soviet:")))
                .containsExactly("term-soviet:Soviets:true", "term-soviet:Soviets:true", "term-soviet:soviets:true");
    }

    @Test
    void withoutTheGlossarysSovietUnionTheSovietOfSovietUnionIsNoUse() {
        String glossary = "# Glossary\n\nsoviet\nsoviets\n: A council.\n\nPolitburo\n: The inner body.\n";
        var p = TestManuscript.at(tmp.resolve("b2")).file("book.yaml", TestManuscript.MINIMAL_YAML)
                .file("glossary.md", glossary)
                .file("01-ch.md", "# One\n\nThe Soviet Union met the politburo and the POLITBURO. Local soviets.\n")
                .prepare();
        assertThat(uses(p.chapter(1))).containsExactly("term-politburo:politburo:true", "term-politburo:POLITBURO:false",
                "term-soviet:soviets:true");
    }

    @Test
    void aCapitalisedHeadwordMatchesInAnyCaseAndHeadingsTakeCapitalsAnywhere() {
        var p = prepare(null, "# The Soviets and the politburo\n\nThe politburo met.\n");
        assertThat(uses(p.chapter(1))).containsSubsequence("term-soviet:Soviets:false", "term-politburo:politburo:false",
                "term-politburo:politburo:true");
    }

    @Test
    void everyUseIsRecordedOnceLinkedOrNot() {
        var p = prepare(null, "# One\n\nThe Politburo met. The Politburo met again.\n\nAnd the politburo once more.[^n]\n\n"
                + "[^n]: In the Politburo.\n");
        List<String> politburo = uses(p.chapter(1)).stream().filter(u -> u.startsWith("term-politburo:")).toList();
        assertThat(politburo).containsExactly("term-politburo:Politburo:true", "term-politburo:Politburo:false",
                "term-politburo:politburo:false", "term-politburo:Politburo:false" /* USES */, "term-politburo:Politburo:false");
        assertThat(TermUses.in(p.chapter(1)).stream().filter(u -> u.entryId().equals("term-politburo")).map(TermUses.Use::inNote))
                .containsExactly(false, false, false, false, true);
        // the words stay as they were written
        assertThat(PlainText.of(TestManuscript.paragraphs(p.chapter(1)).get(0).content()))
                .isEqualTo("The Politburo met. The Politburo met again.");
    }

    @Test
    void aTermUsedOnlyInCodeAndALinkIsNeverUsed() {
        var ms = TestManuscript.at(tmp.resolve("b3")).file("book.yaml", TestManuscript.MINIMAL_YAML)
                .file("glossary.md", "# Glossary\n\nPolitburo\n: The inner body.\n\nsoviet\n: A council.\n")
                .file("01-ch.md", "# One\n\nA soviet. Code `Politburo` and [the Politburo](https://example.org).\n\n"
                        + "```\nPolitburo\n```\n");
        var p = ms.prepare();
        assertThat(TermUses.usedEntries(p.book())).containsExactly("term-soviet");
        assertThat(p.warnings()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("term-not-used");
            assertThat(d.message()).contains("'Politburo'");
        });
    }
}
