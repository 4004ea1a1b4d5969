package org.scholia.render.epub;

import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.Chapter;

/**
 * One XHTML content document being written: its output, what it links to (the layout), its
 * notes, and the ids already used in it. An id is written at most once per document
 * ({@link #claim}): a duplicate in the model costs an anchor, never the validity of the file.
 */
final class ContentDocument {
    final Xhtml out;
    final Layout layout;
    final Labels labels;
    /** The document's notes (a chapter's or the glossary's). */
    final NoteIndex notes;
    /** The chapter written, or null for the glossary. */
    final Chapter chapter;
    /** This document's own file name, to tell same-document links from cross-document ones. */
    final String href;
    private final Set<String> ids = new HashSet<>();

    ContentDocument(XMLOutputFactory factory, Layout layout, Labels labels, NoteIndex notes, Chapter chapter,
                    String href) {
        this.out = new Xhtml(factory);
        this.layout = layout;
        this.labels = labels;
        this.notes = notes;
        this.chapter = chapter;
        this.href = href;
    }

    /** Returns the id if it is new in this document (and records it), else null (attribute omitted). */
    String claim(String id) {
        if (id == null || id.isEmpty() || !ids.add(id)) return null;
        return id;
    }

    /** The language of the book, for {@code lang} and {@code xml:lang}. */
    String lang() {
        String l = layout.book().metadata().language();
        return l == null || l.isBlank() ? "und" : l;
    }
}
