package org.scholia.annotate;

import java.util.ArrayList;
import java.util.List;
import org.scholia.model.Block;
import org.scholia.model.BlockVisitor;
import org.scholia.model.Inline;
import org.scholia.model.InlineVisitor;

/**
 * Rebuilds block trees with their inline content passed through {@link #inline}: the shared
 * walk of the annotation passes. By default it changes nothing; a pass overrides the inline
 * kinds it cares about and knows whether the text sits in a heading.
 */
abstract class ContentRewriter {

    /** Where inline content sits; some passes must not touch headings. */
    enum Where { BODY, HEADING }

    List<Block> blocks(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (Block b : in) out.add(block(b));
        return out;
    }

    Block block(Block b) {
        return b.accept(new BlockVisitor<Block>() {
            public Block heading(Block.Heading h) {
                return new Block.Heading(h.level(), inlines(h.content(), Where.HEADING), h.id(), h.span());
            }
            public Block paragraph(Block.Paragraph p) {
                return new Block.Paragraph(inlines(p.content(), Where.BODY), p.id(), p.number(), p.span());
            }
            public Block quote(Block.Quote q) {
                return new Block.Quote(blocks(q.content()), q.span());
            }
            public Block list(Block.ListBlock l) {
                List<List<Block>> items = new ArrayList<>();
                for (List<Block> item : l.items()) items.add(blocks(item));
                return new Block.ListBlock(l.ordered(), l.start(), items, l.span());
            }
            public Block table(Block.Table t) {
                return new Block.Table(t.alignments(), rows(t.header()), rows(t.body()), t.span());
            }
            public Block code(Block.CodeBlock c) {
                return c;
            }
            public Block figure(Block.Figure f) {
                return f;
            }
            public Block thematicBreak(Block.ThematicBreak t) {
                return t;
            }
            public Block languageBlock(Block.LanguageBlock l) {
                return new Block.LanguageBlock(l.language(), blocks(l.content()), l.span());
            }
        });
    }

    private List<List<List<Inline>>> rows(List<List<List<Inline>>> rows) {
        List<List<List<Inline>>> out = new ArrayList<>();
        for (var row : rows) {
            List<List<Inline>> cells = new ArrayList<>();
            for (var cell : row) cells.add(inlines(cell, Where.BODY));
            out.add(cells);
        }
        return out;
    }

    List<Inline> inlines(List<Inline> in, Where where) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline i : in) out.addAll(inline(i, where));
        return out;
    }

    /** The replacement of one inline (usually itself); containers are rebuilt with their content rewritten. */
    List<Inline> inline(Inline i, Where where) {
        return i.accept(where == Where.HEADING ? inHeading : inBody);
    }

    private final Rebuild inBody = new Rebuild(Where.BODY);
    private final Rebuild inHeading = new Rebuild(Where.HEADING);

    /** One case per inline kind, so a new kind cannot pass through unrewritten. */
    private final class Rebuild implements InlineVisitor<List<Inline>> {
        private final Where where;

        Rebuild(Where where) {
            this.where = where;
        }

        public List<Inline> text(Inline.Text t) { return List.of(t); }
        public List<Inline> code(Inline.Code c) { return List.of(c); }
        public List<Inline> noteRef(Inline.NoteRef n) { return List.of(n); }
        public List<Inline> lineBreak(Inline.LineBreak b) { return List.of(b); }
        public List<Inline> image(Inline.Image i) { return List.of(i); }

        public List<Inline> emphasis(Inline.Emphasis e) {
            return List.of(new Inline.Emphasis(inlines(e.content(), where), e.span()));
        }

        public List<Inline> strong(Inline.Strong s) {
            return List.of(new Inline.Strong(inlines(s.content(), where), s.span()));
        }

        public List<Inline> link(Inline.Link l) {
            return List.of(new Inline.Link(l.url(), l.title(), inlines(l.content(), where), l.span()));
        }

        public List<Inline> termRef(Inline.TermRef t) {
            return List.of(new Inline.TermRef(t.entryId(), inlines(t.content(), where), t.explicit(), t.span()));
        }

        public List<Inline> termUse(Inline.TermUse t) {
            return List.of(new Inline.TermUse(t.entryId(), inlines(t.content(), where), t.span()));
        }

        public List<Inline> languageSpan(Inline.LanguageSpan l) {
            return List.of(new Inline.LanguageSpan(l.language(), inlines(l.content(), where), l.span()));
        }
    }
}
