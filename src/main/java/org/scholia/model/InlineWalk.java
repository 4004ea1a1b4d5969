package org.scholia.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every block of some blocks and every inline in them in document order, depth first (an
 * emphasis before the words inside it; a figure's image too). The one walk over the model that
 * readers use to learn facts in advance: which terms are used where ({@link TermUses}), how
 * often each note is cited, which block ids exist.
 */
public final class InlineWalk implements BlockVisitor<Void>, InlineVisitor<Void> {
    private final Consumer<Inline> onInline;
    private final Consumer<Block> onBlock;

    private InlineWalk(Consumer<Inline> onInline, Consumer<Block> onBlock) {
        this.onInline = onInline;
        this.onBlock = onBlock;
    }

    /** Calls {@code onInline} for every inline and {@code onBlock} for every block, in order. */
    public static void scan(List<Block> blocks, Consumer<Inline> onInline, Consumer<Block> onBlock) {
        new InlineWalk(onInline, onBlock).blocks(blocks);
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            onBlock.accept(b);
            b.accept(this);
        }
    }

    private void inlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            onInline.accept(i);
            i.accept(this);
        }
    }

    @Override public Void heading(Block.Heading h) { inlines(h.content()); return null; }
    @Override public Void paragraph(Block.Paragraph p) { inlines(p.content()); return null; }
    @Override public Void quote(Block.Quote q) { blocks(q.content()); return null; }

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

    @Override public Void code(Block.CodeBlock c) { return null; }

    @Override
    public Void figure(Block.Figure f) {
        onInline.accept(f.image());
        return null;
    }

    @Override public Void thematicBreak(Block.ThematicBreak t) { return null; }
    @Override public Void languageBlock(Block.LanguageBlock l) { blocks(l.content()); return null; }

    @Override public Void text(Inline.Text t) { return null; }
    @Override public Void emphasis(Inline.Emphasis e) { inlines(e.content()); return null; }
    @Override public Void strong(Inline.Strong s) { inlines(s.content()); return null; }
    @Override public Void code(Inline.Code c) { return null; }
    @Override public Void link(Inline.Link l) { inlines(l.content()); return null; }
    @Override public Void noteRef(Inline.NoteRef n) { return null; }
    @Override public Void termRef(Inline.TermRef t) { inlines(t.content()); return null; }
    @Override public Void termUse(Inline.TermUse t) { inlines(t.content()); return null; }
    @Override public Void lineBreak(Inline.LineBreak b) { return null; }
    @Override public Void image(Inline.Image i) { return null; }
    @Override public Void languageSpan(Inline.LanguageSpan l) { inlines(l.content()); return null; }
}
