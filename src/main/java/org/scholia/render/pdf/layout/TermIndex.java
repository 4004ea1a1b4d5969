package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private final Pattern forms;
    private final Map<String, String> entryOfForm = new HashMap<>();
    private final Map<String, SortedSet<Integer>> pages = new HashMap<>();

    TermIndex(Glossary glossary) {
        List<String> all = new ArrayList<>();
        for (GlossaryEntry e : glossary.entries()) {
            for (String f : e.forms()) {
                String key = f.toLowerCase(Locale.ROOT).strip();
                if (!key.isEmpty() && entryOfForm.putIfAbsent(key, e.id()) == null) all.add(key);
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        forms = all.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|",
                all.stream().map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q")).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Records the terms used on one page: running text and notes, headings included. The page's
     * lines are searched as one text, so a two-word term broken across lines is found.
     */
    void scan(ComposedPage page, int number) {
        if (forms == null) return;
        StringBuilder text = new StringBuilder();
        for (Piece p : page.body()) scanItems(p.items(), number, text);
        for (Piece p : page.notes()) scanItems(p.items(), number, text);
        Matcher m = forms.matcher(text);
        while (m.find()) {
            String id = entryOfForm.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (id != null) add(id, number);
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
