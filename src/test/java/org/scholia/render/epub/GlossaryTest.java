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
                // The pop-up: the definition, in this document.
                Element popup = single(doc, link.getAttribute("href").substring(1));
                assertThat(popup.getLocalName()).isEqualTo("aside");
                assertThat(epubTypes(popup)).contains("footnote");
                assertThat(textOf(popup)).startsWith(entry.headword() + " \u2014");
                // … which leads to the entry in the glossary.
                String full = elements(popup, "p").stream().filter(p -> p.getAttribute("class").equals("entry-links"))
                        .flatMap(p -> elements(p, "a").stream()).map(a -> a.getAttribute("href"))
                        .findFirst().orElseThrow();
                assertThat(full).isEqualTo("glossary.xhtml#" + entry.id());
                Element dt = single(glossary, entry.id());
                assertThat(dt.getLocalName()).isEqualTo("dt");
                assertThat(textOf(elements(dt, "dfn").get(0))).isEqualTo(entry.headword());
                // … and back to this occurrence.
                assertThat(elements(popup, "a").stream().map(a -> a.getAttribute("href")))
                        .contains("#" + link.getAttribute("id"));
            }
        }
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
                assertThat(occurrence.getAttribute("href")).endsWith("-def-" + entry.id());
            }
        }
    }

    /** The links of the entry's "used in" line. */
    private static List<Element> usedInLinks(Document glossary, String entryId) {
        org.w3c.dom.Node n = single(glossary, entryId).getNextSibling();
        while (n != null && n.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) n = n.getNextSibling();
        Element dd = (Element) n;
        assertThat(dd.getLocalName()).isEqualTo("dd");
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
