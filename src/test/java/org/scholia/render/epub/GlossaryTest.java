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
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Footnote;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.Inline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Glossary: every term in the text reaches its entry, and every entry lists where it is used. */
class GlossaryTest {
    @TempDir
    Path dir;
    Book book;
    EpubContents epub;

    @BeforeEach
    void render() throws IOException {
        book = TestBooks.full(dir);
        epub = new EpubContents(EpubCheckTest.render(book, Optional.empty()));
    }

    /** Term occurrences in a chapter: glossref links that carry an id (the targets of "used in"). */
    static List<Element> termLinks(Document doc) {
        return elements(doc, "a").stream()
                .filter(a -> epubTypes(a).contains("glossref") && !a.getAttribute("id").isEmpty()).toList();
    }

    static List<Inline.TermRef> modelTerms(Chapter ch) {
        List<Inline.TermRef> refs = new ArrayList<>();
        List<List<org.scholia.model.Block>> parts = new ArrayList<>();
        parts.add(ch.blocks());
        for (Footnote n : ch.notes()) parts.add(n.content());
        for (var part : parts) {
            InlineWalk.scan(part, i -> {
                if (i instanceof Inline.TermRef) refs.add((Inline.TermRef) i);
            }, b -> { });
        }
        return refs;
    }

    @Test
    void everyTermOccurrenceLinksToItsEntry() {
        Document glossary = epub.xml("glossary.xhtml");
        for (Chapter ch : book.chapters()) {
            Document doc = epub.xml(ch.id() + ".xhtml");
            List<Inline.TermRef> model = modelTerms(ch);
            List<Element> links = termLinks(doc);
            assertThat(links).as("term links in " + ch.id()).hasSize(model.size());
            for (int i = 0; i < links.size(); i++) {
                Element link = links.get(i);
                GlossaryEntry entry = book.glossary().entry(model.get(i).entryId()).orElseThrow();
                assertThat(textOf(link)).isEqualTo(PlainText.title(model.get(i).content()));
                assertThat(link.getAttribute("role")).isEqualTo("doc-glossref");
                assertThat(epubTypes(link)).as("pops up like a note").contains("noteref");
                // The target: the glossary's entry, headword and definition in one element
                // (what a reader pops up), typed as glossary, not as a footnote.
                assertThat(link.getAttribute("href")).isEqualTo("glossary.xhtml#" + entry.id());
                Element target = single(glossary, entry.id());
                assertThat(target.getLocalName()).isEqualTo("div");
                assertThat(epubTypes(target)).doesNotContain("footnote");
                Element dt = elements(target, "dt").get(0);
                assertThat(epubTypes(dt)).contains("glossterm");
                assertThat(textOf(elements(dt, "dfn").get(0))).isEqualTo(entry.headword());
                Element dd = elements(target, "dd").get(0);
                assertThat(epubTypes(dd)).contains("glossdef");
                assertThat(textOf(dd)).contains(PlainText.title(firstParagraph(entry)));
            }
            // Nothing of the glossary is copied into the chapter.
            assertThat(elements(doc, "aside").stream().map(EpubContents::epubTypes))
                    .allSatisfy(types -> assertThat(types).containsExactly("footnote"));
            assertThat(elements(doc, "dfn")).isEmpty();
        }
    }

    private static List<Inline> firstParagraph(GlossaryEntry entry) {
        return ((org.scholia.model.Block.Paragraph) entry.definition().get(0)).content();
    }

    @Test
    void eachEntryListsTheChaptersThatUseIt() {
        Document glossary = epub.xml("glossary.xhtml");
        assertThat(usedIn(glossary, "term-politburo")).containsExactly("Chapter 1", "Chapter 2");
        assertThat(usedIn(glossary, "term-soviet")).containsExactly("Chapter 1");
        assertThat(usedIn(glossary, "term-unused")).isEmpty();
        // Each "used in" link lands on an occurrence of that very term.
        for (GlossaryEntry entry : book.glossary().entries()) {
            for (Element a : usedInLinks(glossary, entry.id())) {
                String[] target = a.getAttribute("href").split("#");
                Element occurrence = single(epub.xml(target[0]), target[1]);
                assertThat(epubTypes(occurrence)).contains("glossref");
                assertThat(occurrence.getAttribute("href")).isEqualTo("glossary.xhtml#" + entry.id());
            }
        }
    }

    /** The links of the entry's "used in" line. */
    private static List<Element> usedInLinks(Document glossary, String entryId) {
        Element dd = elements(single(glossary, entryId), "dd").get(0);
        return elements(dd, "p").stream().filter(p -> p.getAttribute("class").equals("used-in"))
                .flatMap(p -> elements(p, "a").stream()).toList();
    }

    private static List<String> usedIn(Document glossary, String entryId) {
        return usedInLinks(glossary, entryId).stream().map(EpubContents::textOf).toList();
    }

    @Test
    void glossaryIsADefinitionListWithVariants() {
        Document glossary = epub.xml("glossary.xhtml");
        Element section = EpubContents.typed(glossary, "section", "glossary").get(0);
        assertThat(section.getAttribute("role")).isEqualTo("doc-glossary");
        Element dl = elements(section, "dl").get(0);
        assertThat(EpubContents.typed(dl, "dt", "glossterm")).hasSize(3);
        assertThat(EpubContents.typed(dl, "dd", "glossdef")).hasSize(3);
        assertThat(elements(dl, "dfn").stream().map(EpubContents::textOf))
                .containsExactly("Politburo", "soviet", "nomenklatura");
        assertThat(textOf(glossary.getDocumentElement())).contains("Also: Politburos, Presidium")
                .contains("Also: soviets");
        // A term inside a definition links to its entry in the same document.
        assertThat(elements(dl, "a").stream().map(a -> a.getAttribute("href"))).contains("#term-soviet");
    }
}
