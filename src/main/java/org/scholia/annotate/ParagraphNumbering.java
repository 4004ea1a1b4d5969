package org.scholia.annotate;

import java.util.ArrayList;
import java.util.List;
import org.scholia.model.Block;
import org.scholia.model.BlockVisitor;

/**
 * Gives every heading and paragraph a stable id, and numbers the chapter's top-level
 * paragraphs 1, 2, 3 … (the numbers a classroom edition prints in the margin; the ids tie a
 * PDF page to an EPUB location). Ids depend only on the position in the manuscript, so they
 * do not change from one build to the next.
 *
 * <p>Ids: chapter heading = chapter id ("ch02"); sections "ch02-s1"; numbered paragraphs
 * "ch02-p7"; paragraphs inside quotes, lists and tables "ch02-p7-2" (the last numbered
 * paragraph before them, then a counter); note paragraphs "ch02-n3-1".
 */
final class ParagraphNumbering {

    /** Numbers a chapter's body. */
    List<Block> chapter(String chapterId, List<Block> blocks) {
        return topLevel(blocks, new Counter(chapterId));
    }

    /** A chapter's own blocks; a passage in another language is transparent: its paragraphs are the chapter's. */
    private List<Block> topLevel(List<Block> blocks, Counter c) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                c.paragraph++;
                c.nested = 0;
                out.add(new Block.Paragraph(p.content(), c.prefix + "-p" + c.paragraph, c.paragraph, p.span()));
            } else if (b instanceof Block.LanguageBlock l) {
                out.add(new Block.LanguageBlock(l.language(), topLevel(l.content(), c), l.span()));
            } else {
                out.add(nested(b, c));
            }
        }
        return out;
    }

    /** Ids for the blocks of a note or a glossary definition: prefix-1, prefix-2 … none numbered. */
    List<Block> unnumbered(String prefix, List<Block> blocks) {
        Counter c = new Counter(prefix);
        c.paragraph = -1;
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(nested(b, c));
        return out;
    }

    private static final class Counter {
        final String prefix;
        int paragraph;
        int nested;
        int section;

        Counter(String prefix) {
            this.prefix = prefix;
        }

        String nextNestedId() {
            nested++;
            return paragraph < 0 ? prefix + "-" + nested : prefix + "-p" + paragraph + "-" + nested;
        }
    }

    private Block nested(Block b, Counter c) {
        return b.accept(new BlockVisitor<Block>() {
            public Block heading(Block.Heading h) {
                String id = h.level() == 1 && c.section == 0 && c.paragraph == 0 ? c.prefix : c.prefix + "-s" + (++c.section);
                if (h.level() == 1 && id.equals(c.prefix)) c.section = 0;
                return new Block.Heading(h.level(), h.content(), id, h.span());
            }
            public Block paragraph(Block.Paragraph p) {
                return new Block.Paragraph(p.content(), c.nextNestedId(), 0, p.span());
            }
            public Block quote(Block.Quote q) {
                return new Block.Quote(all(q.content()), q.span());
            }
            public Block list(Block.ListBlock l) {
                List<List<Block>> items = new ArrayList<>();
                for (List<Block> item : l.items()) items.add(all(item));
                return new Block.ListBlock(l.ordered(), l.start(), items, l.span());
            }
            public Block table(Block.Table t) { return t; }
            public Block code(Block.CodeBlock code) { return code; }
            public Block figure(Block.Figure f) { return f; }
            public Block thematicBreak(Block.ThematicBreak t) { return t; }
            public Block languageBlock(Block.LanguageBlock l) {
                return new Block.LanguageBlock(l.language(), all(l.content()), l.span());
            }

            private List<Block> all(List<Block> in) {
                List<Block> out = new ArrayList<>(in.size());
                for (Block x : in) out.add(nested(x, c));
                return out;
            }
        });
    }
}
