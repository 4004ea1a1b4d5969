package org.scholia.render.pdf.text;

import java.util.ArrayList;
import java.util.List;

import org.scholia.render.pdf.font.FontFace;
import org.scholia.render.pdf.font.FontLibrary;
import org.scholia.render.pdf.font.Shaped;

/**
 * Packs the items of one line into a {@link Line}, as TeX's {@code hpack} sets a line's glue:
 * the words are shaped as they will be drawn (a word broken at a hyphen is reshaped with the
 * hyphen, so kerning before it is right), the glue is stretched or shrunk to the measure from
 * those real widths, and each word becomes a {@link Run} at its x.
 *
 * <p>The breaker measured syllables as parts of the whole word; the drawn parts can differ by
 * a kerning pair at the break, so the adjustment is computed again here. A line that still
 * comes out too wide (such a kerning pair on a line without shrink) is squeezed in its spaces
 * beyond their shrink: a few hundredths of a point, never past the measure.
 *
 * <p>In justified text, punctuation at the line's ends hangs into the margins
 * ({@link Protrusion}): the line is set to the measure plus what hangs, starting left of the
 * margin by what hangs there, so its letters end on the measure.
 */
final class LinePacker {

    /** Rounding of run positions may leave a line this many sp over; it is taken back. */
    private static final long ROUNDING = 16;

    private final FontLibrary fonts;

    LinePacker(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** What a line is made of before it is positioned. */
    private sealed interface Part permits Word, Space, Indent {
    }

    /** A piece, or the part of one on this line, shaped. */
    private record Word(TextPiece piece, Shaped shaped, long width, int sourceStart, int sourceEnd) implements Part {
    }

    private record Space(Glue glue) implements Part {
    }

    private record Indent(long width) implements Part {
    }

    /**
     * The line of items [start, end) of a paragraph, broken at end.
     *
     * @param measure Long.MAX_VALUE for a line of natural width
     * @param breakpoint the break the line ends at, kept in the line; null for a single line
     */
    Line pack(Paragraph par, int start, int end, long measure, Alignment alignment, boolean justify, boolean last,
              Breakpoint breakpoint) {
        List<BreakItem> items = par.items;
        boolean hyphenated = end < items.size() && items.get(end) instanceof Discretionary;
        Parts parts = new Parts();
        int i = start;
        while (i < end) {
            if (items.get(i) instanceof Box b && b.draws()) {
                i = word(par, b, i, end, hyphenated, parts);
            } else {
                items.get(i).accept(parts);
                i++;
            }
        }
        long hangLeft = justify ? Protrusion.atStart(items, start) : 0;
        long hangRight = justify && end < items.size() ? Protrusion.atEnd(items, end) : 0;
        long natural = parts.natural - hangLeft - hangRight;
        long stretch = parts.stretch;
        long shrink = parts.shrink;
        Adjustment adjust = adjustment(parts.list, measure - natural, justify, stretch, shrink, measure != Long.MAX_VALUE);
        double x = -hangLeft;
        if (!justify || last) {
            long used = Math.min(natural, measure);
            if (alignment == Alignment.RIGHT) {
                x = measure - used;
            } else if (alignment == Alignment.CENTER) {
                x = (measure - used) / 2.0;
            }
        }
        Line line = place(par, parts.list, x, adjust, measure == Long.MAX_VALUE ? measure : measure + hangRight,
                hyphenated, last);
        return new Line(line.runs(), line.width(), line.ascent(), line.descent(), hyphenated, last,
                line.sourceStart(), line.sourceEnd(), breakpoint, adjust.ratio());
    }

    /**
     * The boxes of one piece on this line (syllables, emergency parts) as one run, starting at
     * box i: shaped as drawn, with the hyphen when the line breaks right after them. Between
     * the boxes there is only the piece's own emergency glue, whose stretch counts. Returns the
     * index after the run and the penalties that follow it.
     */
    private int word(Paragraph par, Box first, int i, int end, boolean hyphenated, Parts parts) {
        List<BreakItem> items = par.items;
        TextPiece pc = first.piece();
        int to = first.to();
        int j = i + 1;
        for (int q = i + 1; q < end; q++) {
            if (items.get(q) instanceof Box b) {
                if (b.piece() != pc) {
                    break;
                }
                to = b.to();
                j = q + 1;
            }
        }
        for (int q = i + 1; q < j; q++) {
            if (items.get(q) instanceof Glue g) {
                parts.stretch += g.stretch();  // an emergency break's line-end stretch
                parts.shrink += g.shrink();
            }
        }
        while (j < end && !(items.get(j) instanceof Box) && !(items.get(j) instanceof Glue)) {
            j++;
        }
        int from = first.from();
        boolean hyphen = hyphenated && j == end;
        Shaped shaped = from == pc.start() && to == pc.end() && !hyphen ? pc.shaped()
                : fonts.shape(pc.face(), par.text.substring(from, to) + (hyphen ? "-" : ""));
        Word word = new Word(pc, shaped, shaped.widthSp(pc.size()), par.source.sourceStart(from, to),
                par.source.sourceEnd(from, to));
        parts.list.add(word);
        parts.natural += word.width();
        return j;
    }

    /** A line's parts and their sums, collected item by item. */
    private static final class Parts implements BreakItem.Visitor<Void> {
        final List<Part> list = new ArrayList<>();
        long natural;
        long stretch;
        long shrink;

        @Override
        public Void box(Box b) {
            list.add(new Indent(b.width()));  // a box that draws nothing
            natural += b.width();
            return null;
        }

        @Override
        public Void glue(Glue g) {
            list.add(new Space(g));
            natural += g.width();
            stretch += g.stretch();
            shrink += g.shrink();
            return null;
        }

        @Override
        public Void penalty(Penalty p) {
            return null;  // not taken: invisible
        }

        @Override
        public Void discretionary(Discretionary d) {
            return null;  // not taken: the word runs on
        }
    }

    /**
     * How the line's glue is set: ratio × stretch when it stretches, ratio × shrink when it
     * shrinks; {@code squeeze} shrinks spaces by a third of their width when their own shrink
     * (none in ragged text) cannot absorb an excess.
     */
    private record Adjustment(double ratio, boolean squeeze) {
        double of(Glue g) {
            if (ratio > 0) {
                return ratio * g.stretch();
            }
            return ratio * (squeeze ? g.width() / 3.0 : g.shrink());
        }
    }

    private static Adjustment adjustment(List<Part> parts, long shortfall, boolean justify, long stretch, long shrink,
                                         boolean bounded) {
        if (justify && shortfall > 0 && stretch > 0) {
            return new Adjustment((double) shortfall / stretch, false);
        }
        if (shortfall < 0 && bounded) {
            if (shrink > 0 && -shortfall <= shrink) {
                return new Adjustment((double) shortfall / shrink, false);
            }
            long squeezable = 0;
            for (Part p : parts) {
                if (p instanceof Space s) {
                    squeezable += s.glue().width() / 3;
                }
            }
            if (squeezable > 0) {
                return new Adjustment(Math.max(-3, (double) shortfall / squeezable), true);
            }
        }
        return new Adjustment(0, false);
    }

    private Line place(Paragraph par, List<Part> parts, double x, Adjustment adjust, long measure, boolean hyphenated,
                       boolean last) {
        List<Run> runs = new ArrayList<>();
        long ascent = 0;
        long descent = 0;
        long right = 0;
        for (Part part : parts) {
            if (part instanceof Word w) {
                TextPiece pc = w.piece();
                if (!w.shaped().text().isEmpty()) {
                    long rx = Math.round(x);
                    runs.add(new Run(rx, pc.face(), pc.size(), w.shaped().text(), w.shaped().actualText(),
                            w.shaped().kerning(), w.width(), pc.rise(), pc.style().rgb(), pc.target(),
                            w.sourceStart(), w.sourceEnd()));
                    right = rx + w.width();
                    ascent = Math.max(ascent, em(pc.face().ascent(), pc.size()) + pc.rise());
                    descent = Math.max(descent, em(pc.face().descent(), pc.size()) - pc.rise());
                }
                x += w.width();
            } else if (part instanceof Indent in) {
                x += in.width();
            } else {
                Glue g = ((Space) part).glue();
                x += g.width() + adjust.of(g);
            }
        }
        if (right > measure && right - measure <= ROUNDING && !runs.isEmpty()) {
            // positions are rounded run by run: never let that push the ink past the measure
            Run r = runs.remove(runs.size() - 1);
            long dx = right - measure;
            runs.add(r.at(r.x() - dx));
            right = measure;
        }
        if (runs.isEmpty() && par.firstStyle != null) {
            FontFace face = fonts.face(par.firstStyle);
            ascent = em(face.ascent(), par.firstStyle.size());
            descent = em(face.descent(), par.firstStyle.size());
        }
        return new Line(runs, right, ascent, descent, hyphenated, last);
    }

    private static long em(double thousandths, double size) {
        return Math.round(thousandths * size * 65.536);
    }
}
