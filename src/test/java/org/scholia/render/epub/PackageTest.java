package org.scholia.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.render.epub.EpubContents.elements;
import static org.scholia.render.epub.EpubContents.textOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.scholia.model.Book;
import org.scholia.model.Creator;
import org.scholia.model.Metadata;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The package document's metadata and manifest, the container, and byte-for-byte determinism. */
class PackageTest {
    @TempDir
    Path dir;

    private static List<String> meta(Document opf, String property) {
        return elements(opf, "meta").stream().filter(m -> m.getAttribute("property").equals(property))
                .map(EpubContents::textOf).toList();
    }

    private static Element byId(Document opf, String id) {
        return EpubContents.single(opf, id);
    }

    @Test
    void metadataIsAllThere() throws IOException {
        Document opf = new EpubContents(EpubCheckTest.render(TestBooks.full(dir), Optional.empty())).xml("content.opf");
        Element pkg = opf.getDocumentElement();
        assertThat(pkg.getAttribute("version")).isEqualTo("3.0");
        String uid = pkg.getAttribute("unique-identifier");
        assertThat(textOf(byId(opf, uid))).isEqualTo("urn:uuid:0b8f7a4e-1234-4cde-9f00-123456789abc");

        List<Element> titles = elements(opf, "title");
        assertThat(titles.stream().map(EpubContents::textOf))
                .containsExactly("Real Socialism", "The USSR Under Stalin and Khrushchev");
        Map<String, String> titleTypes = elements(opf, "meta").stream()
                .filter(m -> m.getAttribute("property").equals("title-type"))
                .collect(Collectors.toMap(m -> m.getAttribute("refines"), EpubContents::textOf));
        assertThat(titleTypes).containsEntry("#" + titles.get(0).getAttribute("id"), "main")
                .containsEntry("#" + titles.get(1).getAttribute("id"), "subtitle");

        assertThat(elements(opf, "creator").stream().map(EpubContents::textOf)).containsExactly("Ann Author", "Bob Writer");
        assertThat(elements(opf, "contributor").stream().map(EpubContents::textOf)).containsExactly("Eve Editor");
        Map<String, String> roles = elements(opf, "meta").stream().filter(m -> m.getAttribute("property").equals("role"))
                .collect(Collectors.toMap(m -> m.getAttribute("refines"), EpubContents::textOf));
        assertThat(roles).containsEntry("#creator-1", "aut").containsEntry("#creator-2", "aut")
                .containsEntry("#creator-3", "edt");

        assertThat(elements(opf, "language").stream().map(EpubContents::textOf)).containsExactly("en");
        assertThat(meta(opf, "dcterms:modified")).containsExactly("2026-01-02T03:04:05Z");
        assertThat(elements(opf, "date").stream().map(EpubContents::textOf)).containsExactly("2024-05-01");
        assertThat(elements(opf, "publisher").stream().map(EpubContents::textOf)).containsExactly("Scholia Press");
        assertThat(elements(opf, "rights").stream().map(EpubContents::textOf)).containsExactly("CC BY 4.0");
        assertThat(elements(opf, "description").stream().map(EpubContents::textOf)).hasSize(1);
        assertThat(elements(opf, "subject").stream().map(EpubContents::textOf)).containsExactly("History", "USSR");

        assertThat(meta(opf, "schema:accessMode")).containsExactly("textual", "visual");
        assertThat(meta(opf, "schema:accessModeSufficient")).contains("textual");
        assertThat(meta(opf, "schema:accessibilityFeature"))
                .contains("structuralNavigation", "tableOfContents", "readingOrder", "alternativeText")
                .doesNotContain("pageBreakMarkers", "pageNavigation");
        assertThat(meta(opf, "schema:accessibilityHazard")).containsExactly("none");
        assertThat(meta(opf, "schema:accessibilitySummary")).hasSize(1);
        assertThat(meta(opf, "dcterms:conformsTo")).containsExactly("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
    }

    @Test
    void manifestMarksNavAndCoverImage() throws IOException {
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.full(dir), Optional.empty()));
        Document opf = epub.xml("content.opf");
        Map<String, String> props = elements(opf, "item").stream().filter(i -> i.hasAttribute("properties"))
                .collect(Collectors.toMap(i -> i.getAttribute("href"), i -> i.getAttribute("properties")));
        assertThat(props).containsExactly(Map.entry("images/cover.png", "cover-image"), Map.entry("nav.xhtml", "nav"));
        for (Element item : elements(opf, "item")) {
            assertThat(epub.entries).containsKey("OEBPS/" + item.getAttribute("href"));
        }
        assertThat(elements(epub.xml("title.xhtml"), "p").stream().map(EpubContents::textOf))
                .containsExactly("Ann Author and Bob Writer", "Edited by Eve Editor", "Scholia Press",
                        "May 1, 2024" /* the long date in the book's language, as the PDF's title page */, "CC BY 4.0");
        assertThat(textOf(elements(epub.xml("title.xhtml"), "h1").get(0)))
                .isEqualTo("Real Socialism: The USSR Under Stalin and Khrushchev");
        Element cover = elements(epub.xml("cover.xhtml"), "img").get(0);
        assertThat(cover.getAttribute("alt")).isEqualTo("Cover of Real Socialism");
    }

    @Test
    void containerStartsWithStoredMimetypeAndHasFixedTimes() throws IOException {
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.full(dir), Optional.empty()));
        ZipEntry first = epub.zipEntries.get(0);
        assertThat(first.getName()).isEqualTo("mimetype");
        assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(first.getExtra()).isNull();
        assertThat(new String(epub.entries.get("mimetype"), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        assertThat(epub.zipEntries.get(1).getName()).isEqualTo("META-INF/container.xml");
        assertThat(epub.text("META-INF/container.xml")).contains("full-path=\"OEBPS/content.opf\"");
        for (ZipEntry e : epub.zipEntries) {
            assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 4));
        }
    }

    @Test
    void sameInputSameBytesWhateverTheTimeZone() throws IOException {
        byte[] first = EpubCheckTest.render(TestBooks.full(dir), Optional.of(EpubCheckTest.pages()));
        TimeZone saved = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = EpubCheckTest.render(TestBooks.full(dir), Optional.of(EpubCheckTest.pages()));
        } finally {
            TimeZone.setDefault(saved);
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyDocumentIsWellFormedXhtmlInTheBooksLanguage() throws IOException {
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.full(dir), Optional.empty()));
        for (String name : epub.entries.keySet()) {
            if (!name.endsWith(".xhtml")) continue;
            Element html = epub.xml(name).getDocumentElement();
            assertThat(html.getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
            assertThat(html.getAttribute("lang")).as(name).isEqualTo("en");
            assertThat(html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
        }
        String p1 = textOf(EpubContents.single(epub.xml("ch01.xhtml"), "ch01-p1"));
        assertThat(p1).contains("Control chars are dropped; ]]> stays.").contains("Art. 17 <sic>");
        assertThat(epub.text("css/epub.css")).contains("@namespace epub");
    }

    @Test
    void rightToLeftLanguagesTurnPagesRightToLeft() throws IOException {
        var base = TestBooks.minimal(dir);
        var m = base.metadata();
        var arabic = new org.scholia.model.Metadata(m.title(), m.subtitle(), m.creators(), "ar-EG", m.identifier(),
                m.date(), m.publisher(), m.rights(), m.description(), m.subjects(), m.cover(), m.autolink(), m.span());
        EpubContents epub = new EpubContents(EpubCheckTest.render(new org.scholia.model.Book(dir, arabic,
                base.chapters(), base.glossary()), Optional.empty()));
        assertThat(epub.xml("ch01.xhtml").getDocumentElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(elements(epub.xml("content.opf"), "spine").get(0).getAttribute("page-progression-direction"))
                .isEqualTo("rtl");
        EpubContents french = new EpubContents(EpubCheckTest.render(base, Optional.empty()));
        assertThat(french.xml("ch01.xhtml").getDocumentElement().hasAttribute("dir")).isFalse();
    }

    @Test
    void aBookWithoutGlossaryOrCoverInFrench() throws IOException {
        EpubContents epub = new EpubContents(EpubCheckTest.render(TestBooks.minimal(dir), Optional.empty()));
        assertThat(epub.entries).doesNotContainKeys("OEBPS/glossary.xhtml", "OEBPS/cover.xhtml");
        Document nav = epub.xml("nav.xhtml");
        assertThat(textOf(elements(nav, "h1").get(0))).isEqualTo("Table des matières");
        assertThat(elements(nav, "a").stream().map(a -> a.getAttribute("href")))
                .doesNotContain("glossary.xhtml", "cover.xhtml");
        Document opf = epub.xml("content.opf");
        assertThat(meta(opf, "schema:accessMode")).containsExactly("textual");
        assertThat(meta(opf, "schema:accessibilityFeature")).doesNotContain("alternativeText");
        assertThat(elements(opf, "meta").stream().filter(m -> m.getAttribute("name").equals("cover"))).isEmpty();
    }

    @Test
    void aBookWithoutCoverImageGetsATypographicCover() throws IOException {
        Book tiny = TestBooks.minimal(dir);
        Metadata m = tiny.metadata();
        Metadata noImage = new Metadata(m.title(), "A subtitle long enough to need two lines on the cover",
                List.of(Creator.author("Ann Author")), m.language(), m.identifier(), m.date(), m.publisher(), m.rights(),
                m.description(), m.subjects(), Optional.empty(), m.autolink(), m.span());
        EpubContents epub = new EpubContents(EpubCheckTest.render(
                new Book(tiny.root(), noImage, tiny.chapters(), tiny.glossary()), Optional.empty()));
        Document opf = epub.xml("content.opf");
        Element item = elements(opf, "item").stream().filter(i -> i.getAttribute("properties").equals("cover-image"))
                .findFirst().orElseThrow();
        assertThat(item.getAttribute("href")).isEqualTo("images/cover.png");
        assertThat(item.getAttribute("media-type")).isEqualTo("image/png");
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(epub.entries.get("OEBPS/images/cover.png")));
        assertThat(png.getWidth()).isGreaterThanOrEqualTo(1600);
        assertThat(png.getHeight()).isGreaterThanOrEqualTo(2560);
        // drawn, not blank: the title's ink differs from the field
        int field = png.getRGB(5, 5);
        long inked = 0;
        for (int y = 0; y < png.getHeight(); y += 4) {
            for (int x = 0; x < png.getWidth(); x += 4) if (png.getRGB(x, y) != field) inked++;
        }
        assertThat(inked).isGreaterThan(1000);
        // shown on a cover page, first in the spine
        Element spine = elements(opf, "spine").get(0);
        String first = elements(spine, "itemref").get(0).getAttribute("idref");
        assertThat(elements(opf, "item").stream().filter(i -> i.getAttribute("id").equals(first))
                .map(i -> i.getAttribute("href"))).containsExactly("cover.xhtml");
        assertThat(elements(epub.xml("cover.xhtml"), "img").get(0).getAttribute("src")).isEqualTo("images/cover.png");
        // same book, same bytes
        byte[] again = new EpubContents(EpubCheckTest.render(
                new Book(tiny.root(), noImage, tiny.chapters(), tiny.glossary()), Optional.empty()))
                .entries.get("OEBPS/images/cover.png");
        assertThat(again).isEqualTo(epub.entries.get("OEBPS/images/cover.png"));
    }
}
