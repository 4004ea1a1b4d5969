package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.scholia.render.pdf.text.Run;
import org.scholia.render.pdf.text.Target;

/**
 * The pages on which each glossary term is used, for the glossary's page lists. Which words are
 * a use was decided once, by the glossary pass (see {@code org.scholia.model.TermUses}): here a
 * page lists a term when a run set on it carries one of its uses, linked or not. Nothing is
 * matched again, so the PDF cannot disagree with the EPUB or with the "term never used" check.
 */
final class TermPages {
    private final Map<String, SortedSet<Integer>> pages = new HashMap<>();

    /**
     * Records the uses set on one page (its running text and notes; the furniture has none). A
     * table's header rows repeated on the pages it continues on are copies, not uses.
     */
    void collect(ComposedPage page, int number) {
        for (FlowPiece p : page.body()) if (!p.repeated()) collect(p.items(), number);
        for (FlowPiece p : page.notes()) collect(p.items(), number);
    }

    private void collect(List<FrameItem> items, int number) {
        for (FrameItem it : items) {
            FrameItem.TextLine tl = it.accept(FrameItem.TEXT_LINE);
            if (tl == null) continue;
            for (Run r : tl.line().runs()) {
                String entry = r.target().accept(USED_ENTRY);
                if (entry != null) add(entry, number);
            }
        }
    }

    /** The entry a run's words use, linked or not; null for every other target. */
    private static final Target.Visitor<String> USED_ENTRY = new Target.Visitor<>() {
        public String none(Target.None n) { return null; }
        public String noteRef(Target.NoteRef r) { return null; }
        public String termRef(Target.TermRef t) { return t.entryId(); }
        public String termUse(Target.TermUse t) { return t.entryId(); }
        public String uri(Target.Uri u) { return null; }
        public String internal(Target.Internal i) { return null; }
    };

    private void add(String entryId, int page) {
        pages.computeIfAbsent(entryId, k -> new TreeSet<>()).add(page);
    }

    /**
     * Adds the pages another collection found, shifted by {@code offset}: chapters are collected
     * on the layout threads with page numbers counted from their first page, then merged in order.
     */
    void absorb(TermPages other, int offset) {
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
