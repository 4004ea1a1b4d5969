package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.scholia.model.Glossary;
import org.scholia.model.GlossaryEntry;
import org.scholia.render.pdf.text.Run;
import org.scholia.render.pdf.text.Target;

/**
 * Finds the pages on which each glossary term is used: every line of running text is searched
 * for the entry's headword and variants (whole words, any case), and every link to the entry
 * counts too (an explicit [[term|other words]] shows other words). A form broken across two
 * lines by a line break is not found; the page of its linked occurrence usually is.
 */
final class TermIndex {
    /** Forms by their first word, longest first: a word-start lookup replaces a big regex. */
    private final Map<String, List<String>> formsByFirstWord = new HashMap<>();
    private final Map<String, String> entryOfForm = new HashMap<>();
    private final Map<String, SortedSet<Integer>> pages = new HashMap<>();
    /** Hash codes of the keys of {@link #formsByFirstWord}, sorted. */
    private final int[] firstWordHashes;
    private final StringBuilder norm = new StringBuilder();
    private boolean pendingSpace;

    TermIndex(Glossary glossary) {
        for (GlossaryEntry e : glossary.entries()) {
            for (String f : e.forms()) {
                String form = normalize(f);
                if (form.isEmpty() || entryOfForm.putIfAbsent(form, e.id()) != null) continue;
                int end = wordEnd(form, 0);
                formsByFirstWord.computeIfAbsent(form.substring(0, end), k -> new ArrayList<>()).add(form);
            }
        }
        formsByFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        firstWordHashes = formsByFirstWord.keySet().stream().mapToInt(String::hashCode).sorted().toArray();
    }

    /** Lower case, runs of white space as one space. */
    private static String normalize(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            sb.append(fold(c));
        }
        return sb.toString();
    }

    /** Lower case, and typographic apostrophes as straight ones, as the glossary pass compares words. */
    private static char fold(char c) {
        return c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
    }

    /** "anti-purge" and "purge-era" are other words, as the glossary pass has it. */
    private static boolean joinedByHyphen(String text, int start, int end) {
        boolean before = start > 1 && text.charAt(start - 1) == '-' && wordChar(text.charAt(start - 2));
        boolean after = end + 1 < text.length() && text.charAt(end) == '-' && wordChar(text.charAt(end + 1));
        return before || after;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static int wordEnd(String s, int i) {
        int j = i;
        while (j < s.length() && wordChar(s.charAt(j))) j++;
        return j;
    }

    /**
     * Records the terms used on one page: running text and notes, headings included. The page's
     * lines are searched as one text, so a two-word term broken across lines is found. Where
     * terms overlap, the longest wins ("Great Purge" is not also a use of "purge").
     */
    void scan(ComposedPage page, int number) {
        if (formsByFirstWord.isEmpty()) return;
        // the page's text, normalized as it is collected (what normalize() gives for the lines'
        // texts joined by newlines), without a string per line
        StringBuilder norm = this.norm;
        norm.setLength(0);
        pendingSpace = false;
        for (FlowPiece p : page.body()) scanItems(p.items(), number);
        for (FlowPiece p : page.notes()) scanItems(p.items(), number);
        String text = norm.toString();
        int i = 0;
        while (i < text.length()) {
            if (!wordChar(text.charAt(i)) || (i > 0 && wordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            int next = end;
            // most words start no form: their hash (String.hashCode of the word) says so without a substring
            int h = 0;
            for (int k = i; k < end; k++) h = 31 * h + text.charAt(k);
            List<String> candidates = Arrays.binarySearch(firstWordHashes, h) >= 0
                    ? formsByFirstWord.get(text.substring(i, end)) : null;
            if (candidates != null) {
                for (String form : candidates) {
                    int formEnd = i + form.length();
                    if (text.startsWith(form, i) && (formEnd == text.length() || !wordChar(text.charAt(formEnd)))
                            && !joinedByHyphen(text, i, formEnd)) {
                        add(entryOfForm.get(form), number);
                        next = formEnd;
                        break;
                    }
                }
            }
            i = next;
        }
    }

    private void scanItems(List<FrameItem> items, int number) {
        for (FrameItem it : items) {
            if (!(it instanceof FrameItem.TextLine tl) || tl.tag().role() == Role.ARTIFACT) continue;
            // LinePieces.text(line) + '\n', fed char by char to the normalizer
            boolean lineStarted = false;
            long end = Long.MIN_VALUE;
            for (Run r : tl.line().runs()) {
                if (r.target() instanceof Target.TermRef t) add(t.entryId(), number);
                if (lineStarted && r.x() > end) feed(' ');
                String s = r.actualText() != null ? r.actualText() : r.text();
                for (int k = 0; k < s.length(); k++) feed(s.charAt(k));
                lineStarted |= !s.isEmpty();
                end = r.x() + r.width();
            }
            feed('\n');
        }
    }

    /** One char through {@link #normalize}: lower case, runs of white space as one space, none leading. */
    private void feed(char c) {
        if (Character.isWhitespace(c)) {
            pendingSpace = norm.length() > 0;
            return;
        }
        if (pendingSpace) norm.append(' ');
        pendingSpace = false;
        norm.append(fold(c));
    }

    private void add(String entryId, int page) {
        pages.computeIfAbsent(entryId, k -> new TreeSet<>()).add(page);
    }

    /**
     * Adds the pages another index found, shifted by {@code offset}: chapters are scanned on the
     * layout threads with page numbers counted from their first page, then merged in order.
     */
    void absorb(TermIndex other, int offset) {
        other.pages.forEach((entry, found) -> {
            SortedSet<Integer> into = pages.computeIfAbsent(entry, k -> new TreeSet<>());
            for (int page : found) into.add(page + offset);
        });
    }

    /** The pages of an entry, sorted; empty if never used. */
    SortedSet<Integer> pages(String entryId) {
        return pages.getOrDefault(entryId, new TreeSet<>());
    }

    /** "3, 12, 15–17": consecutive pages joined into ranges with an en dash. */
    static List<String> ranges(SortedSet<Integer> pages) {
        List<String> out = new ArrayList<>();
        Integer start = null, prev = null;
        for (int p : pages) {
            if (prev != null && p == prev + 1) {
                prev = p;
                continue;
            }
            if (start != null) out.add(start.equals(prev) ? "" + start : start + "\u2013" + prev);
            start = p;
            prev = p;
        }
        if (start != null) out.add(start.equals(prev) ? "" + start : start + "\u2013" + prev);
        return out;
    }
}
