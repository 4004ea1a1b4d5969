package org.scholia.render.pdf.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.scholia.render.pdf.font.FontLibrary;

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
    private final Protrusion protrusion;
    private final BreakIterator breaker;
    private final LinePacker packer;
    private final HyphenWidths hyphenWidths;
    /** The line breaker's arrays, reused paragraph after paragraph. */
    private final LineBreaker.Items breakItems = new LineBreaker.Items();

    /** @param language BCP 47 language of the book ("en", "en-GB", "ru", ...): hyphenation patterns, UAX #14 tailoring */
    public ParagraphSetter(FontLibrary fonts, String language) {
        this(fonts, language, LineBreakParams.tex());
    }

    /** With other breaking parameters than TeX's (tolerances, penalties, looseness). */
    public ParagraphSetter(FontLibrary fonts, String language, LineBreakParams params) {
        this(fonts, language, params, Protrusion.NONE);
    }

    /** With punctuation hanging into the margins of justified text ({@link Protrusion}). */
    public ParagraphSetter(FontLibrary fonts, String language, LineBreakParams params, Protrusion protrusion) {
        this.fonts = fonts;
        this.protrusion = protrusion;
        this.hyphenator = new Hyphenator(language);
        this.params = params;
        this.packer = new LinePacker(fonts);
        this.hyphenWidths = new HyphenWidths(fonts);
        this.breaker = BreakIterator.getLineInstance(ULocale.forLanguageTag(language == null ? "" : language));
    }

    /**
     * Breaks a paragraph into lines no wider than measure. firstIndent indents line 1.
     * missing receives each code point no face (nor fallback) can draw, once per call; such
     * characters are left out.
     *
     * <p>Words are hyphenated up front (points are cached per word), but as in TeX the first
     * pass tries no automatic hyphen: most paragraphs of a book need the second pass anyway,
     * and building the items twice cost more than hyphenating every word once.
     */
    public List<Line> set(List<Span> spans, long measure, Alignment alignment, long firstIndent, IntConsumer missing) {
        boolean justify = alignment == Alignment.JUSTIFY;
        LineBreakParams p = params;
        if (!justify) {
            double size = spans.isEmpty() ? 10 : spans.get(0).style().size();
            p = params.ragged(Sp.of(size * RAGGED_EMS));
        }
        Paragraph par = new Paragraph(spans, firstIndent, measure, justify, true, fonts, hyphenator, hyphenWidths, p, protrusion,
                breaker, once(missing));
        Breaking breaking = new LineBreaker(p).breakLines(par.items, measure, breakItems);
        List<Line> lines = new ArrayList<>(breaking.breaks().size());
        int start = 0;
        List<Breakpoint> breaks = breaking.breaks();
        for (int l = 0; l < breaks.size(); l++) {
            int end = breaks.get(l).index();
            boolean last = l == breaks.size() - 1;
            lines.add(packer.pack(par, start, end, measure, alignment, justify, last, breaks.get(l)));
            start = after(par.items, end);
        }
        return lines;
    }

    /** One unbroken, left-aligned line (TOC entries, running heads, page numbers). */
    public Line single(List<Span> spans, IntConsumer missing) {
        Paragraph par = new Paragraph(spans, 0, Long.MAX_VALUE, false, false, fonts, hyphenator, hyphenWidths, params,
                Protrusion.NONE, breaker, once(missing));
        return packer.pack(par, 0, par.items.size() - 1, Long.MAX_VALUE, Alignment.LEFT, false, true, null);
    }

    /** Natural width of a text in a style, kerning included (dot leaders, right-aligned numbers). */
    public long width(String text, TextStyle style) {
        return single(List.of(new Span(text, style)), cp -> { }).width();
    }

    /** Passes each code point on once. */
    private static IntConsumer once(IntConsumer missing) {
        BitSet reported = new BitSet();
        return cp -> {
            if (!reported.get(cp)) {
                reported.set(cp);
                missing.accept(cp);
            }
        };
    }

    /** The first item of the line after a break at b: glue and penalties there are discarded. */
    private static int after(List<BreakItem> items, int b) {
        int s = b + 1;
        while (s < items.size() && !(items.get(s) instanceof Box) && !(items.get(s) instanceof Penalty p && p.isForced())) {
            s++;
        }
        return s;
    }
}
