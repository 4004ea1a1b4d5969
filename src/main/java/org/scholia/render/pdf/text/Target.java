package org.scholia.render.pdf.text;

/**
 * What a piece of set text refers to, carried from the model through line breaking to the
 * painter (links, note anchors, tagged structure).
 */
public sealed interface Target {

    /** Plain text. */
    record None() implements Target {
        public static final None INSTANCE = new None();
    }

    /** A footnote reference mark in running text; the page builder places the note on its page. */
    record NoteRef(String chapterId, String label, int number, int occurrence) implements Target {
    }

    /** Words linked to a glossary entry. */
    record TermRef(String entryId) implements Target {
    }

    /** Words that use a glossary entry without linking to it: not a link, but the glossary lists its page. */
    record TermUse(String entryId) implements Target {
    }

    /** An external hyperlink. */
    record Uri(String url) implements Target {
    }

    /** A link to a named destination inside the document (TOC entry → chapter, note → reference). */
    record Internal(String anchor) implements Target {
    }
}
