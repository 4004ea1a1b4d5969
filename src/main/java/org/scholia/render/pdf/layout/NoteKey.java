package org.scholia.render.pdf.layout;

/**
 * Identifies a footnote: the chapter (or "glossary") and the label. A note cited twice is one
 * note: it is placed at its first reference.
 */
public record NoteKey(String chapterId, String label) {

    /** Named destination of the note's text. */
    public String anchor() {
        return "note-" + chapterId + "-" + label;
    }

    /** Named destination of a reference to the note (the {@code occurrence}-th citation). */
    public String refAnchor(int occurrence) {
        return "noteref-" + chapterId + "-" + label + "-" + occurrence;
    }
}
