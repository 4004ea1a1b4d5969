package org.scholia.render.epub;

import org.scholia.model.InlineWalk;
import org.scholia.model.PlainText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.render.epub.EpubContents.elements;
import static org.scholia.render.epub.EpubContents.epubTypes;
import static org.scholia.render.epub.EpubContents.single;
import static org.scholia.render.epub.EpubContents.textOf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Footnote;
import org.scholia.model.Inline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Footnotes: every reference pops up the right note, and every note leads back to each reference. */
class NotesTest {
    @TempDir
    Path dir;
    Book book;
    EpubContents epub;

    @BeforeEach
    void render() throws IOException {
        book = TestBooks.full(dir);
        epub = new EpubContents(EpubCheckTest.render(book, Optional.empty()));
    }

    /** Note references (not glossary terms, which are also typed noteref so that they pop up). */
    static List<Element> noteRefs(Document doc) {
        return elements(doc, "a").stream()
                .filter(a -> epubTypes(a).contains("noteref") && !epubTypes(a).contains("glossref")).toList();
    }

    static List<Inline.NoteRef> modelNoteRefs(List<Block> blocks) {
        List<Inline.NoteRef> refs = new ArrayList<>();
        InlineWalk.scan(blocks, i -> {
            if (i instanceof Inline.NoteRef) refs.add((Inline.NoteRef) i);
        }, b -> { });
        return refs;
    }

    @Test
    void everyNoteReferenceLinksToItsAsideAndBack() {
        for (Chapter ch : book.chapters()) {
            Document doc = epub.xml(ch.id() + ".xhtml");
            List<Inline.NoteRef> model = new ArrayList<>(modelNoteRefs(ch.blocks()));
            for (Footnote n : ch.notes()) model.addAll(modelNoteRefs(n.content()));
            List<Element> refs = noteRefs(doc);
            assertThat(refs).as("note references in " + ch.id()).hasSize(model.size());
            for (Element ref : refs) {
                assertThat(ref.getAttribute("role")).isEqualTo("doc-noteref");
                assertThat(ref.getAttribute("id")).as("a reference needs an id for its back-link").isNotEmpty();
                String href = ref.getAttribute("href");
                assertThat(href).as("same-document target, or no reader pops it up").startsWith("#");
                Element aside = single(doc, href.substring(1));
                assertThat(aside.getLocalName()).isEqualTo("aside");
                assertThat(epubTypes(aside)).contains("footnote");
                assertThat(aside.getAttribute("role")).isEqualTo("doc-footnote");
                List<String> back = elements(aside, "a").stream()
                        .filter(a -> a.getAttribute("role").equals("doc-backlink"))
                        .map(a -> a.getAttribute("href")).toList();
                assertThat(back).as("back-links of " + href).contains("#" + ref.getAttribute("id"));
            }
        }
    }

    @Test
    void eachAsideHoldsItsNoteTextAndNumber() {
        for (Chapter ch : book.chapters()) {
            Document doc = epub.xml(ch.id() + ".xhtml");
            for (Footnote n : ch.notes()) {
                Element ref = noteRefs(doc).stream()
                        .filter(a -> single(doc, a.getAttribute("href").substring(1)).getTextContent()
                                .contains(firstWords(n)))
                        .findFirst().orElseThrow(() -> new AssertionError("no reference to note " + n.label()));
                assertThat(textOf(ref)).isEqualTo(Integer.toString(n.number()));
                Element aside = single(doc, ref.getAttribute("href").substring(1));
                assertThat(textOf(aside)).startsWith(n.number() + ".").contains(firstWords(n));
            }
        }
    }

    private static String firstWords(Footnote n) {
        Block first = n.content().get(0);
        if (first instanceof Block.Paragraph) return PlainText.title(((Block.Paragraph) first).content());
        return PlainText.title(((Block.Paragraph) ((Block.ListBlock) first).items().get(0).get(0)).content());
    }

    @Test
    void aNoteCitedTwiceLinksBackToBothPlaces() {
        Document doc = epub.xml("ch01.xhtml");
        List<Element> refs = noteRefs(doc).stream().filter(a -> textOf(a).equals("1")).toList();
        assertThat(refs).hasSize(2);
        assertThat(refs.get(0).getAttribute("href")).isEqualTo(refs.get(1).getAttribute("href"));
        Element aside = single(doc, refs.get(0).getAttribute("href").substring(1));
        assertThat(textOf(aside)).contains(TestBooks.NOTE_TWICE_TEXT);
        List<String> back = elements(aside, "a").stream().filter(a -> a.getAttribute("role").equals("doc-backlink"))
                .map(a -> a.getAttribute("href").substring(1)).toList();
        assertThat(back).containsExactly(refs.get(0).getAttribute("id"), refs.get(1).getAttribute("id"));
    }

    @Test
    void notesComeAfterTheTextInTheSameDocument() {
        Document doc = epub.xml("ch01.xhtml");
        Element section = elements(doc, "section").stream().filter(s -> epubTypes(s).contains("footnotes"))
                .findFirst().orElseThrow();
        assertThat(EpubContents.typed(section, "aside", "footnote")).hasSize(2);
        assertThat(section.getAttribute("aria-label")).isEqualTo("Notes");
        // No heading: it would stand alone where readers hide the asides (Apple Books, Kobo).
        assertThat(elements(section, "h2")).isEmpty();
        // A note that starts with a list still gets its number and back-link first.
        Element listNote = single(epub.xml("ch02.xhtml"), "ch02-n1");
        Element firstChild = elements(listNote, "p").get(0);
        assertThat(textOf(firstChild)).isEqualTo("3.");
    }

    @Test
    void glossaryNotesLiveInTheGlossary() {
        Document doc = epub.xml("glossary.xhtml");
        List<Element> refs = noteRefs(doc);
        assertThat(refs).hasSize(2);
        Element aside = single(doc, "gl-n1");
        assertThat(textOf(aside)).contains("A glossary note.");
        assertThat(elements(aside, "a").stream().map(a -> a.getAttribute("href")))
                .containsExactly("#" + refs.get(0).getAttribute("id"), "#" + refs.get(1).getAttribute("id"));
    }
}
