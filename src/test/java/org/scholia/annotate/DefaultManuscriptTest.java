package org.scholia.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.scholia.load.TestManuscript.noteRefsIn;
import static org.scholia.load.TestManuscript.paragraphs;
import static org.scholia.load.TestManuscript.termRefs;
import static org.scholia.load.TestManuscript.termRefsIn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholia.load.ManuscriptLoader;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Diagnostic;
import org.scholia.model.Footnote;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.Inline;
import org.scholia.model.ManuscriptException;
import org.scholia.model.PlainText;
import org.scholia.model.TermUses;

/** The default manuscript (manuscript/ at the repository root) as loaded and annotated. */
class DefaultManuscriptTest {
    static final Path MANUSCRIPT = Path.of("manuscript");
    static Book book;
    static final List<Diagnostic> warnings = new ArrayList<>();

    @BeforeAll
    static void load() throws ManuscriptException {
        book = new Annotator().annotate(new ManuscriptLoader().load(MANUSCRIPT, warnings), warnings);
    }

    @Test
    void loadsWithNoWarning() {
        assertThat(warnings).as("warnings on the default manuscript").isEmpty();
        assertThat(book.metadata().title()).isEqualTo("Real Socialism");
        assertThat(book.metadata().subtitle()).isEqualTo("The USSR Under Stalin and Khrushchev");
        assertThat(book.slug()).isEqualTo("real-socialism");
    }

    @Test
    void fourChaptersTitledAsInTheirFiles() throws IOException {
        assertThat(book.chapters()).extracting(Chapter::title).containsExactly(
                "The Meaning of “Real Socialism”", "The Union After 1945", "The Stalinist State", "Judging Stalinism");
        for (Chapter c : book.chapters()) {
            String firstLine = Files.readAllLines(MANUSCRIPT.resolve(c.file()), StandardCharsets.UTF_8).get(0);
            assertThat(firstLine).isEqualTo("# " + c.title());
            assertThat(c.blocks().get(0)).isInstanceOfSatisfying(Block.Heading.class, h -> {
                assertThat(h.level()).isEqualTo(1);
                assertThat(h.id()).isEqualTo(c.id());
            });
        }
        assertThat(book.chapters()).extracting(Chapter::id).containsExactly("ch01", "ch02", "ch03", "ch04");
    }

    @Test
    void everyBookHasItsNotesNumberedInEachChapter() {
        assertThat(book.noteCount()).isGreaterThanOrEqualTo(8);
        assertThat(book.noteCount()).isEqualTo(34);
        for (Chapter c : book.chapters()) {
            assertThat(c.notes()).extracting(Footnote::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, c.notes().size()).boxed().toList());
        }
    }

    @Test
    void noteOnStalinBecomingHeadOfGovernment() {
        Footnote note = note(chapter(3), "head-of-state");
        assertThat(note.content()).hasSize(2); // two paragraphs
        assertThat(text(note.content().get(0)))
                .startsWith("Both claims need correcting. Stalin became head of government only on 6 May 1941,")
                .contains("Mikhail Kalinin");
        assertThat(text(note.content().get(1))).startsWith("Before 1941 Stalin’s authority rested not on a state office");
        // the last note cited in chapter 3's body
        assertThat(note.number()).isEqualTo(chapter(3).notes().size());
    }

    @Test
    void noteOnTheKurilIslands() {
        Footnote note = note(chapter(2), "kurils");
        assertThat(text(note.content().get(0)))
                .startsWith("There are no “Rods Islands”: the Kuril Islands are presumably meant.");
        assertThat(note.number()).isEqualTo(4);
    }

    @Test
    void oneCountryIsOneNoteCitedTwice() {
        Chapter ch2 = chapter(2);
        Footnote note = note(ch2, "one-country");
        assertThat(note.citations()).isEqualTo(2);
        List<Inline.NoteRef> refs = noteRefsIn(ch2.blocks()).stream().filter(r -> r.label().equals("one-country")).toList();
        assertThat(refs).hasSize(2);
        assertThat(refs).extracting(Inline.NoteRef::occurrence).containsExactly(1, 2);
        assertThat(refs).extracting(Inline.NoteRef::number).containsOnly(note.number());
        assertThat(note.number()).isEqualTo(10);
        assertThat(ch2.notes().stream().filter(n -> n.label().equals("one-country"))).hasSize(1);
    }

    @Test
    void glossaryHasEntriesWithVariants() {
        assertThat(book.glossary().entries()).hasSizeGreaterThanOrEqualTo(12);
        GlossaryEntry soviet = entry("soviet");
        assertThat(soviet.id()).isEqualTo("term-soviet");
        assertThat(soviet.variants()).containsExactly("soviets");
        assertThat(entry("Politburo").variants()).containsExactly("Political Bureau");
        assertThat(entry("one-party state").variants()).containsExactly("one-party states", "one-party regime");
        assertThat(book.glossary().entries()).extracting(GlossaryEntry::headword).contains(
                "socialism in one country", "real socialism", "Politburo", "Central Committee", "soviet",
                "Stalinism", "totalitarianism", "autarky", "purge", "satellite state", "Cold War", "one-party state");
        assertThat(text(entry("soviet").definition().get(0))).startsWith("Russian for “council”");
    }

    @Test
    void explicitSovietReferenceResolves() {
        List<Inline.TermRef> explicit = termRefsIn(chapter(3).blocks()).stream()
                .filter(Inline.TermRef::explicit).filter(t -> PlainText.of(t.content()).equals("Soviets")).toList();
        assertThat(explicit).hasSize(1);
        assertThat(explicit.get(0).entryId()).isEqualTo("term-soviet");
        assertThat(explicit.get(0).span().file()).isEqualTo("03-the-stalinist-state.md");
    }

    @Test
    void firstPolitburoOfChapterThreeIsAutolinkedAndNoHeadingIs() {
        Chapter ch3 = chapter(3);
        List<Inline.TermRef> politburo = termRefsIn(ch3.blocks()).stream()
                .filter(t -> t.entryId().equals("term-politburo")).toList();
        assertThat(politburo).hasSize(1);
        assertThat(politburo.get(0).explicit()).isFalse();
        assertThat(PlainText.of(politburo.get(0).content())).isEqualTo("Politburo");
        Block.Paragraph p2 = paragraphs(ch3).get(1);
        assertThat(termRefs(p2.content())).contains(politburo.get(0));
        // the first Politburo of chapter 3 is in its second paragraph, which must hold the link
        assertThat(PlainText.of(paragraphs(ch3).get(0).content())).doesNotContain("Politburo");

        for (Chapter c : book.chapters()) {
            for (Block b : c.blocks()) {
                if (b instanceof Block.Heading h) {
                    assertThat(termRefs(h.content())).as("links in heading %s", PlainText.of(h.content())).isEmpty();
                }
            }
        }
        // "Judging Stalinism": the heading stays plain, the body links Stalinism
        assertThat(termRefsIn(chapter(4).blocks())).extracting(Inline.TermRef::entryId).contains("term-stalinism");
    }

    @Test
    void paragraphIdsAreStableAndNumbered() throws ManuscriptException {
        Chapter ch2 = chapter(2);
        List<Block.Paragraph> ps = paragraphs(ch2);
        assertThat(ps).extracting(Block.Paragraph::id).containsExactly("ch02-p1", "ch02-p2");
        assertThat(ps).extracting(Block.Paragraph::number).containsExactly(1, 2);
        for (Chapter c : book.chapters()) {
            List<Block.Paragraph> cps = paragraphs(c);
            for (int i = 0; i < cps.size(); i++) {
                assertThat(cps.get(i).id()).isEqualTo(c.id() + "-p" + (i + 1));
                assertThat(cps.get(i).number()).isEqualTo(i + 1);
            }
        }
        // a second build gives the same ids
        List<Diagnostic> again = new ArrayList<>();
        Book second = new Annotator().annotate(new ManuscriptLoader().load(MANUSCRIPT, again), again);
        assertThat(paragraphs(second.chapters().get(1))).extracting(Block.Paragraph::id)
                .containsExactlyElementsOf(ps.stream().map(Block.Paragraph::id).toList());
        assertThat(second.chapters()).isEqualTo(book.chapters());
    }

    @Test
    void bodyTextIsTheSeedEssayUnchanged() throws IOException {
        Path seed = Path.of("..", "shared", "seed", "real-socialism.txt");
        assumeThat(Files.isReadable(seed)).as("seed essay at %s", seed.toAbsolutePath()).isTrue();
        List<String> seedParagraphs = Arrays.stream(Files.readString(seed, StandardCharsets.UTF_8).strip().split("\n\\s*\n"))
                .map(String::strip).toList();
        assertThat(seedParagraphs.get(0)).isEqualTo("Real Socialism: The USSR Under Stalin and Khrushchev");
        List<String> body = book.chapters().stream().flatMap(c -> paragraphs(c).stream())
                .map(p -> PlainText.of(p.content())).toList();
        assertThat(body).containsExactlyElementsOf(seedParagraphs.subList(1, seedParagraphs.size()));
        assertThat(body).hasSize(6);
    }

    /** The issue-7 probe on the real book: "Soviet Union" is not a use of soviet (a council); "Soviets" written for it is. */
    @Test
    void theSovietOfSovietUnionIsNotTheCouncil() {
        String union = PlainText.of(paragraphs(chapter(2)).get(0).content());
        assertThat(union).startsWith("The Soviet Union emerged");
        assertThat(TermUses.in(List.of(paragraphs(chapter(2)).get(0)))).noneMatch(u -> u.entryId().equals("term-soviet"));
        // the explicit [[soviet|Soviets]] of chapter 3 and the lower-case "soviets" of its notes are uses
        assertThat(TermUses.in(chapter(3))).filteredOn(u -> u.entryId().equals("term-soviet"))
                .extracting(u -> PlainText.of(List.of(u.node()))).contains("Soviets", "soviets");
    }

    private static Chapter chapter(int n) {
        return book.chapters().get(n - 1);
    }

    private static Footnote note(Chapter c, String label) {
        return c.notes().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + label + " in " + c.file()));
    }

    private static GlossaryEntry entry(String headword) {
        return book.glossary().entries().stream().filter(e -> e.headword().equals(headword)).findFirst()
                .orElseThrow(() -> new AssertionError("no glossary entry " + headword));
    }

    private static String text(Block b) {
        assertThat(b).isInstanceOf(Block.Paragraph.class);
        return PlainText.of(((Block.Paragraph) b).content());
    }
}
