package org.scholia.render.epub;

import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.Chapter;
import org.scholia.model.FurnitureWords;

/**
 * One XHTML content document being written: its output, what it links to (the plan), its
 * notes, and the ids already used in it. An id is written at most once per document
 * ({@link #claim}): a duplicate in the model costs an anchor, never the validity of the file.
 */
final class ContentDocument {
    final Xhtml out;
    final EpubPlan plan;
    final FurnitureWords words;
    /** The document's notes (a chapter's or the glossary's). */
    final NoteIndex notes;
    /** The chapter written, or null for the glossary. */
    final Chapter chapter;
    /** This document's own file name, to tell same-document links from cross-document ones. */
    final String href;
    private final Set<String> ids = new HashSet<>();

    ContentDocument(XMLOutputFactory factory, EpubPlan plan, FurnitureWords words, NoteIndex notes, Chapter chapter,
                    String href) {
        this.out = new Xhtml(factory);
        this.plan = plan;
        this.words = words;
        this.notes = notes;
        this.chapter = chapter;
        this.href = href;
    }

    /**
     * Returns the id if it is valid (no whitespace) and new in this document, recording it; else
     * null, and the attribute is left out.
     */
    String claim(String id) {
        if (!valid(id) || !ids.add(id)) return null;
        return id;
    }

    /** Whether an id may be written: HTML forbids empty ids and whitespace in them. */
    static boolean valid(String id) {
        if (id == null || id.isEmpty()) return false;
        for (int i = 0; i < id.length(); i++) if (Character.isWhitespace(id.charAt(i))) return false;
        return true;
    }

    /** The language of the book, for {@code lang} and {@code xml:lang}. */
    String lang() {
        String l = plan.book().metadata().language();
        return l == null || l.isBlank() ? "und" : l;
    }
}
