package org.scholia.model;

import java.util.List;

/**
 * A footnote: its label, its number (set by the numbering pass; 0 before it), its content and
 * how many times it is cited (a note cited twice is one note with two back-links).
 */
public record Footnote(String label, int number, List<Block> content, int citations, SourceSpan span) {
    public Footnote { content = List.copyOf(content); }
}
