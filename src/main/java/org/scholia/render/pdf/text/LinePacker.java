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
        boolean hyphenated = end < items.size() && items.get(end) instanceof Penalty p && p.flagged() && p.width() > 0;
        List<Part> parts = new ArrayList<>();
        long natural = 0;
        long stretch = 0;
        long shrink = 0;
        int i = start;
        while (i < end) {
            BreakItem item = items.get(i);
            int k = par.itemPiece[i];
            if (item instanceof Box && k >= 0) {
                // the boxes of one piece (syllables, emergency parts) on this line make one run
                int from = par.itemFrom[i];
                int to = par.itemTo[i];
                int j = i + 1;
                while (j < end && (par.itemPiece[j] == k || items.get(j) instanceof Penalty)) {
                    if (items.get(j) instanceof Box) {
                        to = par.itemTo[j];
                    } else if (items.get(j) instanceof Glue g) {
                        stretch += g.stretch();  // an emergency break's line-end stretch
                        shrink += g.shrink();
                    }
                    j++;
                }
                TextPiece pc = par.pieces.get(k);
                boolean hyphen = hyphenated && j == end;
                Shaped shaped = from == pc.start() && to == pc.end() && !hyphen ? pc.shaped()
                        : fonts.shape(pc.face(), par.text.substring(from, to) + (hyphen ? "-" : ""));
                Word word = new Word(pc, shaped, shaped.widthSp(pc.size()), par.source.sourceStart(from, to),
                        par.source.sourceEnd(from, to));
                parts.add(word);
                natural += word.width();
                i = j;
                continue;
            }
            if (item instanceof Box b) {
                parts.add(new Indent(b.width()));
                natural += b.width();
            } else if (item instanceof Glue g) {
                parts.add(new Space(g));
                natural += g.width();
                stretch += g.stretch();
                shrink += g.shrink();
            }
            i++;
        }
        Adjustment adjust = adjustment(parts, measure - natural, justify, stretch, shrink, measure != Long.MAX_VALUE);
        double x = 0;
        if (!justify || last) {
            long used = Math.min(natural, measure);
            if (alignment == Alignment.RIGHT) {
                x = measure - used;
            } else if (alignment == Alignment.CENTER) {
                x = (measure - used) / 2.0;
            }
        }
        Line line = place(par, parts, x, adjust, measure, hyphenated, last);
        return new Line(line.runs(), line.width(), line.ascent(), line.descent(), hyphenated, last,
                line.sourceStart(), line.sourceEnd(), breakpoint, adjust.ratio());
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
