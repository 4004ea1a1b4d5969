package org.scholia.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.render.epub.EpubContents.elements;
import static org.scholia.render.epub.EpubContents.epubTypes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.annotate.Annotator;
import org.scholia.load.ManuscriptLoader;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;
import org.scholia.render.PageMap;
import org.scholia.render.pdf.PdfRenderer;
import org.scholia.style.ProfileLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The default book's EPUB as reading systems use it, built as {@code build} builds it (with the
 * classroom print edition's page map): every link lands on text a reader can see, every
 * document that holds print pages marks them, and pandoc reads the notes back as notes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderMarkupTest {
    /** The types of the asides that readers hide (foliate-js, Apple Books, Kobo, Thorium). */
    private static final Set<String> HIDDEN_NOTES = Set.of("footnote", "endnote", "note", "rearnote");

    @TempDir
    Path dir;
    Book book;
    PageMap pages;
    byte[] bytes;
    EpubContents epub;

    @BeforeAll
    void build() throws IOException, ManuscriptException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Book raw = new ManuscriptLoader().load(Path.of("manuscript"), diagnostics);
        book = new Annotator().annotate(raw, diagnostics);
        pages = new PdfRenderer(new ProfileLoader().load(book.root(), "classroom")).layout(book, diagnostics).pageMap();
        bytes = EpubCheckTest.render(book, Optional.of(pages));
        epub = new EpubContents(bytes);
    }

    private List<String> documents() {
        return epub.entries.keySet().stream().filter(p -> p.endsWith(".xhtml")).map(p -> p.substring("OEBPS/".length()))
                .toList();
    }

    /**
     * Every internal link of every document: its target exists and is not inside a hidden
     * element (an aside readers hide, or {@code [hidden]}) — except a note reference, whose
     * target is the hidden aside itself, which readers pop up.
     */
    @Test
    void everyLinkLandsOnVisibleText() {
        int links = 0;
        List<String> bad = new ArrayList<>();
        for (String name : documents()) {
            for (Element a : elements(epub.xml(name), "a")) {
                String href = a.getAttribute("href");
                if (href.isEmpty() || href.matches("[a-z]+:.*")) continue;
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                Document target = epub.xml(file.isEmpty() ? name : file);
                links++;
                if (hash < 0) continue;
                List<Element> found = EpubContents.byId(target, href.substring(hash + 1));
                if (found.size() != 1) {
                    bad.add(name + ": " + href + " has " + found.size() + " targets");
                    continue;
                }
                Element hidden = hiddenAncestor(found.get(0));
                boolean popUp = epubTypes(a).contains("noteref") && hidden == found.get(0);
                if (hidden != null && !popUp) bad.add(name + ": " + href + " lands inside a hidden " + hidden.getLocalName());
            }
        }
        assertThat(links).isGreaterThan(100);
        assertThat(bad).isEmpty();
    }

    /** The element itself or its nearest ancestor that readers hide, or null. */
    private static Element hiddenAncestor(Element e) {
        for (Node n = e; n instanceof Element; n = n.getParentNode()) {
            Element el = (Element) n;
            if (el.hasAttribute("hidden")) return el;
            if (el.getLocalName().equals("aside") && epubTypes(el).stream().anyMatch(HIDDEN_NOTES::contains)) return el;
        }
        return null;
    }

    /** Every printed page of the print edition is in the page-list and marked in the document that shows it. */
    @Test
    void everyDocumentWithPrintPagesMarksThem() {
        Map<String, Integer> markers = new HashMap<>();
        for (String name : documents()) {
            int n = (int) elements(epub.xml(name), "span").stream().filter(s -> epubTypes(s).contains("pagebreak")).count();
            markers.put(name, n);
        }
        assertThat(markers.get("title.xhtml")).as("the print title page").isEqualTo(1);
        assertThat(markers.get("nav.xhtml")).as("the print contents").isPositive();
        for (Chapter ch : book.chapters()) assertThat(markers.get(ch.id() + ".xhtml")).as(ch.id()).isPositive();
        assertThat(markers.get("glossary.xhtml")).as("the glossary").isPositive();
        Element pageList = EpubContents.typed(epub.xml("nav.xhtml"), "nav", "page-list").get(0);
        List<Element> entries = elements(pageList, "a");
        assertThat(entries).hasSize(pages.pages().size());
        assertThat(markers.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(pages.pages().size());
        for (Element a : entries) {
            String[] href = a.getAttribute("href").split("#");
            Element marker = EpubContents.single(epub.xml(href[0]), href[1]);
            assertThat(epubTypes(marker)).contains("pagebreak");
            assertThat(marker.getAttribute("aria-label")).isEqualTo(EpubContents.textOf(a));
        }
    }

    /** No chapter ends with furniture that only makes sense when notes are shown (a rule, a heading). */
    @Test
    void chaptersEndWithTheirTextOrTheirNotes() {
        for (Chapter ch : book.chapters()) {
            Document doc = epub.xml(ch.id() + ".xhtml");
            for (Element section : EpubContents.typed(doc, "section", "footnotes")) {
                for (Node n = section.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element) assertThat(((Element) n).getLocalName()).as(ch.id()).isEqualTo("aside");
                }
            }
            assertThat(elements(doc, "hr")).as(ch.id()).isEmpty();
        }
    }

    /** pandoc reads every note reference back as a note (skipped where pandoc is not installed). */
    @Test
    void pandocReadsTheNotesBackAsNotes() throws IOException, InterruptedException {
        Path file = dir.resolve("book.epub");
        Files.write(file, bytes);
        Process p;
        try {
            p = new ProcessBuilder("pandoc", "-f", "epub", "-t", "markdown", "--wrap=none", file.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("pandoc is not installed");
            return;
        }
        String markdown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(markdown).isZero();
        int citations = 0;
        for (Chapter ch : book.chapters()) citations += countRefs(ch);
        List<List<org.scholia.model.Block>> glossary = new ArrayList<>();
        for (var e : book.glossary().entries()) glossary.add(e.definition());
        for (var note : book.glossary().notes()) glossary.add(note.content());
        citations += countRefs(glossary);
        Matcher refs = Pattern.compile("\\[\\^[0-9]+\\](?!:)").matcher(markdown);
        int read = 0;
        while (refs.find()) read++;
        assertThat(read).as("note references read back as notes").isEqualTo(citations);
        // and no glossary definition is read as a note
        for (var e : book.glossary().entries()) {
            assertThat(markdown).doesNotContain("[^" + e.id());
        }
    }

    private static int countRefs(Chapter ch) {
        List<List<org.scholia.model.Block>> parts = new ArrayList<>();
        parts.add(ch.blocks());
        for (var note : ch.notes()) parts.add(note.content());
        return countRefs(parts);
    }

    private static int countRefs(List<List<org.scholia.model.Block>> parts) {
        int[] n = {0};
        for (var part : parts) {
            org.scholia.model.InlineWalk.scan(part, i -> {
                if (i instanceof org.scholia.model.Inline.NoteRef) n[0]++;
            }, b -> { });
        }
        return n[0];
    }
}
