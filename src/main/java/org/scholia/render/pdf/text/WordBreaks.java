package org.scholia.render.pdf.text;

import java.util.BitSet;

/**
 * Where the words of a paragraph may break besides spaces: hyphenation points from the
 * language's patterns, and for a word too wide for any line, emergency points. Indices are
 * into the paragraph's collected text.
 */
final class WordBreaks {

    private final String text;
    private final Target[] targetAt;
    private final String[] languageAt;
    private final Hyphenator hyphenator;

    /**
     * @param languageAt per char, the language of words marked as another language than the
     *                   paragraph's (null entries, or null for none): hyphenated with its patterns
     */
    WordBreaks(String text, Target[] targetAt, String[] languageAt, Hyphenator hyphenator) {
        this.text = text;
        this.targetAt = targetAt;
        this.languageAt = languageAt;
        this.hyphenator = hyphenator;
    }

    /** URLs, e-mail addresses, paths, identifiers: never hyphenated (a hyphen would change them). */
    boolean codeLike(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '@' || c == '\\' || c == '_' || Character.isDigit(c)
                    || (c == '.' && i + 1 < end && Character.isLetter(text.charAt(i + 1)))
                    || targetAt[i] instanceof Target.Uri) {
                return true;
            }
        }
        return false;
    }

    /** Adds the hyphenation points of the letter runs in a piece, as indices into the text. */
    void hyphenation(TextPiece pc, BitSet into) {
        if (!hyphenator.available() && languageAt == null) {
            return;
        }
        int i = pc.start();
        while (i < pc.end()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < pc.end() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            Hyphenator h = languageAt == null ? hyphenator : hyphenator.other(languageAt[i]);
            if (j - i >= Hyphenator.LEFT_MIN + Hyphenator.RIGHT_MIN) {
                for (int p : h.points(text.substring(i, j))) {
                    into.set(i + p);
                }
            }
            i = j;
        }
    }

    /**
     * Break points for a word too wide for the measure: after '/', '-', '.' (a URL's natural
     * joints), and in any part still too wide between joints and hyphenation points, between
     * every two characters.
     */
    BitSet emergency(int start, int end, long measure, long width, BitSet hyphens) {
        BitSet at = new BitSet();
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i - 1);
            if (c == '/' || c == '-' || c == '.') {
                at.set(i);
            }
        }
        BitSet dividers = (BitSet) at.clone();
        dividers.or(hyphens);
        int prev = start;
        for (int j = dividers.nextSetBit(start + 1); ; j = dividers.nextSetBit(j + 1)) {
            int stop = j < 0 ? end : j;
            // a part's width estimated by its share of the chars: generous, breaks cost little
            if ((double) width * (stop - prev) / (end - start) > measure * 0.8) {
                for (int i = prev + 1; i < stop; i++) {
                    if (!Character.isLowSurrogate(text.charAt(i))) {
                        at.set(i);
                    }
                }
            }
            if (j < 0) {
                break;
            }
            prev = stop;
        }
        return at;
    }
}
