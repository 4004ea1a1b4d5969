package org.scholia.render.pdf.layout;

import java.util.ArrayList;
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
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
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
        StringBuilder raw = new StringBuilder();
        for (Piece p : page.body()) scanItems(p.items(), number, raw);
        for (Piece p : page.notes()) scanItems(p.items(), number, raw);
        String text = normalize(raw);
        int i = 0;
        while (i < text.length()) {
            if (!wordChar(text.charAt(i)) || (i > 0 && wordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            List<String> candidates = formsByFirstWord.get(text.substring(i, end));
            int next = end;
            if (candidates != null) {
                for (String form : candidates) {
                    int formEnd = i + form.length();
                    if (text.startsWith(form, i) && (formEnd == text.length() || !wordChar(text.charAt(formEnd)))) {
                        add(entryOfForm.get(form), number);
                        next = formEnd;
                        break;
                    }
                }
            }
            i = next;
        }
    }

    private void scanItems(List<Item> items, int number, StringBuilder text) {
        for (Item it : items) {
            if (!(it instanceof Item.TextLine tl) || tl.tag().role() == Role.ARTIFACT) continue;
            for (Run r : tl.line().runs()) {
                if (r.target() instanceof Target.TermRef t) add(t.entryId(), number);
            }
            text.append(LinePieces.text(tl.line())).append('\n');
        }
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
