package org.scholia.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the glossary's terms are used: every {@link Inline.TermRef} (a link) and
 * {@link Inline.TermUse} (a use left unlinked) that the glossary pass recorded, in reading
 * order. This is the one answer to "where is this term used"; the "term never used" check, the
 * PDF's page lists and the EPUB's "used in" all read it, so they cannot disagree. Uses inside
 * code, links and image descriptions do not exist here, because the pass never records them.
 */
public final class TermUses {
    private TermUses() {
    }

    /**
     * One use of a term.
     *
     * @param entryId the entry used
     * @param node    the {@link Inline.TermRef} or {@link Inline.TermUse} in the model
     * @param linked  whether the use links to the entry
     * @param inNote  whether it is in a footnote rather than the chapter's text
     */
    public record Use(String entryId, Inline node, boolean linked, boolean inNote) {
    }

    /** The uses in a chapter: its text, then its notes in order. */
    public static List<Use> in(Chapter chapter) {
        List<Use> out = new ArrayList<>();
        collect(chapter.blocks(), false, out);
        for (Footnote n : chapter.notes()) collect(n.content(), true, out);
        return out;
    }

    /** The uses in some blocks (a glossary definition, a note). */
    public static List<Use> in(List<Block> blocks) {
        List<Use> out = new ArrayList<>();
        collect(blocks, false, out);
        return out;
    }

    /** The ids of the entries the book's chapters use at least once (the glossary's own definitions do not count). */
    public static Set<String> usedEntries(Book book) {
        Set<String> out = new LinkedHashSet<>();
        for (Chapter c : book.chapters()) for (Use u : in(c)) out.add(u.entryId());
        return out;
    }

    private static void collect(List<Block> blocks, boolean inNote, List<Use> out) {
        InlineWalk.scan(blocks, i -> {
            if (i instanceof Inline.TermRef t) out.add(new Use(t.entryId(), t, true, inNote));
            else if (i instanceof Inline.TermUse u) out.add(new Use(u.entryId(), u, false, inNote));
        }, b -> { });
    }
}
