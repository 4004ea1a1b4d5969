package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.model.Block;
import org.scholia.model.Glossary;
import org.scholia.model.GlossaryEntry;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.Target;
import org.scholia.render.pdf.text.TextStyle;

/**
 * The glossary at the back: each headword in bold running into its definition, set like the
 * body (with its own footnotes), and followed by the pages where the term is used, each number
 * a link to its page.
 */
final class GlossaryLayout {
    static final String ID = "glossary";
    private final LayoutTools cx;
    private final ChapterLayout chapters;

    GlossaryLayout(LayoutTools cx, ChapterLayout chapters) {
        this.cx = cx;
        this.chapters = chapters;
    }

    List<ComposedPage> layout(Glossary g, String title, TermPages index) {
        TextStyle body = cx.styles().body();
        List<FlowPiece> flow = new ArrayList<>(chapters.opener(Tag.root(Role.GLOSSARY, ID), List.of(new Span(title, cx.styles().heading(1))),
                List.of(ID), ID, org.scholia.model.SourceSpan.ofFile(g.file())));
        for (GlossaryEntry e : g.entries()) {
            BlockLayout layout = new BlockLayout(cx, ID, body, null, null)
                    .under(Tag.root(Role.GLOSSARY, ID).child(Role.GLOSSARY_TERM, e.id()));
            List<Span> head = List.of(new Span(e.headword(), body.withBold(true)), new Span("\u2003", body));
            List<Span> pages = pages(index, e.id(), body);
            List<Block> def = e.definition();
            if (def.isEmpty() || !(def.get(0) instanceof Block.Paragraph)) {
                layout.paragraph(concat(head, def.isEmpty() ? pages : List.of()), e.id(), new Block.ThematicBreak(e.span()));
            }
            for (int i = 0; i < def.size(); i++) {
                Block b = def.get(i);
                if (b instanceof Block.Paragraph p) {
                    List<Span> spans = new ArrayList<>();
                    if (i == 0) spans.addAll(head);
                    spans.addAll(InlineSpans.of(p.content(), body, cx.styles(), ID));
                    if (i == def.size() - 1) spans.addAll(pages);
                    layout.paragraph(spans, p.id().isEmpty() ? e.id() : p.id(), p);
                } else {
                    b.accept(layout);
                    if (i == def.size() - 1 && !pages.isEmpty()) layout.paragraph(pages, e.id(), b);
                }
            }
            List<FlowPiece> pieces = new ArrayList<>(layout.layout(List.of()));
            if (pieces.isEmpty()) continue;
            FlowPiece p0 = pieces.get(0);
            List<FrameItem> items = new ArrayList<>(p0.items());
            items.add(0, new FrameItem.Anchor(e.id(), 0, 0));
            pieces.set(0, new FlowPiece(p0.height(), items, p0.notes(), p0.keepWithNext(), false, p0.blockId(), p0.offset(), null));
            flow.add(FlowPiece.space(cx.styles().bodyLeading() / 2, false));
            flow.addAll(pieces);
        }
        return chapters.compose(flow, chapters.notes(ID, g.notes()));
    }

    /** " 12, 15–16" after the definition, each number linking to its page. */
    private List<Span> pages(TermPages index, String entryId, TextStyle body) {
        List<String> ranges = TermPages.ranges(index.pages(entryId));
        List<Span> out = new ArrayList<>();
        if (ranges.isEmpty()) return out;
        out.add(new Span("\u2003", body));
        for (int i = 0; i < ranges.size(); i++) {
            String r = ranges.get(i);
            String first = r.split("\u2013")[0];
            out.add(new Span(r + (i < ranges.size() - 1 ? "," : ""), body.withColor(cx.styles().linkColor()),
                    new Target.Internal(PageFrames.pageAnchor(first))));
            if (i < ranges.size() - 1) out.add(new Span(" ", body));
        }
        return out;
    }

    private static List<Span> concat(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
