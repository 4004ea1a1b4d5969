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
        new Walk(out, false).blocks(chapter.blocks());
        for (Footnote n : chapter.notes()) new Walk(out, true).blocks(n.content());
        return out;
    }

    /** The uses in some blocks (a glossary definition, a note). */
    public static List<Use> in(List<Block> blocks) {
        List<Use> out = new ArrayList<>();
        new Walk(out, false).blocks(blocks);
        return out;
    }

    /** The ids of the entries the book's chapters use at least once (the glossary's own definitions do not count). */
    public static Set<String> usedEntries(Book book) {
        Set<String> out = new LinkedHashSet<>();
        for (Chapter c : book.chapters()) for (Use u : in(c)) out.add(u.entryId());
        return out;
    }

    /** Depth-first, in document order. */
    private record Walk(List<Use> out, boolean inNote) implements BlockVisitor<Void>, InlineVisitor<Void> {
        void blocks(List<Block> blocks) {
            for (Block b : blocks) b.accept(this);
        }

        void inlines(List<Inline> inlines) {
            for (Inline i : inlines) i.accept(this);
        }

        @Override public Void heading(Block.Heading h) { inlines(h.content()); return null; }
        @Override public Void paragraph(Block.Paragraph p) { inlines(p.content()); return null; }
        @Override public Void quote(Block.Quote q) { blocks(q.content()); return null; }
        @Override public Void code(Block.CodeBlock c) { return null; }
        @Override public Void figure(Block.Figure f) { return null; }
        @Override public Void thematicBreak(Block.ThematicBreak t) { return null; }

        @Override
        public Void list(Block.ListBlock l) {
            for (List<Block> item : l.items()) blocks(item);
            return null;
        }

        @Override
        public Void table(Block.Table t) {
            for (var row : t.header()) for (var cell : row) inlines(cell);
            for (var row : t.body()) for (var cell : row) inlines(cell);
            return null;
        }

        @Override public Void text(Inline.Text t) { return null; }
        @Override public Void emphasis(Inline.Emphasis e) { inlines(e.content()); return null; }
        @Override public Void strong(Inline.Strong s) { inlines(s.content()); return null; }
        @Override public Void code(Inline.Code c) { return null; }
        @Override public Void link(Inline.Link l) { return null; }
        @Override public Void noteRef(Inline.NoteRef n) { return null; }
        @Override public Void lineBreak(Inline.LineBreak b) { return null; }
        @Override public Void image(Inline.Image i) { return null; }

        @Override
        public Void termRef(Inline.TermRef t) {
            out.add(new Use(t.entryId(), t, true, inNote));
            return null;
        }

        @Override
        public Void termUse(Inline.TermUse t) {
            out.add(new Use(t.entryId(), t, false, inNote));
            return null;
        }
    }
}
