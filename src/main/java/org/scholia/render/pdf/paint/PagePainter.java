package org.scholia.render.pdf.paint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.scholia.model.SourceSpan;
import org.scholia.model.ImageFile;
import org.scholia.render.pdf.layout.FrameItem;
import org.scholia.render.pdf.layout.Page;
import org.scholia.render.pdf.layout.Role;
import org.scholia.render.pdf.layout.Tag;
import org.scholia.render.pdf.text.Run;
import org.scholia.render.pdf.text.Sp;

/**
 * Writes one page frame's content stream: text lines (one BT/ET per line, one TJ per group of
 * runs that share font, size, colour and rise, ActualText around ligatures and added hyphens),
 * rules and images. Link annotations are made by {@link Navigation}. Safe to use on several
 * threads at once: it only reads the frame and the shared font cache.
 */
final class PagePainter {
    private final FontCache fonts;
    private final Map<ImageFile, String> images;
    /** Text a font could not encode, from every painting thread; reported once the pages are written. */
    private final Queue<Undrawn> undrawn = new ConcurrentLinkedQueue<>();

    /**
     * Text left out of a page because its font cannot encode it. The layout only gives a face
     * the characters it covers, so this means a font whose tables disagree with its PDF form.
     *
     * @param source the manuscript place of the line, or null for the furniture
     */
    record Undrawn(int page, String label, SourceSpan source, String text, String font) {
    }

    /** @param images resource name of each image (loaded beforehand), absent if it could not be read */
    PagePainter(FontCache fonts, Map<ImageFile, String> images) {
        this.fonts = fonts;
        this.images = images;
    }

    /** The page's content stream, uncompressed, in the writer it was written to. */
    ContentWriter content(Page frame) {
        double h = pt(frame.height());
        Items painter = new Items(new ContentWriter(), h, frame);
        for (FrameItem it : frame.items()) it.accept(painter);
        return painter.w;
    }

    /**
     * Draws one page's items into its content stream: one visitor per page, keeping the fill
     * colour in force between items. Link areas and anchors are annotations and destinations,
     * made by {@link Navigation}, not content.
     */
    private final class Items implements FrameItem.Visitor<Void> {
        final ContentWriter w;
        final double h;
        final Page frame;
        int fill = 0; // black, the initial fill colour

        Items(ContentWriter w, double h, Page frame) {
            this.w = w;
            this.h = h;
            this.frame = frame;
        }

        public Void rule(FrameItem.Rule r) {
            boolean artifact = open(r.tag());
            fill = setFill(w, r.rgb(), fill);
            w.num(pt(r.x())).num(h - pt(r.y()) - pt(r.thickness())).num(pt(r.width())).num(pt(r.thickness())).op("re").op("f");
            return close(artifact);
        }

        public Void text(FrameItem.TextLine t) {
            boolean artifact = open(t.tag());
            fill = line(w, t, h, fill, frame);
            return close(artifact);
        }

        public Void picture(FrameItem.Picture p) {
            boolean artifact = open(p.tag());
            String name = images.get(p.file());
            if (name != null) { // else it could not be read, and the painter said so
                w.op("q").num(pt(p.width())).num(0).num(0).num(pt(p.height())).num(pt(p.x()))
                        .num(h - pt(p.y()) - pt(p.height())).op("cm").name(name).op("Do").op("Q");
            }
            return close(artifact);
        }

        public Void link(FrameItem.LinkArea l) {
            return null;
        }

        public Void anchor(FrameItem.Anchor a) {
            return null;
        }

        /**
         * Running heads, folios and rules are marked as artifacts, so that readers and a later
         * tagged edition can tell them from the text.
         */
        private boolean open(Tag tag) {
            boolean artifact = tag.role() == Role.ARTIFACT;
            if (artifact) w.name("Artifact").op("BMC");
            return artifact;
        }

        private Void close(boolean artifact) {
            if (artifact) w.op("EMC");
            return null;
        }
    }

    /**
     * One line. The gaps between runs (inter-word glue as justified) are drawn as real space
     * characters with a TJ adjustment that lands the next word exactly where the layout put it,
     * so copying, searching and screen readers get the words apart. Adjustments are computed from
     * the PDF pen position itself, so rounding never accumulates along the line.
     */
    private int line(ContentWriter w, FrameItem.TextLine t, double pageHeight, int fill, Page frame) {
        List<Run> runs = t.line().runs();
        if (runs.isEmpty()) return fill;
        w.op("BT");
        FontCache.Font current = null;
        double size = -1;
        int i = 0;
        while (i < runs.size()) {
            Run first = runs.get(i);
            FontCache.Font font = fonts.get(first.face());
            if (font != current || first.size() != size) {
                w.name(font.name()).num(first.size()).op("Tf");
                current = font;
                size = first.size();
            }
            fill = setFill(w, first.rgb(), fill);
            double x0 = pt(t.x() + first.x());
            double y = pageHeight - pt(t.baseline() - first.rise());
            w.num(1).num(0).num(0).num(1).num(x0).num(y).op("Tm");
            if (first.actualText() != null) {
                w.name("Span").raw("<</ActualText ").textString(first.actualText()).raw(">> ").op("BDC");
                show(w, font, List.of(first), t, x0, frame);
                w.op("EMC");
                i++;
            } else {
                int j = i + 1;
                while (j < runs.size() && sameGroup(first, runs.get(j))) j++;
                show(w, font, runs.subList(i, j), t, x0, frame);
                i = j;
            }
        }
        w.op("ET");
        return fill;
    }

    private static boolean sameGroup(Run a, Run b) {
        return b.actualText() == null && a.face() == b.face() && a.size() == b.size() && a.rgb() == b.rgb()
                && a.rise() == b.rise();
    }

    /** Shows runs of one font as one TJ, starting at pen position x0 (points). */
    private void show(ContentWriter w, FontCache.Font font, List<Run> group, FrameItem.TextLine line, double x0, Page frame) {
        long lineX = line.x();
        double size = group.get(0).size();
        float space = font.space();
        w.raw("[");
        double pen = x0;
        boolean any = false;
        TjSink sink = new TjSink(w, font, missing -> undrawn.add(
                new Undrawn(frame.index(), frame.label(), line.source(), missing, group.get(0).face().name())));
        for (Run run : group) {
            if (run.text().isEmpty()) continue;
            double target = pt(lineX + run.x());
            double gap = target - pen;
            if (any && space > 0 && gap > space * size / 2000) {
                w.hex(FontCache.encode(font, " ").codes()).raw(" ");
                w.num(-(gap - space * size / 1000) * 1000 / size);
            } else if (Math.abs(gap) > 0.001) {
                w.num(-gap * 1000 / size);
            }
            sink.width = 0;
            if (run.kerning() == null) sink.text(run.text());
            else positioned(run.text(), run.kerning(), sink);
            double width = sink.width;
            pen = target + width * size / 1000;
            any = true;
        }
        w.raw("] ").op("TJ");
    }

    /** Receives a run's TJ operands: text pieces and the kerning between them. */
    interface TjOperands {
        void text(String piece);

        void adjust(float adjust);
    }

    /** Writes TJ operands, encoding each piece once per document, and sums their advance (1/1000 em). */
    private static final class TjSink implements TjOperands {
        private final ContentWriter w;
        private final FontCache.Font font;
        private final Consumer<String> undrawable;
        double width;

        TjSink(ContentWriter w, FontCache.Font font, Consumer<String> undrawable) {
            this.w = w;
            this.font = font;
            this.undrawable = undrawable;
        }

        @Override
        public void text(String piece) {
            FontCache.Encoded e = FontCache.encode(font, piece);
            if (Float.isNaN(e.width())) {
                undrawable.accept(piece);
                return;
            }
            w.hex(e.codes()).raw(" ");
            width += e.width();
        }

        @Override
        public void adjust(float adjust) {
            w.num(adjust);
            width -= adjust;
        }
    }

    /** What the pages written so far could not draw, in page order. */
    List<Undrawn> undrawn() {
        List<Undrawn> out = new ArrayList<>(undrawn);
        out.sort(java.util.Comparator.comparingInt(Undrawn::page));
        return out;
    }

    /** The TJ array: text pieces separated by the negated kerning (TJ moves left for positive numbers). */
    static Object[] positioned(String text, float[] kerning) {
        List<Object> out = new ArrayList<>();
        positioned(text, kerning, new TjOperands() {
            @Override
            public void text(String piece) {
                out.add(piece);
            }

            @Override
            public void adjust(float adjust) {
                out.add(adjust);
            }
        });
        return out.toArray();
    }

    /** The TJ operands of a kerned run, in order, without boxing or a list. */
    static void positioned(String text, float[] kerning, TjOperands sink) {
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            float k = i < kerning.length ? kerning[i] : 0;
            if (Character.isHighSurrogate(text.charAt(i))) continue;
            if (k != 0 && i < n - 1) {
                sink.text(text.substring(start, i + 1));
                start = i + 1;
                sink.adjust(-k);
            }
        }
        if (start < n) sink.text(start == 0 ? text : text.substring(start));
    }

    private static int setFill(ContentWriter w, int rgb, int current) {
        if (rgb == current) return current;
        w.num(((rgb >> 16) & 255) / 255.0).num(((rgb >> 8) & 255) / 255.0).num((rgb & 255) / 255.0).op("rg");
        return rgb;
    }

    static float pt(long sp) {
        return (float) Sp.toPt(sp);
    }
}
