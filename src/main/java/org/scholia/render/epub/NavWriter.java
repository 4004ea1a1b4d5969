package org.scholia.render.epub;

import io.documentnode.epub4j.domain.TOCReference;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.Chapter;
import org.scholia.model.FurnitureWords;

/**
 * Writes the EPUB 3 navigation document: the table of contents (chapters and their sections,
 * then the glossary), the landmarks, and the page-list of the print edition when there is one.
 * The table of contents is the same tree epub4j turns into the NCX, so the two never disagree.
 * The document is also in the spine, after the title page, as the book's visible contents page;
 * the landmarks and page-list are for the reading system only: {@code hidden}, and of class
 * {@code reading-system}, which the stylesheet also hides for renderers that ignore
 * {@code hidden} (MuPDF printed nine pages of page numbers before chapter 1 of a long book).
 * The print edition's contents pages are marked here, before the contents they print.
 */
final class NavWriter {
    private final XMLOutputFactory factory;
    private final EpubPlan plan;
    private final FurnitureWords words;

    NavWriter(XMLOutputFactory factory, EpubPlan plan, FurnitureWords words) {
        this.factory = factory;
        this.plan = plan;
        this.words = words;
    }

    byte[] write(List<TOCReference> toc) {
        ContentDocument doc = new ContentDocument(factory, plan, words, NoteIndex.none("nav"), null, EpubPlan.NAV);
        Xhtml out = doc.out;
        out.beginDocument(doc.lang(), words.contents(), EpubPlan.CSS, "frontmatter");
        InlineWriter inline = new InlineWriter(doc);
        for (EpubPlan.PageTarget t : plan.contentsPages()) inline.pageBreak(t);

        out.start("nav").attr("id", "toc").epubType("toc").attr("role", "doc-toc")
                .attr("aria-labelledby", "toc-title").nl();
        out.start("h1").attr("id", "toc-title").text(words.contents()).end().nl();
        entries(out, toc);
        out.end().nl();

        landmarks(out);
        if (plan.hasPageList()) pageList(out);
        return out.endDocument();
    }

    private void entries(Xhtml out, List<TOCReference> refs) {
        out.start("ol").nl();
        for (TOCReference ref : refs) {
            out.start("li").start("a").attr("href", ref.getCompleteHref()).text(ref.getTitle()).end();
            if (!ref.getChildren().isEmpty()) {
                out.nl();
                entries(out, ref.getChildren());
            }
            out.end().nl();
        }
        out.end().nl();
    }

    /** Where a reading system's "go to" menu leads: cover, title page, contents, text, glossary. */
    private void landmarks(Xhtml out) {
        out.start("nav").attr("id", "landmarks").epubType("landmarks").attr("hidden", "")
                .attr("class", "reading-system")
                .attr("aria-labelledby", "landmarks-title").nl();
        out.start("h2").attr("id", "landmarks-title").text(words.landmarks()).end().nl();
        out.start("ol").nl();
        if (plan.cover().isPresent()) landmark(out, "cover", EpubPlan.COVER, words.cover());
        landmark(out, "titlepage", EpubPlan.TITLE, words.titlePage());
        landmark(out, "toc", EpubPlan.NAV + "#toc", words.contents());
        List<Chapter> chapters = plan.book().chapters();
        if (!chapters.isEmpty()) landmark(out, "bodymatter", plan.chapterHref(chapters.get(0)), words.start());
        if (plan.hasGlossary()) landmark(out, "glossary", EpubPlan.GLOSSARY, words.glossary());
        out.end().nl();
        out.end().nl();
    }

    private static void landmark(Xhtml out, String type, String href, String text) {
        out.start("li").start("a").epubType(type).attr("href", href).text(text).end().end().nl();
    }

    /** Every page of the print edition that could be placed, labelled as printed ("iii", "7"). */
    private void pageList(Xhtml out) {
        out.start("nav").attr("id", "page-list").epubType("page-list").attr("role", "doc-pagelist")
                .attr("hidden", "").attr("class", "reading-system").attr("aria-labelledby", "page-list-title").nl();
        out.start("h2").attr("id", "page-list-title").text(words.pages()).end().nl();
        out.start("ol").nl();
        for (EpubPlan.PageTarget t : plan.pageList()) {
            out.start("li").start("a").attr("href", t.document() + "#" + t.markerId()).text(t.label())
                    .end().end().nl();
        }
        out.end().nl();
        out.end().nl();
    }
}
