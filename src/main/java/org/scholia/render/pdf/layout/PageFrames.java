package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Span;
import org.scholia.style.Profile;

/**
 * Turns composed pages into page frames: places the body from the top of the text block and the
 * footnotes up from its foot with their rule, and adds the furniture — running heads (book title
 * on versos, chapter title on rectos, none on openings), page numbers and the numbers in the
 * margins — as artifacts. Page geometry is asked of the profile per page: with mirrored margins
 * the text block, and with it every item and link area, moves with the binding side.
 */
final class PageFrames {
    private final LayoutTools cx;
    private final String bookTitle;
    private final MarginNumbers numbers;

    /** Frames for the pages of one book, in order (margin line numbers may run on across pages). */
    PageFrames(LayoutTools cx, String bookTitle) {
        this.cx = cx;
        this.bookTitle = bookTitle;
        this.numbers = new MarginNumbers(cx);
    }

    /** Named destination of a printed page number ("page-12"). */
    static String pageAnchor(String label) {
        return "page-" + label;
    }

    Page frame(int index, String label, PagePlan sheet) {
        Profile p = cx.styles().profile();
        long left = p.textLeft(index + 1);
        long top = p.margins().top();
        List<FrameItem> items = new ArrayList<>();
        items.add(new FrameItem.Anchor(pageAnchor(label), 0, 0));
        long y = top;
        for (FlowPiece piece : sheet.page().body()) {
            for (FrameItem it : piece.items()) items.add(it.shift(left, y));
            y += piece.height();
        }
        ComposedPage page = sheet.page();
        items.addAll(numbers.page(page.body(), index + 1, left, top));
        if (!page.notes().isEmpty()) {
            var rule = p.footnoteRule();
            long notesTop = top + p.textHeight() - page.notesHeight();
            long ruleY = notesTop - rule.skip() / 2 - rule.thickness();
            long width = page.continued() ? p.measure() : Math.min(rule.width(), p.measure());
            items.add(new FrameItem.Rule(left, ruleY, width, rule.thickness(), p.colors().rules(), Tag.LAYOUT));
            long ny = notesTop;
            for (FlowPiece piece : page.notes()) {
                for (FrameItem it : piece.items()) items.add(it.shift(left, ny));
                ny += piece.height();
            }
        }
        boolean recto = (index + 1) % 2 == 1;
        if (!sheet.opening() && sheet.folio()) {
            String head = recto ? sheet.runningHead() : bookTitle;
            Line line = single(head, cx.styles().runningHead());
            if (line != null) {
                long x = recto ? left + p.measure() - line.width() : left;
                long baseline = top - cx.styles().leading(cx.styles().runningHead().size()) * 2;
                items.add(new FrameItem.TextLine(x, baseline, line, Tag.PAGINATION));
            }
        }
        if (sheet.folio()) {
            Line line = single(label, cx.styles().folio());
            if (line != null) {
                long baseline = top + p.textHeight() + p.margins().bottom() / 2;
                // duplex: in the outer corner, where a thumb finds it; one-sided: centred
                long x = !p.mirror() ? left + (p.measure() - line.width()) / 2 : recto ? left + p.measure() - line.width() : left;
                items.add(new FrameItem.TextLine(x, baseline, line, Tag.PAGINATION));
            }
        }
        return new Page(index, label, p.pageWidth(), p.pageHeight(), items);
    }

    /** A one-line text no wider than the measure (a long title is cut at the last word that fits). */
    private Line single(String text, org.scholia.render.pdf.text.TextStyle style) {
        if (text == null || text.isBlank()) return null;
        long measure = cx.styles().profile().measure() * 3 / 4;
        List<Line> lines = cx.setter().set(List.of(new Span(text, style)), measure, Alignment.LEFT, 0, cp -> { });
        if (lines.isEmpty()) return null;
        return lines.get(0);
    }
}
