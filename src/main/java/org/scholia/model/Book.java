package org.scholia.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole book as loaded and annotated: metadata, chapters in reading order and the glossary.
 * Immutable; annotation passes return a new Book.
 *
 * @param root the manuscript folder (every file the book refers to lies inside it)
 */
public record Book(Path root, Metadata metadata, List<Chapter> chapters, Glossary glossary) {
    public Book {
        chapters = List.copyOf(chapters);
    }

    public Book withChapters(List<Chapter> newChapters) {
        return new Book(root, metadata, newChapters, glossary);
    }

    public Book withGlossary(Glossary newGlossary) {
        return new Book(root, metadata, chapters, newGlossary);
    }

    /** A file-name-safe slug of the title ("real-socialism"). */
    public String slug() {
        return Slug.of(metadata.title());
    }

    /** Footnotes in the whole book, chapters then glossary. */
    public int noteCount() {
        return chapters.stream().mapToInt(c -> c.notes().size()).sum() + glossary.notes().size();
    }
}
