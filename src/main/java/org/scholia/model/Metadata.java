package org.scholia.model;

import java.util.List;
import java.util.Optional;

/**
 * What book.yaml says about the book. Optional texts are empty strings when absent, except
 * the cover, which is an image inside the manuscript folder.
 *
 * @param identifier the book's unique identifier (a urn:uuid derived from title and authors when not given)
 * @param date       publication date as written (ISO 8601 expected), or empty
 */
public record Metadata(
        String title,
        String subtitle,
        List<Creator> creators,
        String language,
        String identifier,
        String date,
        String publisher,
        String rights,
        String description,
        List<String> subjects,
        Optional<ImageFile> cover,
        Autolink autolink,
        SourceSpan span) {

    public Metadata {
        creators = List.copyOf(creators);
        subjects = List.copyOf(subjects);
    }

    /** The authors' names joined for display ("A, B and C"). */
    public String authorLine() {
        List<String> names = creators.stream().filter(c -> c.role().equals("aut")).map(Creator::name).toList();
        if (names.isEmpty()) names = creators.stream().map(Creator::name).toList();
        if (names.size() <= 1) return names.isEmpty() ? "" : names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
