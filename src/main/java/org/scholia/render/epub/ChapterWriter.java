package org.scholia.render.epub;

import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.Block;
import org.scholia.model.Chapter;
import org.scholia.model.FurnitureWords;

/**
 * Writes one chapter as an XHTML content document: a {@code doc-chapter} section holding the
 * chapter's blocks, then its notes and the definitions of the glossary terms it uses (see
 * {@link NoteWriter} for why those come last and in the same file).
 */
final class ChapterWriter {
    private final XMLOutputFactory factory;
    private final Layout layout;
    private final FurnitureWords labels;

    ChapterWriter(XMLOutputFactory factory, Layout layout, FurnitureWords labels) {
        this.factory = factory;
        this.layout = layout;
        this.labels = labels;
    }

    byte[] write(Chapter chapter) {
        String href = layout.chapterHref(chapter);
        ContentDocument doc = new ContentDocument(factory, layout, labels, layout.notes(chapter), chapter, href);
        Xhtml out = doc.out;
        out.beginDocument(doc.lang(), chapter.title(), Layout.CSS, "bodymatter");
        out.start("section").attr("class", "chapter").epubType("chapter").attr("role", "doc-chapter");
        String titleId = chapter.blocks().isEmpty() || !(chapter.blocks().get(0) instanceof Block.Heading)
                ? "" : ((Block.Heading) chapter.blocks().get(0)).id();
        if (!ContentDocument.valid(titleId)) out.attr("aria-label", chapter.title());
        else out.attr("aria-labelledby", titleId);
        out.nl();
        new BlockWriter(doc, false).write(chapter.blocks());
        NoteWriter notes = new NoteWriter(doc);
        notes.footnotes();
        notes.definitions(chapter);
        out.end().nl();
        return out.endDocument();
    }
}
