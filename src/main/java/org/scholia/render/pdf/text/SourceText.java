package org.scholia.render.pdf.text;

import java.util.Arrays;
import java.util.List;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;

/**
 * A paragraph's spans collected into the one text the engine sets, with per char its style,
 * its target and where it came from in the block's plain text.
 *
 * <p>The text is NFC-normalised, so that a decomposed "e" + U+0301 is the one glyph fonts
 * draw. Normalising changes lengths, so it is done per normalisation segment (ICU's
 * {@link Normalizer2#hasBoundaryBefore}: a starter and the combining marks after it): every
 * char of a normalised segment maps to its source segment's start, and ends at the segment's
 * end, never inside a combining sequence. Chars that are kept but not drawn (soft hyphens,
 * joiners) keep their own positions, so the counts after them stay right.
 */
final class SourceText {

    /** Stands in the collected text for a forced line break (a span "\n"). */
    static final char FORCED_BREAK = '\u2028';

    final String text;
    final TextStyle[] styleAt;
    final Target[] targetAt;
    /** Per char: the language of words in another language than the paragraph's, else null; null if none is. */
    final String[] languageAt;
    /** Per char: offset of its source segment in the plain text, or -1 (generated). */
    private final int[] sourceStart;
    /** Per char: offset just past its source segment, or -1. */
    private final int[] sourceEnd;

    SourceText(List<Span> spans) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        StringBuilder sb = new StringBuilder();
        int cap = 0;
        for (Span span : spans) {
            cap += span.text().length();
        }
        int[] start = new int[cap];
        int[] end = new int[cap];
        TextStyle[] styles = new TextStyle[cap];
        Target[] targets = new Target[cap];
        String[] languages = null;
        for (Span span : spans) {
            int from = sb.length();
            String t = span.text();
            int base = span.source();
            if (t.equals("\n")) {
                sb.append(FORCED_BREAK);
                start = fit(start, sb.length());
                end = fit(end, sb.length());
                start[from] = base;
                end[from] = base < 0 ? base : base + 1;
            } else if (nfc.quickCheck(t) == Normalizer.YES) {
                sb.append(t);  // the usual case: already composed, char for char
                start = fit(start, sb.length());
                end = fit(end, sb.length());
                for (int i = 0; i < t.length(); i++) {
                    start[from + i] = base < 0 ? base : base + i;
                    end[from + i] = base < 0 ? base : base + i + 1;
                }
            } else {
                int[][] maps = segments(nfc, t, base, sb, start, end);
                start = maps[0];
                end = maps[1];
            }
            styles = fit(styles, sb.length());
            targets = fit(targets, sb.length());
            Arrays.fill(styles, from, sb.length(), span.style());
            Arrays.fill(targets, from, sb.length(), span.target());
            if (span.language() != null) {
                languages = languages == null ? new String[sb.length()] : fit(languages, sb.length());
                Arrays.fill(languages, from, sb.length(), span.language());
            }
        }
        this.text = sb.toString();
        this.styleAt = Arrays.copyOf(styles, text.length());
        this.targetAt = Arrays.copyOf(targets, text.length());
        this.languageAt = languages == null ? null : Arrays.copyOf(languages, text.length());
        this.sourceStart = Arrays.copyOf(start, text.length());
        this.sourceEnd = Arrays.copyOf(end, text.length());
    }

    /** Appends t normalised segment by segment, filling the maps (grown when NFC lengthens the text). */
    private static int[][] segments(Normalizer2 nfc, String t, int base, StringBuilder sb, int[] start, int[] end) {
        int i = 0;
        while (i < t.length()) {
            int j = i + Character.charCount(t.codePointAt(i));
            while (j < t.length() && !nfc.hasBoundaryBefore(t.codePointAt(j))) {
                j += Character.charCount(t.codePointAt(j));
            }
            int from = sb.length();
            String seg = t.substring(i, j);
            boolean same = nfc.isNormalized(seg);
            sb.append(same ? seg : nfc.normalize(seg));
            start = fit(start, sb.length());
            end = fit(end, sb.length());
            for (int k = from; k < sb.length(); k++) {
                // an unchanged segment maps char for char; a changed one to the whole segment
                start[k] = base < 0 ? base : base + (same ? i + k - from : i);
                end[k] = base < 0 ? base : base + (same ? i + k - from + 1 : j);
            }
            i = j;
        }
        return new int[][] {start, end};
    }

    private static int[] fit(int[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
    }

    private static <T> T[] fit(T[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
    }

    /** Source offset of the first char in [from, to) that came from the model, or -1. */
    int sourceStart(int from, int to) {
        for (int i = from; i < to; i++) {
            if (sourceStart[i] >= 0) {
                return sourceStart[i];
            }
        }
        return Span.GENERATED;
    }

    /** Source offset just past the last char in [from, to) that came from the model, or -1. */
    int sourceEnd(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (sourceEnd[i] >= 0) {
                return sourceEnd[i];
            }
        }
        return Span.GENERATED;
    }
}
