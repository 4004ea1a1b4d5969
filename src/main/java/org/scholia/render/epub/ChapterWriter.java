package org.scholia.render.epub;

import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.Block;
import org.scholia.model.Chapter;
import org.scholia.model.FurnitureWords;

/**
 * Writes one chapter as an XHTML content document: a {@code doc-chapter} section holding the
 * chapter's blocks, then its notes (see {@link NoteWriter} for why they come last and in the
 * same file). Its glossary terms link to the glossary document: nothing of the glossary is
 * copied here (see {@link InlineWriter#termRef}).
 */
final class ChapterWriter {
    private final XMLOutputFactory factory;
    private final EpubPlan plan;
    private final FurnitureWords words;

    ChapterWriter(XMLOutputFactory factory, EpubPlan plan, FurnitureWords words) {
        this.factory = factory;
        this.plan = plan;
        this.words = words;
    }

    byte[] write(Chapter chapter) {
        String href = plan.chapterHref(chapter);
        ContentDocument doc = new ContentDocument(factory, plan, words, plan.notes(chapter), chapter, href);
        Xhtml out = doc.out;
        out.beginDocument(doc.lang(), chapter.title(), EpubPlan.CSS, "bodymatter");
        out.start("section").attr("class", "chapter").epubType("chapter").attr("role", "doc-chapter");
        String titleId = chapter.blocks().isEmpty() || !(chapter.blocks().get(0) instanceof Block.Heading)
                ? "" : ((Block.Heading) chapter.blocks().get(0)).id();
        if (!ContentDocument.valid(titleId)) out.attr("aria-label", chapter.title());
        else out.attr("aria-labelledby", titleId);
        out.nl();
        new BlockWriter(doc).write(chapter.blocks());
        new NoteWriter(doc).footnotes();
        out.end().nl();
        return out.endDocument();
    }
}
