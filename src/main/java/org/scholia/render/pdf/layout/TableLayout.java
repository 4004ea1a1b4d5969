package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.model.Block;
import org.scholia.model.Inline;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.TextStyle;

/**
 * Sets a table in the booktabs manner (a heavy rule above and below, a light one under the
 * header, no vertical rules). Column widths come from the content: each column gets at least its
 * longest word and the remaining width is shared in proportion to how much more each column's
 * longest cell wants, as HTML's auto table layout does. Cells wrap, ragged right. Each row is one
 * piece; body rows carry the header rows so the page builder can repeat them on a new page.
 */
final class TableLayout {
    private static final int UNBREAKABLE_LINES = 6;

    private final LayoutTools cx;
    private final String chapterId;
    private final TextStyle base;
    private final long left;
    private final long measure;

    TableLayout(LayoutTools cx, String chapterId, TextStyle base, long left, long measure) {
        this.cx = cx;
        this.chapterId = chapterId;
        this.base = base.withSize(cx.styles().note().size() + (base.size() - cx.styles().note().size()) / 2);
        this.left = left;
        this.measure = measure;
    }

    /** @param table the table's structure element: rows and cells are tagged inside it */
    List<FlowPiece> layout(Block.Table t, Tag table) {
        int cols = t.columns();
        if (cols == 0) return List.of();
        long pad = BlockLayout.emOf(base) * 2 / 5;
        long[] widths = widths(t, cols, pad);
        int rgb = cx.styles().profile().colors().rules();
        long heavy = cx.styles().profile().tableRules().heavy(), light = cx.styles().profile().tableRules().light();
        List<FlowPiece> header = new ArrayList<>();
        for (int r = 0; r < t.header().size(); r++) {
            boolean first = r == 0, lastHeader = r == t.header().size() - 1;
            Tag row = table.child(Role.TABLE_ROW, table.id() + "-r" + (r + 1));
            for (FlowPiece p : row(t, row, t.header().get(r), widths, pad, true, first ? heavy : 0, lastHeader ? light : 0, rgb)) {
                header.add(p.withKeepWithNext(true));
            }
        }
        List<FlowPiece> out = new ArrayList<>(header);
        for (int r = 0; r < t.body().size(); r++) {
            boolean first = r == 0 && header.isEmpty(), last = r == t.body().size() - 1;
            Tag row = table.child(Role.TABLE_ROW, table.id() + "-r" + (t.header().size() + r + 1));
            List<FlowPiece> slices = row(t, row, t.body().get(r), widths, pad, false, first ? heavy : 0, last ? heavy : 0, rgb);
            int n = slices.size();
            // keep the last two rows together so a table never ends with a lone row on a page
            if (r == t.body().size() - 2) slices.set(n - 1, slices.get(n - 1).withKeepWithNext(true));
            for (int i = 0; i < n; i++) {
                FlowPiece p = slices.get(i);
                // a row may break only where its slices allow; wherever the table goes on, its header repeats
                boolean startsChunk = i == 0 || !slices.get(i - 1).keepWithNext();
                out.add(header.isEmpty() || (r == 0 && i == 0) || !startsChunk ? p : p.withHeader(header));
            }
        }
        return out;
    }

    private long[] widths(Block.Table t, int cols, long pad) {
        long[] natural = new long[cols];
        long[] min = new long[cols];
        List<List<List<Inline>>> rows = new ArrayList<>(t.header());
        rows.addAll(t.body());
        for (int r = 0; r < rows.size(); r++) {
            boolean head = r < t.header().size();
            List<List<Inline>> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                List<Span> spans = spans(row.get(c), head);
                natural[c] = Math.max(natural[c], cx.setter().single(spans, cp -> { }).width());
                for (Span s : spans) {
                    for (String word : s.text().split("\\s+")) {
                        if (!word.isEmpty()) min[c] = Math.max(min[c], cx.setter().width(word, s.style()));
                    }
                }
            }
        }
        long avail = measure - 2L * pad * cols;
        long sumNat = 0, sumMin = 0;
        for (int c = 0; c < cols; c++) {
            min[c] = Math.min(min[c], natural[c]);
            sumNat += natural[c];
            sumMin += min[c];
        }
        long[] w = new long[cols];
        for (int c = 0; c < cols; c++) {
            if (sumNat <= avail) {
                w[c] = natural[c];
            } else if (sumMin >= avail) {
                w[c] = Math.max(1, sumMin == 0 ? avail / cols : min[c] * avail / sumMin);
            } else {
                w[c] = min[c] + (long) ((double) (natural[c] - min[c]) * (avail - sumMin) / (sumNat - sumMin));
            }
        }
        return w;
    }

    private List<Span> spans(List<Inline> cell, boolean head) {
        return InlineSpans.of(cell, head ? base.withBold(true) : base, cx.styles(), chapterId);
    }

    /**
     * A row as one piece per line of text ("slices"), so that a row taller than a page can still
     * break between lines. A short row (up to {@value #UNBREAKABLE_LINES} lines) keeps its slices
     * together; a longer one breaks with at least two lines on each side.
     */
    private List<FlowPiece> row(Block.Table t, Tag row, List<List<Inline>> cells, long[] widths, long pad, boolean head,
                            long ruleAbove, long ruleBelow, int rgb) {
        long leading = cx.styles().leading(base.size());
        long vpad = leading / 4;
        List<List<Line>> set = new ArrayList<>();
        int maxLines = 1;
        for (int c = 0; c < widths.length; c++) {
            List<Inline> cell = c < cells.size() ? cells.get(c) : List.of();
            Alignment a = switch (c < t.alignments().size() ? t.alignments().get(c) : Block.Alignment.DEFAULT) {
                case CENTER -> Alignment.CENTER;
                case RIGHT -> Alignment.RIGHT;
                default -> Alignment.LEFT;
            };
            List<Line> lines = cell.isEmpty() ? List.of()
                    : cx.setter().set(spans(cell, head), widths[c], a, 0, cx.missing().at(t.span()));
            set.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        long tableWidth = 0;
        for (long w : widths) tableWidth += w + 2 * pad;
        Tag[] cellTags = new Tag[widths.length];
        for (int c = 0; c < widths.length; c++) {
            cellTags[c] = row.child(head ? Role.TABLE_HEADER : Role.TABLE_CELL, row.id() + "-c" + (c + 1));
        }
        List<FlowPiece> slices = new ArrayList<>();
        for (int i = 0; i < maxLines; i++) {
            boolean first = i == 0, last = i == maxLines - 1;
            long top = first ? ruleAbove + vpad : 0;
            long height = top + leading + (last ? vpad + ruleBelow : 0);
            List<FrameItem> items = new ArrayList<>();
            if (first && ruleAbove > 0) items.add(new FrameItem.Rule(left, 0, tableWidth, ruleAbove, rgb, Tag.LAYOUT));
            List<NoteKey> notes = new ArrayList<>();
            long x = left;
            for (int c = 0; c < widths.length; c++) {
                if (i < set.get(c).size()) {
                    Line line = set.get(c).get(i);
                    long baseline = top + leading - Math.max(line.descent(), leading / 4);
                    items.add(new FrameItem.TextLine(x + pad, baseline, line, cellTags[c], t.span()));
                    LinePieces.addLinks(line, x + pad, baseline, cellTags[c], items, notes);
                }
                x += widths[c] + 2 * pad;
            }
            if (last && ruleBelow > 0) items.add(new FrameItem.Rule(left, height - ruleBelow, tableWidth, ruleBelow, rgb, Tag.LAYOUT));
            boolean breakable = maxLines > UNBREAKABLE_LINES && i + 1 >= 2 && maxLines - (i + 1) >= 2;
            slices.add(new FlowPiece(height, items, notes, !last && !breakable, false, "", 0, null));
        }
        return slices;
    }
}
