package org.scholia.render.pdf.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.scholia.model.PlainText;
import org.scholia.model.Block;
import org.scholia.model.BlockVisitor;
import org.scholia.model.Diagnostic;
import org.scholia.model.Inline;
import org.scholia.model.SourceSpan;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.TextStyle;
import org.scholia.style.Profile;

/**
 * Sets the blocks of a chapter, a note or a glossary definition into pieces: paragraphs
 * justified with first-line indents, headings kept with what follows, quotes and lists indented
 * (lists nest), code in mono without justification, tables, figures and thematic breaks. Every
 * block is set once, at the full measure less its indents, so page breaking never re-sets text.
 */
final class BlockLayout implements BlockVisitor<Void> {
    private final LayoutTools cx;
    private final String chapterId;
    private final List<Bookmark> outline;
    private final String noteAnchor;
    private final List<FlowPiece> out = new ArrayList<>();
    private final TextStyle base;
    private long left;
    private long right;
    private int listDepth;
    /** The language of a passage in another language being set (a language block), else null. */
    private String language;
    private boolean indentNext;
    private boolean keepFirstLines;
    private Role role;
    /** The chapter, note or glossary entry these blocks belong to: the scope of generated ids. */
    private Tag root;
    /** The structure element blocks go into now: the root, a section, a list item's body, a quote. */
    private Tag parent;
    /** Open sections, innermost first; a heading closes those of its level and below. */
    private final Deque<Tag> sections = new ArrayDeque<>();
    private int lists, tables, quotes, codes, figures, sectionsMade, unnamed;

    /**
     * @param outline    where section headings add bookmarks, or null inside notes
     * @param noteAnchor the note's anchor when setting a note's blocks (lines tagged NOTE), else null
     */
    BlockLayout(LayoutTools cx, String chapterId, TextStyle base, List<Bookmark> outline, String noteAnchor) {
        this.cx = cx;
        this.chapterId = chapterId;
        this.base = base;
        this.outline = outline;
        this.noteAnchor = noteAnchor;
        this.role = noteAnchor != null ? Role.NOTE : Role.PARAGRAPH;
        Tag chapter = Tag.root(Role.CHAPTER, chapterId);
        this.root = noteAnchor != null ? chapter.child(Role.NOTE, noteAnchor) : chapter;
        this.parent = root;
    }

    /** Puts the blocks under another element (a glossary entry) instead of the chapter. */
    BlockLayout under(Tag element) {
        root = element;
        parent = element;
        return this;
    }

    /** A fresh id in this layout's scope: "ch02-t1", "note-ch02-a-b1". */
    private String newId(String kind, int n) {
        return root.id() + "-" + kind + n;
    }

    /** Sets blocks and returns every piece so far. */
    List<FlowPiece> layout(List<Block> blocks) {
        for (Block b : blocks) b.accept(this);
        return out;
    }

    /** Sets one paragraph from spans (the note number or glossary headword already in front). */
    void paragraph(List<Span> spans, String id, Block source) {
        long measure = measure();
        long indent = indentNext ? cx.styles().profile().paragraphIndent() : 0;
        List<Line> lines = cx.setter().set(spans, measure, Alignment.JUSTIFY, indent, cx.missing().at(source.span()));
        addLines(lines, leading(), tag(id), id, source.span());
        indentNext = true;
    }

    long measure() {
        return cx.styles().profile().measure() - left - right;
    }

    /**
     * The indent of one more level of quote or list, less where deep nesting would leave less
     * than a third of the text width for the words: past that, deeper levels are set at the
     * same width, so that no nesting, however deep, pushes text off the page.
     *
     * @param sides 2 for a quote (indented on both sides), 1 for a list
     */
    private long nestedIndent(long indent, int sides) {
        long room = measure() - cx.styles().profile().measure() / 3;
        return Math.max(0, Math.min(indent, room / sides));
    }

    private long leading() {
        return cx.styles().leading(base.size());
    }

    /**
     * The tag of a paragraph-like element in the current parent: its model id, or a fresh one
     * where the model has none or it names the parent already (a note's first paragraph carries
     * the note's anchor, a glossary definition the entry's id).
     */
    private Tag tag(String id) {
        boolean own = id != null && !id.isEmpty() && !id.equals(parent.id());
        return parent.child(role, listDepth, own ? id : newId("b", ++unnamed));
    }

    private void addLines(List<Line> lines, long leading, Tag tag, String blockId, SourceSpan source) {
        var p = cx.styles().profile();
        List<FlowPiece> pieces = LinePieces.of(lines, left, leading, tag, blockId == null ? "" : blockId, 0, p.widows(), p.orphans(),
                source);
        if (keepFirstLines && !pieces.isEmpty()) {
            // a heading stays with the next two lines: bind the first line to the second
            if (pieces.size() > 1) pieces.set(0, pieces.get(0).withKeepWithNext(true));
            keepFirstLines = false;
        }
        out.addAll(pieces);
    }

    private void space(long height) {
        if (!out.isEmpty() && height > 0) out.add(FlowPiece.space(height, keepFirstLines));
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        int first = out.size();
        paragraph(InlineSpans.of(p.content(), base, cx.styles(), chapterId, language), p.id(), p);
        // the model's number goes with the first line, for the margin (and only there: it is
        // the annotation pass's fact, not recounted here)
        if (p.number() > 0 && out.size() > first) out.set(first, out.get(first).withParagraphNumber(p.number()));
        return null;
    }

    @Override
    public Void heading(Block.Heading h) {
        int level = Math.max(2, h.level());
        TextStyle style = cx.styles().heading(level).withSize(
                noteAnchor != null ? base.size() : cx.styles().heading(level).size());
        long leading = cx.styles().leading(style.size());
        space((level == 2 ? spacing().beforeSection() : spacing().beforeSubsection()).of(cx.styles().bodyLeading()));
        List<Line> lines = cx.setter().set(InlineSpans.of(h.content(), style, cx.styles(), chapterId, language),
                measure(), Alignment.LEFT, 0, cx.missing().at(h.span()));
        List<FlowPiece> pieces = LinePieces.of(lines, left, leading, openSection(level, h.id()), h.id(), 0, 1, 1, h.span());
        for (int i = 0; i < pieces.size(); i++) {
            FlowPiece piece = pieces.get(i).withKeepWithNext(true);
            if (i == 0) {
                List<FrameItem> items = new ArrayList<>(piece.items());
                items.add(0, new FrameItem.Anchor(h.id(), left, 0));
                piece = new FlowPiece(piece.height(), items, piece.notes(), true, false, h.id(), 0, null);
            }
            out.add(piece);
        }
        if (outline != null) outline.add(new Bookmark(PlainText.title(h.content()), level, h.id()));
        keepFirstLines = true;
        out.add(FlowPiece.space(spacing().afterHeading().of(cx.styles().bodyLeading()), true));
        indentNext = false;
        return null;
    }

    /**
     * Opens a section for a heading met at the top level of the flow (not in a list or quote),
     * closing the open ones of its level and below, and returns the heading line's tag.
     */
    private Tag openSection(int level, String modelId) {
        // headings in notes and glossary definitions get no id from the model
        String id = modelId.isEmpty() ? newId("s", ++sectionsMade) : modelId;
        boolean topLevel = sections.isEmpty() ? parent == root : parent == sections.peek();
        if (!topLevel) return parent.child(Role.HEADING, level, id + "-h");
        while (!sections.isEmpty() && sections.peek().level() >= level) sections.pop();
        Tag section = (sections.isEmpty() ? root : sections.peek()).child(Role.SECTION, level, id);
        sections.push(section);
        parent = section;
        return section.child(Role.HEADING, level, id + "-h");
    }

    /** A passage in another language: its blocks as usual, their words hyphenated in its language. */
    @Override
    public Void languageBlock(Block.LanguageBlock l) {
        String old = language;
        language = l.language();
        for (Block b : l.content()) b.accept(this);
        language = old;
        return null;
    }

    @Override
    public Void quote(Block.Quote q) {
        long indent = nestedIndent(cx.styles().profile().indents().quote().of(emOf(base)), 2);
        space(aroundBlocks(leading()));
        Role old = role;
        left += indent;
        right += indent;
        role = Role.QUOTE;
        indentNext = false;
        Tag outer = parent;
        parent = parent.child(Role.QUOTE, newId("q", ++quotes));
        for (Block b : q.content()) b.accept(this);
        parent = outer;
        left -= indent;
        right -= indent;
        role = old;
        space(aroundBlocks(leading()));
        indentNext = false;
        return null;
    }

    @Override
    public Void list(Block.ListBlock l) {
        var indents = cx.styles().profile().indents();
        long indent = nestedIndent((l.ordered() ? indents.numberedList() : indents.bulletedList()).of(emOf(base)), 1);
        if (listDepth == 0) space(aroundBlocks(leading()));
        listDepth++;
        Role old = role;
        left += indent;
        int number = l.start();
        Tag outer = parent;
        Tag list = parent.child(Role.LIST, listDepth, newId("l", ++lists));
        int k = 0;
        for (List<Block> item : l.items()) {
            String label = l.ordered() ? (number++) + "." : (listDepth % 2 == 1 ? "\u2022" : "\u2013");
            role = Role.LIST_ITEM;
            indentNext = false;
            int first = out.size();
            Tag entry = list.child(Role.LIST_ENTRY, listDepth, list.id() + "-i" + (++k));
            parent = entry.child(Role.LIST_ITEM, listDepth, entry.id() + "-body");
            for (Block b : item) b.accept(this);
            attachLabel(first, label, entry.child(Role.LIST_LABEL, listDepth, entry.id() + "-lbl"));
        }
        parent = outer;
        left -= indent;
        listDepth--;
        role = old;
        if (listDepth == 0) space(aroundBlocks(leading()));
        indentNext = false;
        return null;
    }

    /** Hangs a list item's bullet or number in the indent, on the item's first line. */
    private void attachLabel(int from, String label, Tag tag) {
        for (int i = from; i < out.size(); i++) {
            FlowPiece p = out.get(i);
            FrameItem.TextLine first = p.items().stream().map(it -> it.accept(FrameItem.TEXT_LINE))
                    .filter(t -> t != null).findFirst().orElse(null);
            if (first == null) continue;
            Line mark = cx.setter().single(List.of(new Span(label, base)), cp -> { });
            long x = left - mark.width() - cx.styles().profile().indents().listLabelGap().of(emOf(base));
            List<FrameItem> items = new ArrayList<>(p.items());
            items.add(new FrameItem.TextLine(x, first.baseline(), mark, tag));
            out.set(i, new FlowPiece(p.height(), items, p.notes(), p.keepWithNext(), false, p.blockId(), p.offset(), p.header()));
            return;
        }
    }

    @Override
    public Void code(Block.CodeBlock c) {
        TextStyle style = cx.styles().code().withSize(base.size() * cx.styles().code().size() / cx.styles().body().size());
        var code = cx.styles().profile().code();
        long leading = code.leading().of(cx.styles().leading(style.size()));
        long pad = code.padding().of(emOf(style));
        long space = cx.setter().width(" ", style);
        space(aroundBlocks(cx.styles().bodyLeading()));
        String[] sourceLines = c.text().replace("\t", "    ").split("\n", -1);
        int n = sourceLines.length;
        if (n > 0 && sourceLines[n - 1].isEmpty()) n--;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = sourceLines[i];
            String body = s.stripLeading();
            long indent = space * (s.length() - body.length());
            if (body.isEmpty()) {
                lines.add(new Line(List.of(), 0, 0, 0, false, true));
                continue;
            }
            lines.addAll(cx.setter().set(List.of(new Span(body, style)), measure() - 2 * pad, Alignment.LEFT,
                    Math.min(indent, measure() / 2), cx.missing().at(c.span())));
        }
        Role old = role;
        role = Role.CODE;
        List<FlowPiece> pieces = LinePieces.of(lines, left + pad, leading, parent.child(role, newId("c", ++codes)), "", 0,
                cx.styles().profile().widows(), cx.styles().profile().orphans(), c.span());
        role = old;
        for (FlowPiece p : pieces) {
            // a light tint behind every line makes the block read as one
            List<FrameItem> items = new ArrayList<>();
            items.add(new FrameItem.Rule(left, 0, measure(), p.height(), code.tint(), Tag.LAYOUT));
            items.addAll(p.items());
            out.add(new FlowPiece(p.height(), items, p.notes(), p.keepWithNext(), false, p.blockId(), p.offset(), null));
        }
        space(aroundBlocks(cx.styles().bodyLeading()));
        indentNext = false;
        return null;
    }

    @Override
    public Void table(Block.Table t) {
        space(aroundBlocks(leading()));
        out.addAll(new TableLayout(cx, chapterId, base, left, measure()).layout(t,
                parent.child(Role.TABLE, newId("t", ++tables))));
        space(aroundBlocks(leading()));
        indentNext = false;
        return null;
    }

    @Override
    public Void figure(Block.Figure f) {
        Inline.Image image = f.image();
        var file = image.file();
        boolean indentBefore = indentNext;
        boolean drawable = file != null && file.width() > 0 && file.height() > 0 && !file.mediaType().equals("image/svg+xml");
        space(aroundBlocks(leading()));
        if (!drawable) {
            cx.warnings().add(Diagnostic.warning("image-not-in-pdf", f.span(),
                    "the image " + (file == null ? "" : file.href()) + " cannot be drawn in the PDF; its alt text is shown instead",
                    "use a PNG or JPEG image"));
            paragraph(List.of(new Span("[" + (image.alt().isBlank() ? "image" : image.alt()) + "]", base.withItalic(true))), "", f);
        } else {
            var p = cx.styles().profile();
            double w = file.width() * 0.75 * 65536, h = file.height() * 0.75 * 65536; // 96 dpi
            double scale = Math.min(1, Math.min(measure() / w, p.textHeight() * p.figures().maxHeight().value() / h));
            long width = Math.round(w * scale), height = Math.round(h * scale);
            long x = left + (measure() - width) / 2;
            boolean caption = !image.title().isBlank();
            Tag figure = parent.child(Role.FIGURE, newId("f", ++figures));
            out.add(new FlowPiece(height, List.of(new FrameItem.Picture(x, 0, width, height, file, image.alt(),
                    f.span(), figure)), List.of(), caption, false, "", 0, null));
            if (caption) {
                out.add(FlowPiece.space(p.figures().captionBefore().of(leading()), true));
                TextStyle cs = base.withItalic(true).withSize(cx.styles().note().size());
                List<Line> lines = cx.setter().set(List.of(new Span(image.title(), cs)), measure(), Alignment.CENTER, 0,
                        cx.missing().at(f.span()));
                out.addAll(LinePieces.of(lines, left, cx.styles().leading(cs.size()), figure.child(Role.CAPTION, figure.id() + "-cap"),
                        "", 0, 2, 2, f.span()));
            }
        }
        space(aroundBlocks(leading()));
        // a figure may float away from its place, so the text around it reads as one run: the
        // paragraph after it keeps the indent it would have had
        indentNext = indentBefore;
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak t) {
        var rule = cx.styles().profile().thematicBreak();
        long width = rule.width().of(measure());
        long h = rule.space().of(leading());
        out.add(new FlowPiece(h, List.of(new FrameItem.Rule(left + (measure() - width) / 2, h / 2, width, rule.thickness(),
                cx.styles().profile().colors().rules(), Tag.LAYOUT)), List.of(), false, true, "", 0, null));
        indentNext = false;
        return null;
    }

    private Profile.Spacing spacing() {
        return cx.styles().profile().spacing();
    }

    /** The space above and below a quote, list, code block, table or figure set at this leading. */
    private long aroundBlocks(long leading) {
        return spacing().aroundBlocks().of(leading);
    }

    static long emOf(TextStyle style) {
        return Math.round(style.size() * 65536);
    }
}
