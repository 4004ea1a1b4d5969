package org.scholia.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.noteRefsIn;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Block;
import org.scholia.model.Chapter;
import org.scholia.model.Footnote;
import org.scholia.model.Inline;
import org.scholia.model.PlainText;

/** Footnotes: numbered per chapter in order of first citation, multi-paragraph, cited more than once. */
class NoteNumberingTest {
    @TempDir
    Path tmp;

    private TestManuscript.Prepared prepare(String... chapters) {
        var ms = TestManuscript.at(tmp.resolve("book")).file("book.yaml", TestManuscript.MINIMAL_YAML);
        for (int i = 0; i < chapters.length; i++) ms.file(String.format("%02d-ch.md", i + 1), chapters[i]);
        var p = ms.prepare();
        assertThat(p.warnings()).as(TestManuscript.format(p.warnings())).isEmpty();
        return p;
    }

    private static List<String> refs(Chapter c) {
        return noteRefsIn(c.blocks()).stream().map(r -> r.label() + "=" + r.number() + "/" + r.occurrence()).toList();
    }

    private static String firstParagraph(Footnote n) {
        return PlainText.of(((Block.Paragraph) n.content().get(0)).content());
    }

    @Test
    void numberingRestartsAtOneInEachChapter() {
        var p = prepare("# One\n\nA[^a] and B[^b].\n\n[^a]: Note a.\n[^b]: Note b.\n",
                "# Two\n\nC[^c] and D[^a].\n\n[^c]: Note c.\n\n[^a]: Another note a, of chapter two.\n");
        assertThat(p.chapter(1).notes()).extracting(Footnote::label, Footnote::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1), org.assertj.core.groups.Tuple.tuple("b", 2));
        assertThat(p.chapter(2).notes()).extracting(Footnote::label, Footnote::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", 1), org.assertj.core.groups.Tuple.tuple("a", 2));
        assertThat(refs(p.chapter(2))).containsExactly("c=1/1", "a=2/1");
        assertThat(firstParagraph(p.chapter(2).notes().get(1))).isEqualTo("Another note a, of chapter two.");
        assertThat(p.book().noteCount()).isEqualTo(4);
    }

    @Test
    void orderOfFirstCitationNotOfDefinition() {
        var p = prepare("# One\n\nFirst[^late] then[^early] then[^middle].\n\n"
                + "[^early]: Defined first.\n\n[^middle]: Defined second.\n\n[^late]: Defined last.\n");
        assertThat(p.chapter(1).notes()).extracting(Footnote::label).containsExactly("late", "early", "middle");
        assertThat(p.chapter(1).notes()).extracting(Footnote::number).containsExactly(1, 2, 3);
        assertThat(refs(p.chapter(1))).containsExactly("late=1/1", "early=2/1", "middle=3/1");
    }

    @Test
    void aLabelCitedTwiceIsOneNoteWithTwoOccurrences() {
        var p = prepare("# One\n\nA[^x] B[^y].\n\n> Quoted C[^x].\n\n- item D[^x]\n\n[^x]: Shared.\n\n[^y]: Once.\n");
        assertThat(refs(p.chapter(1))).containsExactly("x=1/1", "y=2/1", "x=1/2", "x=1/3");
        assertThat(p.chapter(1).notes()).extracting(Footnote::label, Footnote::citations)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x", 3), org.assertj.core.groups.Tuple.tuple("y", 1));
    }

    @Test
    void multiParagraphNoteByIndentation() {
        var p = prepare("# One\n\nClaim.[^long]\n\n[^long]: The first paragraph of the note,\n"
                + "    still the first paragraph.\n\n    The second paragraph, indented.\n\nBack in the body.\n");
        Footnote n = p.chapter(1).notes().get(0);
        assertThat(n.content()).hasSize(2).allSatisfy(b -> assertThat(b).isInstanceOf(Block.Paragraph.class));
        assertThat(firstParagraph(n)).isEqualTo("The first paragraph of the note, still the first paragraph.");
        assertThat(PlainText.of(((Block.Paragraph) n.content().get(1)).content())).isEqualTo("The second paragraph, indented.");
        // note paragraphs get ids but no numbers; the body keeps its own numbering
        assertThat(n.content()).extracting(b -> ((Block.Paragraph) b).id()).containsExactly("ch01-n1-1", "ch01-n1-2");
        assertThat(n.content()).extracting(b -> ((Block.Paragraph) b).number()).containsOnly(0);
        assertThat(TestManuscript.paragraphs(p.chapter(1))).extracting(b -> PlainText.of(b.content()))
                .containsExactly("Claim.", "Back in the body.");
        assertThat(n.span().toString()).isEqualTo("01-ch.md:5:1");
    }

    @Test
    void aNoteCitedOnlyFromAnotherNoteIsNumberedAfterIt() {
        var p = prepare("# One\n\nA[^a] B[^b].\n\n[^a]: See also[^inner].\n\n[^b]: Plain.\n\n[^inner]: Inner note.\n");
        assertThat(p.chapter(1).notes()).extracting(Footnote::label, Footnote::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1), org.assertj.core.groups.Tuple.tuple("b", 2),
                        org.assertj.core.groups.Tuple.tuple("inner", 3));
        List<Inline.NoteRef> inNote = noteRefsIn(p.chapter(1).notes().get(0).content());
        assertThat(inNote).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(3));
    }

    @Test
    void noteReferenceSpansPointAtTheReference() {
        var p = prepare("# One\n\nWords here[^a].\n\n[^a]: Note.\n");
        assertThat(noteRefsIn(p.chapter(1).blocks())).singleElement()
                .satisfies(r -> assertThat(r.span().toString()).isEqualTo("01-ch.md:3:11"));
    }
}
