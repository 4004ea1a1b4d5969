package org.scholia.render.pdf.text;

/**
 * What a piece of set text refers to, carried from the model through line breaking to the
 * painter (links, note anchors, tagged structure).
 */
public sealed interface Target {

    /** Calls the visitor's method for this kind of target. */
    <R> R accept(Visitor<R> v);

    /** One method per kind of target: a new kind fails to compile where it is not handled. */
    interface Visitor<R> {
        R none(None n);

        R noteRef(NoteRef r);

        R termRef(TermRef t);

        R termUse(TermUse t);

        R uri(Uri u);

        R internal(Internal i);
    }

    /** Plain text. */
    record None() implements Target {
        public <R> R accept(Visitor<R> v) {
            return v.none(this);
        }

        public static final None INSTANCE = new None();
    }

    /** A footnote reference mark in running text; the page builder places the note on its page. */
    record NoteRef(String chapterId, String label, int number, int occurrence) implements Target {
        public <R> R accept(Visitor<R> v) {
            return v.noteRef(this);
        }
    }

    /**
     * Words linked to a glossary entry.
     *
     * @param at where the link starts in its block's model text (-1 if not known): two links to
     *           one entry in a paragraph are two targets, one link broken over lines is one
     */
    record TermRef(String entryId, int at) implements Target {
        public TermRef(String entryId) {
            this(entryId, -1);
        }

        public <R> R accept(Visitor<R> v) {
            return v.termRef(this);
        }
    }

    /** Words that use a glossary entry without linking to it: not a link, but the glossary lists its page. */
    record TermUse(String entryId) implements Target {
        public <R> R accept(Visitor<R> v) {
            return v.termUse(this);
        }
    }

    /**
     * An external hyperlink.
     *
     * @param at where the link starts in its block's model text (-1 if not known), as for {@link TermRef}
     */
    record Uri(String url, int at) implements Target {
        public Uri(String url) {
            this(url, -1);
        }

        public <R> R accept(Visitor<R> v) {
            return v.uri(this);
        }
    }

    /** A link to a named destination inside the document (TOC entry → chapter, note → reference). */
    record Internal(String anchor) implements Target {
        public <R> R accept(Visitor<R> v) {
            return v.internal(this);
        }
    }
}
