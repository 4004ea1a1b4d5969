package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.model.SourceSpan;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Run;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.Target;
import org.scholia.render.pdf.text.TextStyle;

/**
 * Sets the table of contents: one entry per chapter (sections indented below it), the title
 * ragged right, dot leaders on a fixed grid so the dots line up from entry to entry (as TeX's
 * {@code \dotfill} does not, but {@code \@dottedtocline} does), and the page number flush right.
 * Each entry links to its place.
 */
final class TocWriter {
    /** The contents' structure element: every entry is inside it. */
    private static final Tag CONTENTS = Tag.root(Role.CONTENTS, "toc");
    /** One line of the contents. */
    record Entry(String title, int level, String anchor, String page) {
    }

    private final LayoutTools cx;

    TocWriter(LayoutTools cx) {
        this.cx = cx;
    }

    List<FlowPiece> entries(List<Entry> entries) {
        Styles s = cx.styles();
        long measure = s.profile().measure();
        List<FlowPiece> out = new ArrayList<>();
        for (Entry e : entries) {
            TextStyle style = e.level() == 1 ? s.body() : s.body().withSize(s.note().size() + 1);
            long em = BlockLayout.emOf(style);
            long indent = (e.level() - 1) * em * 3 / 2;
            long leading = s.leading(style.size());
            Target target = new Target.Internal(e.anchor());
            if (e.level() == 1) out.add(FlowPiece.space(leading / 3, false));
            Line number = cx.setter().single(List.of(new Span(e.page(), style, target)), cp -> { });
            long numberX = measure - number.width();
            List<Line> lines = cx.setter().set(List.of(new Span(e.title(), style, target)), measure - indent - 3 * em,
                    Alignment.LEFT, 0, cx.missing().at(SourceSpan.ofFile("")));
            if (lines.isEmpty()) continue;
            List<Line> withLeaders = new ArrayList<>(lines.subList(0, lines.size() - 1));
            withLeaders.add(leaders(lines.get(lines.size() - 1), indent, number, numberX, style, target));
            List<FlowPiece> pieces = LinePieces.of(withLeaders, indent, leading, CONTENTS.child(Role.TOC_ENTRY, "toc-" + e.anchor()), "", 0, 2, 2);
            out.addAll(pieces);
        }
        return out;
    }

    /** The entry's last title line, then dots on a half-em grid, then the page number. */
    private Line leaders(Line last, long indent, Line number, long numberX, TextStyle style, Target target) {
        long unit = BlockLayout.emOf(cx.styles().body()) / 2; // one grid for every level, so all dots align
        List<Run> runs = new ArrayList<>(last.runs());
        Line dotLine = cx.setter().single(List.of(new Span(".", style, target)), cp -> { });
        if (!dotLine.runs().isEmpty()) {
            Run dot = dotLine.runs().get(0);
            // dots sit on a grid measured from the text block's edge, so they align across entries
            long start = ((indent + last.width() + unit) / unit + 1) * unit - indent;
            // and end at one place for every entry: before room for the widest page number
            long stop = cx.styles().profile().measure() - cx.setter().width("000", cx.styles().body()) - unit / 2;
            for (long x = start; x + indent + dot.width() <= Math.min(stop, numberX - unit); x += unit) {
                runs.add(new Run(x, dot.face(), dot.size(), dot.text(), null, null, dot.width(), 0, dot.rgb(), target));
            }
        }
        for (Run r : number.runs()) {
            runs.add(new Run(numberX - indent + r.x(), r.face(), r.size(), r.text(), r.actualText(), r.kerning(),
                    r.width(), r.rise(), r.rgb(), r.target()));
        }
        return new Line(runs, numberX - indent + number.width(), Math.max(last.ascent(), number.ascent()),
                Math.max(last.descent(), number.descent()), false, true);
    }
}
