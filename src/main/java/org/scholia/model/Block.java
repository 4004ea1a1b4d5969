package org.scholia.model;

import java.util.List;

/**
 * Block-level content of a chapter, a footnote or a glossary definition. Every block carries
 * its source span; use {@link #accept} to handle every kind.
 */
public sealed interface Block {

    SourceSpan span();

    <R> R accept(BlockVisitor<R> visitor);

    /**
     * A heading. Level 1 is the chapter title; sections are 2 and deeper.
     *
     * @param id a stable anchor ("ch02-s1"), unique in the book
     */
    record Heading(int level, List<Inline> content, String id, SourceSpan span) implements Block {
        public Heading { content = List.copyOf(content); }
        public <R> R accept(BlockVisitor<R> v) { return v.heading(this); }
    }

    /**
     * A paragraph of running text.
     *
     * @param id     a stable id unique in the book ("ch02-p7"), set by the numbering pass
     * @param number the paragraph's number in its chapter (1-based, 0 for paragraphs inside
     *               notes, quotes, lists or definitions, which are not numbered)
     */
    record Paragraph(List<Inline> content, String id, int number, SourceSpan span) implements Block {
        public Paragraph { content = List.copyOf(content); }
        public <R> R accept(BlockVisitor<R> v) { return v.paragraph(this); }
    }

    record Quote(List<Block> content, SourceSpan span) implements Block {
        public Quote { content = List.copyOf(content); }
        public <R> R accept(BlockVisitor<R> v) { return v.quote(this); }
    }

    /** A bulleted or numbered list; each item is a list of blocks (so lists nest). */
    record ListBlock(boolean ordered, int start, List<List<Block>> items, SourceSpan span) implements Block {
        public ListBlock { items = items.stream().map(List::copyOf).toList(); }
        public <R> R accept(BlockVisitor<R> v) { return v.list(this); }
    }

    /** A table: header rows (usually one) then body rows; each cell is inline content. */
    record Table(List<Alignment> alignments, List<List<List<Inline>>> header,
                 List<List<List<Inline>>> body, SourceSpan span) implements Block {
        public Table {
            alignments = List.copyOf(alignments);
            header = header.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            body = body.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
        /** Number of columns (the widest row). */
        public int columns() {
            int n = alignments.size();
            for (var r : header) n = Math.max(n, r.size());
            for (var r : body) n = Math.max(n, r.size());
            return n;
        }
        public <R> R accept(BlockVisitor<R> v) { return v.table(this); }
    }

    enum Alignment { LEFT, CENTER, RIGHT, DEFAULT }

    /** Preformatted code; whitespace and line ends are significant. */
    record CodeBlock(String language, String text, SourceSpan span) implements Block {
        public <R> R accept(BlockVisitor<R> v) { return v.code(this); }
    }

    /** An image standing alone as a paragraph: a figure, with its alt text and an optional caption (the title). */
    record Figure(Inline.Image image, SourceSpan span) implements Block {
        public <R> R accept(BlockVisitor<R> v) { return v.figure(this); }
    }

    /**
     * Blocks in another language than the book's (a fenced {@code ::: {lang=de}} division in
     * the manuscript): hyphenated with that language's patterns, quoted with its marks, marked
     * {@code lang} in the EPUB and {@code /Lang} in a tagged PDF.
     *
     * @param language BCP 47 tag of the blocks ("de", "fr-CA")
     */
    record LanguageBlock(String language, List<Block> content, SourceSpan span) implements Block {
        public LanguageBlock { content = List.copyOf(content); }
        public <R> R accept(BlockVisitor<R> v) { return v.languageBlock(this); }
    }

    record ThematicBreak(SourceSpan span) implements Block {
        public <R> R accept(BlockVisitor<R> v) { return v.thematicBreak(this); }
    }
}
