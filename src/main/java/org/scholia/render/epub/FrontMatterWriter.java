package org.scholia.render.epub;

import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.FurnitureWords;
import org.scholia.model.Metadata;

/** Writes the cover page (when the book has a cover image) and the title page. */
final class FrontMatterWriter {
    private final XMLOutputFactory factory;
    private final EpubPlan plan;
    private final FurnitureWords words;

    FrontMatterWriter(XMLOutputFactory factory, EpubPlan plan, FurnitureWords words) {
        this.factory = factory;
        this.plan = plan;
        this.words = words;
    }

    /** The cover page: the cover image alone, named for assistive technology as the cover. */
    byte[] cover(EpubPlan.ImageRef cover) {
        Metadata m = plan.book().metadata();
        ContentDocument doc = new ContentDocument(factory, plan, words, NoteIndex.none("cover"), null, EpubPlan.COVER);
        Xhtml out = doc.out;
        out.beginDocument(doc.lang(), words.cover(), EpubPlan.CSS, "frontmatter");
        out.start("section").attr("class", "cover").epubType("cover").attr("aria-label", words.cover()).nl();
        out.empty("img").attr("src", cover.href()).attr("alt", words.coverAlt() + " " + m.title())
                .attr("role", "doc-cover").nl();
        out.end().nl();
        return out.endDocument();
    }

    /**
     * The title page: title, subtitle, authors, publisher, date and rights, where the print
     * edition's title page is marked.
     */
    byte[] titlePage() {
        Metadata m = plan.book().metadata();
        ContentDocument doc = new ContentDocument(factory, plan, words, NoteIndex.none("title"), null, EpubPlan.TITLE);
        Xhtml out = doc.out;
        out.beginDocument(doc.lang(), m.title(), EpubPlan.CSS, "frontmatter");
        String titleId = doc.claim("book-title");
        out.start("section").attr("class", "titlepage").epubType("titlepage").attr("aria-labelledby", titleId).nl();
        InlineWriter inline = new InlineWriter(doc);
        for (EpubPlan.PageTarget t : plan.titlePages()) inline.pageBreak(t);
        out.start("h1").attr("id", titleId).attr("class", "title").text(m.title());
        if (!m.subtitle().isBlank()) {
            // Inside the h1, so the heading says the whole title; styled as a second line.
            out.start("span").attr("class", "subtitle-sep").text(": ").end()
                    .start("span").attr("class", "subtitle").text(m.subtitle()).end();
        }
        out.end().nl();
        paragraph(out, "authors", m.authorLine());
        // Without any author, the author line already names everyone (Metadata.authorLine).
        if (m.creators().stream().anyMatch(c -> c.role().equals("aut"))) {
            for (var c : m.creators()) {
                if (!c.role().equals("aut")) paragraph(out, "contributor", words.contributor(c.role(), c.name()));
            }
        }
        paragraph(out, "publisher", m.publisher());
        paragraph(out, "date", m.date() == null || m.date().isBlank() ? m.date() : words.date(m.date()));
        paragraph(out, "rights", m.rights());
        out.end().nl();
        return out.endDocument();
    }

    private static void paragraph(Xhtml out, String cls, String text) {
        if (text == null || text.isBlank()) return;
        out.start("p").attr("class", cls).text(text).end().nl();
    }
}
