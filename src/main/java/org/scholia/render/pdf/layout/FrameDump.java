package org.scholia.render.pdf.layout;

import java.util.Locale;
import org.scholia.render.pdf.text.Run;

/**
 * A page frame as text, one item per line in painting order, positions in points: for
 * debugging and for tests that compare layouts without reading PDF bytes.
 *
 * <pre>
 * text      72.00   120.50 PARAGRAPH/0 ch01-p1 &lt; ch01 @0-23 "The term real socialism"
 * rule      72.00   700.10 w 113.39 h 0.40 #000000 ARTIFACT Layout
 * link      90.10   110.60 w 4.20 h 12.65 -> #note-ch01-a NOTE_REFERENCE/0 noteref-ch01-a-1 &lt; ch01-p1
 * link      72.00   130.10 w 60.00 h 12.65 -> uri https://example.org/ LINK/0 ch01-p1&gt;https://example.org/ &lt; ch01-p1
 * anchor    72.00    95.00 note-ch01-a
 * </pre>
 * A text line shows role/level, its element's id and, after "&lt;", the element's parent ("doc"
 * at the top); an artifact shows its kind (Pagination or Layout); see {@link Tag}.
 */
public final class FrameDump {
    private FrameDump() {
    }

    /** The page as text: a header line, then one line per item. */
    public static String of(Page page) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "page %d \"%s\" %.2f x %.2f%n", page.index(), page.label(), pt(page.width()),
                pt(page.height())));
        Lines lines = new Lines(sb);
        for (FrameItem it : page.items()) it.accept(lines);
        return sb.toString();
    }

    /** One line per item: its kind, place, size, structure tag and, for text, its words and their place in the model text. */
    private record Lines(StringBuilder sb) implements FrameItem.Visitor<Void> {
        public Void text(FrameItem.TextLine t) {
            return put("text   %8.2f %8.2f %s%s \"%s\"", pt(t.x()), pt(t.baseline()), tag(t.tag()), source(t.line()),
                    FrameDump.text(t));
        }

        public Void rule(FrameItem.Rule r) {
            return put("rule   %8.2f %8.2f w %.2f h %.2f #%06X %s", pt(r.x()), pt(r.y()), pt(r.width()), pt(r.thickness()),
                    r.rgb(), tag(r.tag()));
        }

        public Void picture(FrameItem.Picture p) {
            return put("image  %8.2f %8.2f w %.2f h %.2f %s alt \"%s\" %s", pt(p.x()), pt(p.y()), pt(p.width()),
                    pt(p.height()), p.file() == null ? "-" : p.file().href(), p.alt(), tag(p.tag()));
        }

        public Void link(FrameItem.LinkArea l) {
            return put("link   %8.2f %8.2f w %.2f h %.2f -> %s %s", pt(l.x()), pt(l.y()), pt(l.width()), pt(l.height()),
                    l.uri() != null ? "uri " + l.uri() : "#" + l.anchor(), tag(l.tag()));
        }

        public Void anchor(FrameItem.Anchor a) {
            return put("anchor %8.2f %8.2f %s", pt(a.x()), pt(a.y()), a.name());
        }

        private Void put(String format, Object... args) {
            sb.append(String.format(Locale.ROOT, format, args)).append('\n');
            return null;
        }
    }

    /** ROLE/level id < parent; an artifact shows its kind. */
    private static String tag(Tag t) {
        if (t.role() == Role.ARTIFACT) return "ARTIFACT " + t.id();
        return t.role() + "/" + t.level() + " " + t.id() + " < " + (t.parentId().isEmpty() ? "doc" : t.parentId());
    }

    /** " @12-40": where the line's text is in its block's model text (nothing for generated text). */
    private static String source(org.scholia.render.pdf.text.Line line) {
        return line.sourceStart() < 0 ? "" : " @" + line.sourceStart() + "-" + line.sourceEnd();
    }

    private static String text(FrameItem.TextLine t) {
        StringBuilder sb = new StringBuilder();
        for (Run r : t.line().runs()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(r.actualText() != null ? r.actualText() : r.text());
        }
        return sb.toString();
    }

    private static double pt(long sp) {
        return sp / 65536.0;
    }
}
