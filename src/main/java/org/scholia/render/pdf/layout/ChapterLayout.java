package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholia.model.PlainText;
import org.scholia.model.Block;
import org.scholia.model.Chapter;
import org.scholia.model.Footnote;
import org.scholia.model.Inline;
import org.scholia.model.SourceSpan;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.Target;
import org.scholia.render.pdf.text.TextStyle;

/**
 * Lays out one chapter (or any part that opens on a new page: the contents, the glossary): the
 * opening title, the blocks, the notes set at the note size, then pages from the page builder.
 * Text is set once, up front, as Typst's flow does (collect → set lines → compose pages).
 */
final class ChapterLayout {
    private final LayoutTools cx;
    private final List<Bookmark> outline;

    ChapterLayout(LayoutTools cx, List<Bookmark> outline) {
        this.cx = cx;
        this.outline = outline;
    }

    /** A chapter's pages. Its first level-1 heading is its title, set as the opening. */
    List<ComposedPage> chapter(Chapter ch) {
        List<Block> blocks = ch.blocks();
        List<Inline> title = List.of(new Inline.Text(ch.title(), ch.span()));
        String headingId = ch.id();
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1) {
            title = h.content();
            headingId = h.id();
            blocks = blocks.subList(1, blocks.size());
        }
        outline.add(new Bookmark(PlainText.title(title), 1, ch.id()));
        List<FlowPiece> flow = new ArrayList<>(opener(Tag.root(Role.CHAPTER, ch.id()), InlineSpans.of(title, cx.styles().heading(1), cx.styles(), ch.id()),
                List.of(ch.id(), headingId), headingId, ch.span()));
        flow.addAll(new BlockLayout(cx, ch.id(), cx.styles().body(), outline, null).layout(blocks));
        return compose(flow, notes(ch.id(), ch.notes()));
    }

    /** Breaks a flow into pages, placing the given notes. */
    List<ComposedPage> compose(List<FlowPiece> flow, Map<NoteKey, List<FlowPiece>> notes) {
        Styles s = cx.styles();
        var split = s.profile().noteSplit();
        return new PageBuilder(s.profile().textHeight(), s.noteSeparator(), split.minText().of(s.bodyLeading()),
                split.minLines(), split.keepLines(), key -> notes.getOrDefault(key, List.of())).build(flow);
    }

    /**
     * The opening of a part: a sink from the top of the page, the title with the anchors links
     * and bookmarks go to, and space before the text. Kept with the first lines that follow.
     */
    List<FlowPiece> opener(Tag element, List<Span> title, List<String> anchors, String headingId, SourceSpan span) {
        Styles s = cx.styles();
        List<FlowPiece> out = new ArrayList<>();
        out.add(new FlowPiece(s.profile().opening().sink().of(s.profile().textHeight()), List.of(), List.of(), true, false, "", 0, null));
        List<Line> lines = cx.setter().set(title, s.profile().measure(), Alignment.LEFT, 0, cx.missing().at(span));
        List<FlowPiece> pieces = LinePieces.of(lines, 0, s.leading(s.heading(1).size()), element.child(Role.HEADING, 1, headingId.isEmpty() || headingId.equals(element.id()) ? element.id() + "-h" : headingId),
                headingId, 0, 1, 1, span);
        for (int i = 0; i < pieces.size(); i++) {
            FlowPiece p = pieces.get(i);
            List<FrameItem> items = new ArrayList<>(p.items());
            if (i == 0) for (String a : anchors) items.add(0, new FrameItem.Anchor(a, 0, 0));
            out.add(new FlowPiece(p.height(), items, p.notes(), true, false, headingId, 0, null));
        }
        out.add(new FlowPiece(s.profile().opening().afterTitle().of(s.bodyLeading()), List.of(), List.of(), true, false, "", 0, null));
        return out;
    }

    /** Each note set at the note size: its number (linking back to the reference) then its text. */
    Map<NoteKey, List<FlowPiece>> notes(String chapterId, List<Footnote> notes) {
        Map<NoteKey, List<FlowPiece>> out = new HashMap<>();
        TextStyle style = cx.styles().note();
        for (Footnote fn : notes) {
            NoteKey key = new NoteKey(chapterId, fn.label());
            BlockLayout layout = new BlockLayout(cx, chapterId, style, null, key.anchor());
            List<Span> mark = List.of(new Span(fn.number() + ".", style, new Target.Internal(key.refAnchor(1))),
                    new Span("\u2002", style));
            List<Block> content = fn.content();
            if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph p) {
                List<Span> spans = new ArrayList<>(mark);
                spans.addAll(InlineSpans.of(p.content(), style, cx.styles(), chapterId));
                layout.paragraph(spans, key.anchor(), p);
                content = content.subList(1, content.size());
            } else {
                layout.paragraph(mark, key.anchor(), new Block.ThematicBreak(fn.span()));
            }
            List<FlowPiece> pieces = new ArrayList<>(layout.layout(content));
            FlowPiece first = pieces.get(0);
            List<FrameItem> items = new ArrayList<>(first.items());
            items.add(0, new FrameItem.Anchor(key.anchor(), 0, 0));
            pieces.set(0, new FlowPiece(first.height(), items, first.notes(), first.keepWithNext(), false,
                    first.blockId(), first.offset(), null));
            out.put(key, pieces);
        }
        return out;
    }
}
