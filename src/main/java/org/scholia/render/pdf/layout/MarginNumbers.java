package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.TextStyle;
import org.scholia.style.Profile;

/**
 * Paragraph and line numbers in the margins, set when a page becomes a frame (only then is it
 * known which side of the sheet is outer). Paragraph numbers are the annotation pass's
 * ({@link FlowPiece#paragraphNumber()}), printed beside the paragraph's first line; line numbers
 * count the lines of a chapter's running text — not headings, notes or the furniture — and are
 * printed every n-th line. Both are layout artifacts: a screen reader skips them.
 *
 * <p>One instance numbers the pages of one book in order: with {@code line-numbers-restart:
 * chapter} the count runs on from page to page.
 */
final class MarginNumbers {
    private final LayoutTools cx;
    private final Profile.MarginNumbers settings;
    private int line;
    private String chapter = "";

    MarginNumbers(LayoutTools cx) {
        this.cx = cx;
        this.settings = cx.styles().profile().marginNumbers();
    }

    /** Whether any number is printed at all (else {@link #page} adds nothing). */
    boolean enabled() {
        return settings.paragraphs() || settings.lineEvery() > 0;
    }

    /**
     * The numbers of one page's body.
     *
     * @param pageNumber 1-based physical page number (odd is a recto)
     * @param left       left edge of this page's text block, in sp
     * @param top        top of the text block, in sp
     */
    List<FrameItem> page(List<FlowPiece> body, int pageNumber, long left, long top) {
        List<FrameItem> out = new ArrayList<>();
        if (!enabled()) return out;
        if (settings.lineRestart() == Profile.LineRestart.PAGE) line = 0;
        Profile p = cx.styles().profile();
        boolean outerIsRight = !p.mirror() || pageNumber % 2 == 1;
        long y = top;
        for (FlowPiece piece : body) {
            long lastBaseline = Long.MIN_VALUE;
            for (FrameItem it : piece.items()) {
                FrameItem.TextLine t = it.accept(FrameItem.TEXT_LINE);
                if (t == null) continue;
                long baseline = y + t.baseline();
                if (piece.paragraphNumber() > 0 && settings.paragraphs() && lastBaseline == Long.MIN_VALUE) {
                    place(out, Integer.toString(piece.paragraphNumber()), baseline, outerIsRight, left, 0);
                }
                if (settings.lineEvery() > 0 && baseline != lastBaseline && countsAsLine(t, piece)) {
                    line++;
                    if (line % settings.lineEvery() == 0) {
                        boolean right = settings.lineSide() == Profile.Side.OUTER ? outerIsRight : !outerIsRight;
                        long beyond = settings.lineSide() == Profile.Side.OUTER && settings.paragraphs() ? paragraphColumn() : 0;
                        place(out, Integer.toString(line), baseline, right, left, beyond);
                    }
                }
                lastBaseline = baseline;
            }
            y += piece.height();
        }
        return out;
    }

    /**
     * A line of a chapter's running text (paragraphs, quotes, lists, tables, code), counted
     * once per baseline; a chapter change restarts the count when asked.
     */
    private boolean countsAsLine(FrameItem.TextLine t, FlowPiece piece) {
        if (piece.repeated() || t.tag().role() == Role.ARTIFACT) return false;
        Tag root = t.tag();
        boolean heading = false;
        while (root.parent() != null) {
            heading |= root.role() == Role.HEADING;
            root = root.parent();
        }
        heading |= root.role() == Role.HEADING;
        if (root.role() != Role.CHAPTER || heading) return false;
        if (!root.id().equals(chapter)) {
            chapter = root.id();
            if (settings.lineRestart() == Profile.LineRestart.CHAPTER) line = 0;
        }
        return true;
    }

    /** Width an outer line number stands beyond: the paragraph numbers' column and a gap. */
    private long paragraphColumn() {
        Line widest = cx.setter().single(List.of(new Span("000", style())), cp -> { });
        return widest.width() + settings.gap();
    }

    /** A number in the margin: left-aligned right of the text block, right-aligned left of it. */
    private void place(List<FrameItem> out, String number, long baseline, boolean right, long left, long beyond) {
        Line set = cx.setter().single(List.of(new Span(number, style())), cp -> { });
        long measure = cx.styles().profile().measure();
        long x = right ? left + measure + settings.gap() + beyond : left - settings.gap() - beyond - set.width();
        out.add(new FrameItem.TextLine(x, baseline, set, Tag.LAYOUT));
    }

    private TextStyle style() {
        return cx.styles().body().withSize(settings.size());
    }
}
