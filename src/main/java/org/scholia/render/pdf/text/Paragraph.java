package org.scholia.render.pdf.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

import com.ibm.icu.text.BreakIterator;

import org.scholia.render.pdf.font.FontFace;
import org.scholia.render.pdf.font.FontLibrary;
import org.scholia.render.pdf.font.Shaped;

/**
 * A paragraph prepared for line breaking: its spans collected into one text, cut into
 * {@link TextPiece}s (one face, one style) and turned into boxes, glue and penalties.
 *
 * <ul>
 * <li>Break opportunities come from ICU's UAX #14 line breaker: spaces become glue (with a
 *     forbidding penalty before them where UAX #14 allows no break, e.g. before "!" or at a
 *     no-break space), and breaks inside a run of text (after a hyphen, a dash, a zero-width
 *     space) become penalties.</li>
 * <li>Words are hyphenated at their pattern points ({@link Discretionary} items as wide as the hyphen shaped after the syllable),
 *     except the paragraph's last word, URLs and code-like words, superscripts and text in
 *     the "mono" family (code).</li>
 * <li>A word wider than the measure (a URL) gets extra breaks after '/', '-' and '.', and
 *     where that is not enough between any two characters, so that no line need overflow.</li>
 * </ul>
 * Each box says which piece and which chars of it it draws; {@link SourceText} says where those
 * chars came from in the model.
 */
final class Paragraph {

    /** Superscripts (note marks) are set at this fraction of the size, raised by {@link #SUPERSCRIPT_RISE} em. */
    static final double SUPERSCRIPT_SCALE = 0.7;
    static final double SUPERSCRIPT_RISE = 0.36;
    static final char FORCED_BREAK = SourceText.FORCED_BREAK;
    private static final int URL_BREAK_PENALTY = 100;
    private static final int ANYWHERE_PENALTY = 500;
    private static final int BEFORE_DASH_PENALTY = 500;

    final String text;
    /** Where each char of the text came from in the block's plain text. */
    final SourceText source;
    final List<TextPiece> pieces = new ArrayList<>();
    final List<BreakItem> items;
    /** The first span's style, for the metrics of an empty line. */
    final TextStyle firstStyle;

    private final FontLibrary fonts;
    private final HyphenWidths hyphenWidths;
    private final WordBreaks wordBreaks;
    private final LineBreakParams params;
    /** What may hang into the margins: {@link Protrusion#NONE} unless the text is justified. */
    private final Protrusion protrusion;
    private final IntConsumer missing;
    private final TextStyle[] styleAt;
    private final Target[] targetAt;
    private TextStyle lastStyle;
    private TextStyle spaceStyle;
    private Glue spaceGlue;
    private FontFace lastFace;
    /** Hyphenation points of the segment being set (indices into the text). */
    private final BitSet hyphens = new BitSet();

    /**
     * @param measure  line width, to find words too wide for it; Long.MAX_VALUE for one line
     * @param justify  glue stretches and shrinks (else it is rigid: ragged or single lines)
     * @param breaker  ICU line-break iterator, reused by the caller
     */
    Paragraph(List<Span> spans, long firstIndent, long measure, boolean justify, boolean hyphenate,
              FontLibrary fonts, Hyphenator hyphenator, HyphenWidths hyphenWidths, LineBreakParams params,
              Protrusion protrusion, BreakIterator breaker, IntConsumer missing) {
        this.fonts = fonts;
        this.protrusion = justify ? protrusion : Protrusion.NONE;
        this.hyphenWidths = hyphenWidths;
        this.params = params;
        this.missing = missing;
        this.source = new SourceText(spans);
        this.text = source.text;
        this.firstStyle = spans.isEmpty() ? null : spans.get(0).style();
        int len = text.length();
        styleAt = source.styleAt;
        targetAt = source.targetAt;
        wordBreaks = new WordBreaks(text, targetAt, source.languageAt, hyphenator);
        int expected = len / 2 + 16;  // about two items (word, space) per six chars, plus hyphens
        items = new ArrayList<>(expected);
        if (firstIndent > 0) {
            add(new Box(firstIndent));
        }
        build(breakOpportunities(breaker), measure, justify, hyphenate);
    }

    private boolean[] breakOpportunities(BreakIterator breaker) {
        boolean[] at = new boolean[text.length() + 1];
        breaker.setText(text);
        for (int p = breaker.first(); p != BreakIterator.DONE; p = breaker.next()) {
            at[p] = true;
        }
        return at;
    }

    private void build(boolean[] breakAt, long measure, boolean justify, boolean hyphenate) {
        int len = text.length();
        int lastWord = lastWordStart();  // no hyphenation from here on
        int i = 0;
        while (i < len && isSpace(text.charAt(i))) {
            i++;
        }
        int wordEnd = -1;       // end of the space-delimited word holding i
        boolean codeLike = false;
        while (i < len) {
            char c = text.charAt(i);
            if (c == FORCED_BREAK && !hasBox()) {
                i++;  // a break before any text would only make an empty first line
            } else if (c == FORCED_BREAK) {
                dropTrailingGlue();
                add(Glue.parfill());
                add(Penalty.forced());
                i++;
                while (i < len && isSpace(text.charAt(i))) {
                    i++;
                }
            } else if (isSpace(c)) {
                int j = i;
                boolean noBreak = false;
                while (j < len && isSpace(text.charAt(j))) {
                    noBreak |= isNoBreakSpace(text.charAt(j));
                    j++;
                }
                if (noBreak || !breakAt[j]) {
                    add(Penalty.forbidden());
                }
                add(space(styleAt[i], text.charAt(i), justify));
                i = j;
            } else {
                int e = i + 1;
                while (e < len && !isSpace(text.charAt(e)) && text.charAt(e) != FORCED_BREAK && !breakAt[e]) {
                    e++;
                }
                if (i >= wordEnd) {
                    wordEnd = i;
                    while (wordEnd < len && !isSpace(text.charAt(wordEnd)) && text.charAt(wordEnd) != FORCED_BREAK) {
                        wordEnd++;
                    }
                    codeLike = wordBreaks.codeLike(i, wordEnd);
                }
                segment(i, e, measure, hyphenate, !codeLike, i < lastWord);
                if (e < len && !isSpace(text.charAt(e)) && text.charAt(e) != FORCED_BREAK) {
                    breakInsideText(e);
                }
                i = e;
            }
        }
        dropTrailingGlue();
        int n = items.size();
        if (n >= 2 && items.get(n - 1) instanceof Penalty p && p.isForced()) {
            items.remove(n - 1);  // a trailing forced break would only make an empty line
            items.remove(n - 2);
        }
        add(Penalty.forbidden());
        add(Glue.parfill());
        add(Penalty.forced());
    }

    /** Where the paragraph's last word begins. */
    private int lastWordStart() {
        int i = text.length();
        while (i > 0 && (isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == FORCED_BREAK)) {
            i--;
        }
        while (i > 0 && !isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** A UAX #14 break between two non-space chars: after a hyphen or dash, a soft hyphen, a ZWSP. */
    private void breakInsideText(int e) {
        char before = text.charAt(e - 1);
        if (before == '\u00AD') {
            long w = hyphenWidth(e - 1);
            add(new Discretionary(w, params.hyphenPenalty(), Math.round(w * protrusion.right('-'))));
        } else if (before == '-' || before == '\u2010') {
            add(new Penalty(0, params.exHyphenPenalty(), true));
        } else if (before == '\u2013' || before == '\u2014') {
            add(new Penalty(0, params.exHyphenPenalty(), false));
        } else if (text.charAt(e) == '\u2013' || text.charAt(e) == '\u2014') {
            add(new Penalty(0, BEFORE_DASH_PENALTY, false));  // a line should not start with a dash
        } else {
            add(new Penalty(0, 0, false));
        }
    }

    /**
     * Text between break opportunities: cut into pieces, then boxes with hyphenation points.
     *
     * @param hyphenate    hyphenate words (else only words too wide for any line)
     * @param hyphenatable the text is a word, not a URL or code
     * @param notLastWord  it is not the paragraph's last word (which is hyphenated only if it
     *                     is too wide for any line)
     */
    private void segment(int start, int end, long measure, boolean hyphenate, boolean hyphenatable, boolean notLastWord) {
        int first = pieces.size();
        int p = start;
        while (p < end) {
            int cp = text.codePointAt(p);
            int cc = Character.charCount(cp);
            if (!drawable(cp)) {
                p += cc;
                continue;
            }
            FontFace face = faceFor(cp, styleAt[p]);
            if (face == null) {
                missing.accept(cp);
                p += cc;
                continue;
            }
            int q = p + cc;
            while (q < end && same(styleAt[q], styleAt[p]) && same(targetAt[q], targetAt[p])) {
                int c2 = text.codePointAt(q);
                if (!drawable(c2) || faceFor(c2, styleAt[p]) != face) {
                    break;
                }
                q += Character.charCount(c2);
            }
            pieces.add(piece(p, q, face));
            p = q;
        }
        long width = 0;
        for (int k = first; k < pieces.size(); k++) {
            TextPiece pc = pieces.get(k);
            width += pc.shaped().widthSp(pc.size());
        }
        boolean overlong = width > measure;
        BitSet hyphens = this.hyphens;  // one per paragraph: a new one per word grew to the word's offset
        hyphens.clear();
        // a word too wide for any line is hyphenated even in the first pass and at the paragraph's end
        if (hyphenatable && ((hyphenate && notLastWord) || overlong)) {
            for (int k = first; k < pieces.size(); k++) {
                wordBreaks.hyphenation(pieces.get(k), hyphens);
            }
        }
        BitSet emergency = overlong ? wordBreaks.emergency(start, end, measure, width, hyphens) : null;
        for (int k = first; k < pieces.size(); k++) {
            boxes(k, hyphens, emergency);
        }
    }

    private TextPiece piece(int from, int to, FontFace face) {
        TextStyle style = styleAt[from];
        double size = style.superscript() ? style.size() * SUPERSCRIPT_SCALE : style.size();
        long rise = style.superscript() ? Sp.of(style.size() * SUPERSCRIPT_RISE) : 0;
        return new TextPiece(from, to, style, targetAt[from], face, size, rise, fonts.shape(face, text.substring(from, to)),
                source);
    }

    /**
     * The boxes of one piece, split at its hyphenation and emergency points. An emergency break
     * is TeX's ragged-right construction (Knuth–Plass 1981, "ragged right"): glue with stretch
     * before the penalty and the same negative stretch after it, so that a line ending there may
     * fall short without being infinitely bad, and a line running through loses nothing. A line
     * holding boxes of one piece on both sides draws them as one run.
     */
    private void boxes(int k, BitSet hyphens, BitSet emergency) {
        TextPiece pc = pieces.get(k);
        Shaped shaped = pc.shaped();
        int from = pc.start();
        boolean canHyphenate = !pc.style().superscript() && !"mono".equals(pc.style().family());
        long raggedStretch = Sp.of(pc.size() * ParagraphSetter.RAGGED_EMS);
        int last = from;
        for (int i = from + 1; i < pc.end(); i++) {
            boolean isHyphen = canHyphenate && hyphens.get(i);
            boolean isEmergency = !isHyphen && emergency != null && emergency.get(i);
            if (!isHyphen && !isEmergency) {
                continue;
            }
            long x = shaped.offsetSp(i - from, pc.size());
            long x0 = shaped.offsetSp(last - from, pc.size());
            if (x < 0 || x0 < 0) {
                continue;  // inside a ligature
            }
            add(box(x - x0, pc, last, i));
            if (isHyphen) {
                long w = hyphenWidth(pc, i);
                add(new Discretionary(w, params.hyphenPenalty(), Math.round(w * protrusion.right('-'))));
            } else {
                char before = text.charAt(i - 1);
                int penalty = before == '/' || before == '.' || before == '-' ? URL_BREAK_PENALTY : ANYWHERE_PENALTY;
                add(Penalty.forbidden());
                add(new Glue(0, raggedStretch, 0));
                add(new Penalty(0, penalty, false));
                add(new Glue(0, -raggedStretch, 0));
            }
            last = i;
        }
        long x0 = shaped.offsetSp(last - from, pc.size());
        add(box(shaped.widthSp(pc.size()) - Math.max(0, x0), pc, last, pc.end()));
    }

    /** A box of the chars [from, to) of a piece, with what may hang into the margins ({@link Protrusion#box}). */
    private Box box(long width, TextPiece pc, int from, int to) {
        return protrusion.box(width, pc, from, to, fonts);
    }

    /** A hyphen's width after the syllable ending before index at, as it will be drawn (kerned). */
    private long hyphenWidth(TextPiece pc, int at) {
        return hyphenWidths.after(pc.face(), text.codePointBefore(at), pc.size());
    }

    /**
     * A soft hyphen's width at index at: after the letter before it when that letter is drawn in
     * the styled face (as the packer will draw it), else the bare hyphen.
     */
    private long hyphenWidth(int at) {
        TextStyle style = styleAt[at];
        FontFace face = fonts.face(style);
        int before = at > 0 ? text.codePointBefore(at) : ' ';
        return before != ' ' && drawable(before) && face.covers(before) ? hyphenWidths.after(face, before, style.size())
                : fonts.shape(face, "-").widthSp(style.size());
    }

    /**
     * The glue for a run of white space, sized by its first char: an interword space (also the
     * no-break space) stretches and shrinks like TeX's (1/2 and 1/3 of its width); fixed spaces
     * (thin, narrow no-break as French puts before ";:!?", figure) keep their font width, as
     * TeX's {@code \,} is a kern.
     */
    private Glue space(TextStyle style, char c, boolean justify) {
        boolean fixed = c == '\u2009' || c == '\u202F' || c == '\u2007' || c == '\u200A' || c == '\u2006';
        if (fixed) {
            FontFace face = fonts.face(style);
            long w = face.covers(c) ? fonts.shape(face, String.valueOf(c)).widthSp(style.size()) : Sp.of(style.size() / 6);
            return new Glue(w, 0, 0);
        }
        if (style == spaceStyle) {
            return spaceGlue;  // consecutive spaces nearly always share a style
        }
        long w = fonts.shape(fonts.face(style), " ").widthSp(style.size());
        if (w <= 0) {
            w = Sp.of(style.size() / 4);
        }
        spaceStyle = style;
        spaceGlue = justify ? new Glue(w, w / 2, w / 3) : new Glue(w, 0, 0);
        return spaceGlue;
    }

    /** The face to draw a code point in the style: the styled face, else the first fallback with it. */
    private FontFace faceFor(int cp, TextStyle style) {
        if (style != lastStyle) {
            lastStyle = style;
            lastFace = fonts.face(style);
        }
        FontFace face = lastFace;
        if (face.covers(cp)) {
            return face;
        }
        for (FontFace f : fonts.fallbacks()) {
            if (f.covers(cp)) {
                return f;
            }
        }
        return null;
    }

    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    /**
     * Format and control characters (soft hyphen, ZWSP, joiners) steer breaking but are not
     * drawn; variation selectors only choose among glyphs, so a font without them loses nothing.
     */
    private static boolean drawable(int cp) {
        int type = Character.getType(cp);
        boolean variationSelector = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
        return type != Character.FORMAT && type != Character.CONTROL && !variationSelector;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || isNoBreakSpace(c)
                || (c != FORCED_BREAK && Character.isSpaceChar(c) && c != '\u200B');
    }

    private static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    /** Whether any text has been set (an indent does not count). */
    private boolean hasBox() {
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k) instanceof Box b && b.draws()) {
                return true;
            }
        }
        return false;
    }

    private void dropTrailingGlue() {
        int n = items.size();
        while (n > 0 && items.get(n - 1) instanceof Glue g && !g.infinite()) {
            items.remove(--n);
            if (n > 0 && items.get(n - 1) instanceof Penalty p && p.isForbidden()) {
                items.remove(--n);
            }
        }
    }

    private void add(BreakItem item) {
        items.add(item);
    }
}
