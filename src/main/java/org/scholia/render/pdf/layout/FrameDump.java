package org.scholia.render.pdf.layout;

import java.util.Locale;
import org.scholia.render.pdf.text.Run;

/**
 * A page frame as text, one item per line in painting order, positions in points: for
 * debugging and for tests that compare layouts without reading PDF bytes.
 *
 * <pre>
 * text     72.00  120.50 PARAGRAPH/0 ch01-p1 "The term real socialism"
 * rule     72.00  700.10 w 113.39 h 0.40 ARTIFACT
 * link     90.10  110.60 w 4.20 h 12.65 -> note-ch01-a
 * anchor   72.00   95.00 note-ch01-a
 * </pre>
 */
public final class FrameDump {
    private FrameDump() {
    }

    public static String of(Page page) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "page %d \"%s\" %.2f x %.2f%n", page.index(), page.label(), pt(page.width()),
                pt(page.height())));
        for (FrameItem it : page.items()) {
            if (it instanceof FrameItem.TextLine t) {
                sb.append(String.format(Locale.ROOT, "text   %8.2f %8.2f %s/%d %s \"%s\"%n", pt(t.x()), pt(t.baseline()),
                        t.tag().role(), t.tag().level(), t.tag().structId(), text(t)));
            } else if (it instanceof FrameItem.Rule r) {
                sb.append(String.format(Locale.ROOT, "rule   %8.2f %8.2f w %.2f h %.2f %s%n", pt(r.x()), pt(r.y()),
                        pt(r.width()), pt(r.thickness()), r.tag().role()));
            } else if (it instanceof FrameItem.Picture p) {
                sb.append(String.format(Locale.ROOT, "image  %8.2f %8.2f w %.2f h %.2f %s alt \"%s\"%n", pt(p.x()), pt(p.y()),
                        pt(p.width()), pt(p.height()), p.file().href(), p.alt()));
            } else if (it instanceof FrameItem.LinkArea l) {
                sb.append(String.format(Locale.ROOT, "link   %8.2f %8.2f w %.2f h %.2f -> %s%n", pt(l.x()), pt(l.y()),
                        pt(l.width()), pt(l.height()), l.uri() != null ? l.uri() : l.anchor()));
            } else if (it instanceof FrameItem.Anchor a) {
                sb.append(String.format(Locale.ROOT, "anchor %8.2f %8.2f %s%n", pt(a.x()), pt(a.y()), a.name()));
            }
        }
        return sb.toString();
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
