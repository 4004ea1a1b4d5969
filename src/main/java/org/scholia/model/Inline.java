package org.scholia.model;

import java.util.List;

/**
 * Text-level content of a paragraph, heading, cell or note. Every inline carries its source
 * span. Use {@link #accept} to handle every kind: the visitor keeps the handling exhaustive.
 */
public sealed interface Inline {

    SourceSpan span();

    <R> R accept(InlineVisitor<R> visitor);

    /** Plain words. Soft line breaks of the source are already spaces. */
    record Text(String text, SourceSpan span) implements Inline {
        public <R> R accept(InlineVisitor<R> v) { return v.text(this); }
    }

    record Emphasis(List<Inline> content, SourceSpan span) implements Inline {
        public Emphasis { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.emphasis(this); }
    }

    record Strong(List<Inline> content, SourceSpan span) implements Inline {
        public Strong { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.strong(this); }
    }

    record Code(String text, SourceSpan span) implements Inline {
        public <R> R accept(InlineVisitor<R> v) { return v.code(this); }
    }

    /** A hyperlink to an external address (http, https, mailto). */
    record Link(String url, String title, List<Inline> content, SourceSpan span) implements Inline {
        public Link { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.link(this); }
    }

    /**
     * A reference to a footnote of the same chapter (or of the glossary).
     *
     * @param label      the label as written ([^label])
     * @param number     the number printed, set by the numbering pass (0 before it)
     * @param occurrence 1 for the first citation of this note, 2 for the second … (for back-links)
     */
    record NoteRef(String label, int number, int occurrence, SourceSpan span) implements Inline {
        public <R> R accept(InlineVisitor<R> v) { return v.noteRef(this); }
    }

    /**
     * Words that refer to a glossary entry.
     *
     * @param entryId  the {@link GlossaryEntry#id()} it links to
     * @param explicit true for [[headword]] written by the author, false when found by autolinking
     */
    record TermRef(String entryId, List<Inline> content, boolean explicit, SourceSpan span) implements Inline {
        public TermRef { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.termRef(this); }
    }

    /**
     * Words that use a glossary entry without linking to it: a later use in a chapter that links
     * only its first, a use in a heading, any use when autolinking is off. Recorded by the glossary
     * pass so that every reader of the book (the PDF's page lists, the EPUB's "used in", the
     * "term never used" check) sees the same uses; renderers show the words as plain text.
     *
     * @param entryId the {@link GlossaryEntry#id()} it uses
     */
    record TermUse(String entryId, List<Inline> content, SourceSpan span) implements Inline {
        public TermUse { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.termUse(this); }
    }

    /**
     * Words in another language than the text around them ({@code [текст]{lang=ru}} in the
     * manuscript): hyphenated with that language's patterns, quoted with its marks, marked
     * {@code lang} in the EPUB and {@code /Lang} in a tagged PDF.
     *
     * @param language BCP 47 tag of the words ("ru", "de-CH")
     */
    record LanguageSpan(String language, List<Inline> content, SourceSpan span) implements Inline {
        public LanguageSpan { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.languageSpan(this); }
    }

    /** A hard line break (two trailing spaces or a backslash in Markdown). */
    record LineBreak(SourceSpan span) implements Inline {
        public <R> R accept(InlineVisitor<R> v) { return v.lineBreak(this); }
    }

    /** An image in running text. Alt text is the accessible alternative; empty if the author gave none. */
    record Image(ImageFile file, String alt, String title, SourceSpan span) implements Inline {
        public <R> R accept(InlineVisitor<R> v) { return v.image(this); }
    }
}
