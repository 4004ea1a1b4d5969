package org.scholia.model;

/**
 * Where a node came from: a file (relative to the manuscript folder, with '/' separators),
 * a 1-based line and a 1-based column. Line 0 means "the whole file".
 */
public record SourceSpan(String file, int line, int column) {
    public SourceSpan {
        if (file == null) throw new IllegalArgumentException("file");
    }

    /** A span for a file as a whole, when no line is known. */
    public static SourceSpan ofFile(String file) {
        return new SourceSpan(file, 0, 0);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
