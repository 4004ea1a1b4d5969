package org.scholia.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.render.epub.EpubContents.elements;
import static org.scholia.render.epub.EpubContents.epubTypes;
import static org.scholia.render.epub.EpubContents.single;
import static org.scholia.render.epub.EpubContents.textOf;
import static org.scholia.render.epub.EpubContents.typed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The nav document (toc, landmarks, page-list), the NCX and the page markers. */
class NavigationTest {
    @TempDir
    Path dir;

    private static Element nav(Document doc, String type) {
        List<Element> navs = typed(doc, "nav", type);
        assertThat(navs).as("nav " + type).hasSizeLessThanOrEqualTo(1);
        return navs.isEmpty() ? null : navs.get(0);
    }

    @Test
    void tocListsEveryChapterWithItsSectionsThenTheGlossary() throws IOException {
        Book book = TestBooks.full(dir);
        Document nav = new EpubContents(EpubCheckTest.render(book, Optional.empty())).xml("nav.xhtml");
        Element toc = nav(nav, "toc");
        Element top = elements(toc, "ol").get(0);
        List<Element> entries = childElements(top, "li");
        assertThat(entries).hasSize(book.chapters().size() + 1);
        for (int i = 0; i < book.chapters().size(); i++) {
            Chapter ch = book.chapters().get(i);
            Element a = childElements(entries.get(i), "a").get(0);
            assertThat(a.getAttribute("href")).isEqualTo(ch.id() + ".xhtml");
            assertThat(textOf(a)).isEqualTo(ch.title());
        }
        Element glossary = childElements(entries.get(2), "a").get(0);
        assertThat(glossary.getAttribute("href")).isEqualTo("glossary.xhtml");
        // Sections nest by level: "Numbers" (h3) sits under "Organs of power" (h2).
        List<Element> sections = childElements(childElements(entries.get(0), "ol").get(0), "li");
        assertThat(sections).hasSize(2);
        assertThat(textOf(childElements(sections.get(0), "a").get(0))).isEqualTo("Organs of power");
        Element sub = childElements(childElements(sections.get(0), "ol").get(0), "li").get(0);
        assertThat(childElements(sub, "a").get(0).getAttribute("href")).isEqualTo("ch01.xhtml#ch01-s1-1");
    }

    private static List<Element> childElements(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(n.getLocalName())) out.add((Element) n);
        }
        return out;
    }

    @Test
    void landmarksAndNcx() throws IOException {
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.full(dir), Optional.empty()));
        Element landmarks = nav(epub.xml("nav.xhtml"), "landmarks");
        assertThat(elements(landmarks, "a").stream().map(a -> String.join(" ", epubTypes(a)) + "=" + a.getAttribute("href")))
                .containsExactly("cover=cover.xhtml", "titlepage=title.xhtml", "toc=nav.xhtml#toc",
                        "bodymatter=ch01.xhtml", "glossary=glossary.xhtml");
        Document ncx = epub.xml("toc.ncx");
        assertThat(elements(ncx, "navPoint")).hasSize(2 + 3 + 1); // chapters, ch01's sections, glossary
        assertThat(elements(ncx, "meta").stream().filter(m -> m.getAttribute("name").equals("dtb:uid"))
                .map(m -> m.getAttribute("content")))
                .containsExactly("urn:uuid:0b8f7a4e-1234-4cde-9f00-123456789abc");
    }

    @Test
    void pageListPointsAtPageBreakMarkers() throws IOException {
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.full(dir),
                Optional.of(EpubCheckTest.pages())));
        Element pageList = nav(epub.xml("nav.xhtml"), "page-list");
        assertThat(pageList).isNotNull();
        List<Element> links = elements(pageList, "a");
        // Page "5" names a block that does not exist: left out rather than linked to nothing.
        assertThat(links.stream().map(EpubContents::textOf)).containsExactly("i", "ii", "1", "2", "3", "4");
        for (Element a : links) {
            String[] target = a.getAttribute("href").split("#");
            Element marker = single(epub.xml(target[0]), target[1]);
            assertThat(epubTypes(marker)).containsExactly("pagebreak");
            assertThat(marker.getAttribute("role")).isEqualTo("doc-pagebreak");
            assertThat(marker.getAttribute("aria-label")).isEqualTo(textOf(a));
        }
        assertThat(links.get(0).getAttribute("href")).startsWith("title.xhtml#");
        // Page 4 starts 12 characters into "Plain words. More words …", between two words.
        Element p2 = single(epub.xml("ch02.xhtml"), "ch02-p2");
        // (after the paragraph's number, which is not part of the text the offsets count)
        assertThat(((Element) p2.getFirstChild()).getAttribute("class")).isEqualTo("para-num");
        assertThat(p2.getFirstChild().getNextSibling().getTextContent()).isEqualTo("Plain words.");
        // Page 2 starts 40 chars in, inside "soviets": the marker sits at the offset given, since
        // the print edition carries it from the model text (a page begins there mid-word only
        // when a word is hyphenated across pages).
        Element p1 = single(epub.xml("ch01.xhtml"), "ch01-p1");
        assertThat(textOf(p1)).contains("soviets.");
        assertThat(typed(p1, "span", "pagebreak")).hasSize(1);
        assertThat(epub.text("content.opf")).contains(">pageBreakMarkers<").contains(">pageNavigation<");
    }

    @Test
    void withoutPageMapThereIsNoPageListAndNoMarkers() throws IOException {
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.full(dir), Optional.empty()));
        assertThat(nav(epub.xml("nav.xhtml"), "page-list")).isNull();
        for (String doc : List.of("title.xhtml", "ch01.xhtml", "ch02.xhtml", "glossary.xhtml")) {
            assertThat(typed(epub.xml(doc), "span", "pagebreak")).isEmpty();
        }
        assertThat(epub.text("content.opf")).doesNotContain("pageBreakMarkers").doesNotContain("pageNavigation");
    }

    @Test
    void aPageMapThatMatchesNothingClaimsNoPageNavigation() throws IOException {
        var pages = new org.scholia.render.PageMap(List.of(new org.scholia.render.PageMap.PageStart(0, "1", "gone", 0)));
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.full(dir), Optional.of(pages)));
        assertThat(nav(epub.xml("nav.xhtml"), "page-list")).isNull();
        assertThat(epub.text("content.opf")).doesNotContain("pageBreakMarkers").doesNotContain("source-of");
    }

    @Test
    void spineRunsTitleTocChaptersGlossary() throws IOException {
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.full(dir), Optional.empty()));
        Document opf = epub.xml("content.opf");
        List<String> spine = elements(opf, "itemref").stream().map(e -> e.getAttribute("idref")).toList();
        assertThat(spine).containsExactly("cover", "titlepage", "nav", "doc-ch01", "doc-ch02", "glossary");
    }
}
