package org.scholia.render.pdf.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.scholia.render.pdf.font.FontFace;
import org.scholia.render.pdf.font.FontLibrary;
import org.scholia.render.pdf.font.Shaped;

/**
 * Sets paragraphs into lines: the inline pass of the PDF layout. Spans are collected and shaped
 * into boxes, glue and penalties ({@link Paragraph}), broken by {@link LineBreaker}
 * (Knuth–Plass), and each line is turned into positioned {@link Run}s, one per word or
 * word-piece; spaces are not drawn, justification is the placing of words.
 *
 * <p>Justified text uses the glue's stretch and shrink. Ragged text (LEFT, CENTER, RIGHT) is
 * broken by the same total-fit breaker with rigid spaces and a line-end stretch of
 * {@value #RAGGED_EMS} em, as TeX's {@code \raggedright}: it evens out the ragged edge instead
 * of leaving the greedy staircase.
 *
 * <p>Superscript spans (note marks) are set at {@value Paragraph#SUPERSCRIPT_SCALE} of their
 * size, raised by {@value Paragraph#SUPERSCRIPT_RISE} em.
 *
 * <p>An instance keeps caches (shaping in the font library, hyphenation per word, the ICU break
 * iterator) and is not thread-safe: use one per thread.
 */
public final class ParagraphSetter {

    static final double RAGGED_EMS = 3;

    private final FontLibrary fonts;
    private final Hyphenator hyphenator;
    private final LineBreakParams params;
    private final BreakIterator breaker;

    /** @param language BCP 47 language of the book ("en", "en-GB", "ru", ...): hyphenation patterns, UAX #14 tailoring */
    public ParagraphSetter(FontLibrary fonts, String language) {
        this(fonts, language, LineBreakParams.tex());
    }

    public ParagraphSetter(FontLibrary fonts, String language, LineBreakParams params) {
        this.fonts = fonts;
        this.hyphenator = new Hyphenator(language);
        this.params = params;
        this.breaker = BreakIterator.getLineInstance(ULocale.forLanguageTag(language == null ? "" : language));
    }

    /**
     * Breaks a paragraph into lines no wider than measure. firstIndent indents line 1.
     * missing receives each code point no face (nor fallback) can draw, once per call; such
     * characters are left out.
     */
    public List<Line> set(List<Span> spans, long measure, Alignment alignment, long firstIndent, IntConsumer missing) {
        boolean justify = alignment == Alignment.JUSTIFY;
        LineBreakParams p = params;
        if (!justify) {
            double size = spans.isEmpty() ? 10 : spans.get(0).style().size();
            p = params.ragged(Sp.of(size * RAGGED_EMS));
        }
        Paragraph par = new Paragraph(spans, firstIndent, measure, justify, true, fonts, hyphenator, p, breaker, missing);
        Breaking breaking = new LineBreaker(p).breakLines(par.items, measure);
        List<Line> lines = new ArrayList<>(breaking.breaks().size());
        int start = 0;
        List<Breakpoint> breaks = breaking.breaks();
        for (int l = 0; l < breaks.size(); l++) {
            int end = breaks.get(l).index();
            boolean last = l == breaks.size() - 1;
            lines.add(line(par, start, end, measure, alignment, justify, last));
            start = after(par.items, end);
        }
        return lines;
    }

    /** One unbroken, left-aligned line (TOC entries, running heads, page numbers). */
    public Line single(List<Span> spans, IntConsumer missing) {
        Paragraph par = new Paragraph(spans, 0, Long.MAX_VALUE, false, false, fonts, hyphenator, params, breaker, missing);
        return line(par, 0, par.items.size() - 1, Long.MAX_VALUE, Alignment.LEFT, false, true);
    }

    /** Natural width of a text in a style, kerning included (dot leaders, right-aligned numbers). */
    public long width(String text, TextStyle style) {
        return single(List.of(new Span(text, style)), cp -> { }).width();
    }

    /** The first item of the line after a break at b: glue and penalties there are discarded. */
    private static int after(List<Item> items, int b) {
        int s = b + 1;
        while (s < items.size() && !(items.get(s) instanceof Box) && !(items.get(s) instanceof Penalty p && p.isForced())) {
            s++;
        }
        return s;
    }

    /** Builds the line of items [start, end), broken at end. */
    private Line line(Paragraph par, int start, int end, long measure, Alignment alignment, boolean justify, boolean last) {
        List<Item> items = par.items;
        boolean hyphenated = end < items.size() && items.get(end) instanceof Penalty p && p.flagged() && p.width() > 0;
        // first the line's content at natural width: runs (shaped pieces) and glue, in order
        List<Object> content = new ArrayList<>();
        long natural = 0;
        long stretch = 0;
        long shrink = 0;
        long emergencyShrink = 0;
        int i = start;
        while (i < end) {
            Item item = items.get(i);
            int k = par.itemPiece[i];
            if (item instanceof Box b && k >= 0) {
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
                Piece pc = par.pieces.get(k);
                boolean hyphen = hyphenated && j == end;
                Shaped shaped = from == pc.start() && to == pc.end() && !hyphen ? pc.shaped()
                        : fonts.shape(pc.face(), par.text.substring(from, to) + (hyphen ? "-" : ""));
                Placed placed = new Placed(pc, shaped, shaped.widthSp(pc.size()));
                content.add(placed);
                natural += placed.width;
                i = j;
            } else {
                if (item instanceof Box b) {
                    content.add(b);
                    natural += b.width();
                } else if (item instanceof Glue g) {
                    content.add(g);
                    natural += g.width();
                    stretch += g.stretch();
                    shrink += g.shrink();
                    emergencyShrink += g.width() / 3;
                }
                i++;
            }
        }
        // then the adjustment: justified lines fill the measure, any line is squeezed if it is too long
        double ratio = 0;
        long shortfall = measure - natural;
        boolean useEmergency = false;
        if (justify && shortfall > 0 && stretch > 0) {
            ratio = (double) shortfall / stretch;
        } else if (shortfall < 0 && measure != Long.MAX_VALUE) {
            if (shrink > 0 && -shortfall <= shrink) {
                ratio = (double) shortfall / shrink;
            } else if (emergencyShrink > 0) {
                ratio = Math.max(-3, (double) shortfall / emergencyShrink);  // rounding past the shrink: a few sp
                useEmergency = true;
            }
        }
        double x = 0;
        if (!justify || last) {
            long used = Math.min(natural, measure);
            if (alignment == Alignment.RIGHT) {
                x = measure - used;
            } else if (alignment == Alignment.CENTER) {
                x = (measure - used) / 2.0;
            }
        }
        List<Run> runs = new ArrayList<>();
        long ascent = 0;
        long descent = 0;
        long right = 0;
        for (Object c : content) {
            if (c instanceof Placed pl) {
                Piece pc = pl.piece;
                if (!pl.shaped.text().isEmpty()) {
                    long rx = Math.round(x);
                    runs.add(new Run(rx, pc.face(), pc.size(), pl.shaped.text(), pl.shaped.actualText(),
                            pl.shaped.kerning(), pl.width, pc.rise(), pc.style().rgb(), pc.target()));
                    right = rx + pl.width;
                    ascent = Math.max(ascent, em(pc.face().ascent(), pc.size()) + pc.rise());
                    descent = Math.max(descent, em(pc.face().descent(), pc.size()) - pc.rise());
                }
                x += pl.width;
            } else if (c instanceof Box b) {
                x += b.width();
            } else {
                Glue g = (Glue) c;
                double adjust = ratio > 0 ? ratio * g.stretch() : ratio * (useEmergency ? g.width() / 3.0 : g.shrink());
                x += g.width() + adjust;
            }
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

    /** A run's content before it is positioned. */
    private record Placed(Piece piece, Shaped shaped, long width) {
    }
}
