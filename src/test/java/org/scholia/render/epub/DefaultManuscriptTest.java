package org.scholia.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.render.epub.EpubContents.elements;
import static org.scholia.render.epub.EpubContents.epubTypes;
import static org.scholia.render.epub.EpubContents.single;
import static org.scholia.render.epub.EpubContents.textOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.annotate.Annotator;
import org.scholia.load.ManuscriptLoader;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Diagnostic;
import org.scholia.model.Footnote;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.ManuscriptException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The default manuscript ({@code manuscript/}), loaded and annotated as {@code build} does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefaultManuscriptTest {
    @TempDir
    Path dir;
    Book book;
    byte[] bytes;
    EpubContents epub;

    @BeforeAll
    void build() throws IOException, ManuscriptException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Book raw = new ManuscriptLoader().load(Path.of("manuscript"), diagnostics);
        book = new Annotator().annotate(raw, diagnostics);
        bytes = EpubCheckTest.render(book, Optional.empty());
        epub = new EpubContents(bytes);
    }

    @Test
    void epubCheckReportsNothing() throws IOException {
        Path file = dir.resolve(book.slug() + ".epub");
        Files.write(file, bytes);
        EpubValidation v = EpubValidation.check(file);
        assertThat(v.problems()).as(v.toString()).isEmpty();
        assertThat(v.fatals() + v.errors() + v.warnings()).isZero();
    }

    @Test
    void everyNoteIsThereWithItsBackLinks() {
        int notes = 0;
        for (Chapter ch : book.chapters()) {
            Document doc = epub.xml(ch.id() + ".xhtml");
            List<Element> refs = NotesTest.noteRefs(doc);
            int cited = 0;
            for (Footnote n : ch.notes()) cited += n.citations();
            assertThat(refs).as(ch.id()).hasSize(cited);
            for (Element ref : refs) {
                Element aside = single(doc, ref.getAttribute("href").substring(1));
                assertThat(epubTypes(aside)).contains("footnote");
                assertThat(elements(aside, "a").stream().map(a -> a.getAttribute("href")))
                        .contains("#" + ref.getAttribute("id"));
            }
            assertThat(EpubContents.typed(doc, "aside", "footnote").stream()
                    .filter(a -> a.getAttribute("role").equals("doc-footnote"))
                    .filter(a -> a.getAttribute("class").equals("footnote"))).hasSize(ch.notes().size());
            notes += ch.notes().size();
        }
        assertThat(notes).isPositive();
    }

    @Test
    void everyTermLinkReachesItsEntryAndEveryUsedEntrySaysWhere() {
        Document glossary = epub.xml("glossary.xhtml");
        int links = 0;
        for (Chapter ch : book.chapters()) {
            Document doc = epub.xml(ch.id() + ".xhtml");
            List<Element> terms = GlossaryTest.termLinks(doc);
            assertThat(terms).as(ch.id()).hasSize(GlossaryTest.modelTerms(ch).size());
            for (Element t : terms) {
                String entryHref = t.getAttribute("href");
                assertThat(entryHref).startsWith("glossary.xhtml#");
                Element entry = single(glossary, entryHref.substring("glossary.xhtml#".length()));
                assertThat(elements(entry, "dt")).hasSize(1);
                assertThat(elements(entry, "dd")).hasSize(1);
                links++;
            }
        }
        assertThat(links).isPositive();
        for (GlossaryEntry e : book.glossary().entries()) {
            Element entry = single(glossary, e.id());
            assertThat(textOf(elements(entry, "dfn").get(0))).isEqualTo(e.headword());
        }
        assertThat(textOf(glossary.getDocumentElement())).contains("Used in: Chapter 1");
    }

    @Test
    void navListsEveryChapter() {
        Document nav = epub.xml("nav.xhtml");
        Element toc = EpubContents.typed(nav, "nav", "toc").get(0);
        List<String> hrefs = elements(toc, "a").stream().map(a -> a.getAttribute("href")).toList();
        for (Chapter ch : book.chapters()) assertThat(hrefs).contains(ch.id() + ".xhtml");
        assertThat(hrefs).contains("glossary.xhtml");
    }
}
