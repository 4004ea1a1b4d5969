package org.scholia.model;

import java.util.List;
import java.util.Optional;

/**
 * What book.yaml says about the book. Optional texts are empty strings when absent, except
 * the cover, which is an image inside the manuscript folder.
 *
 * @param identifier the book's unique identifier (a urn:uuid derived from title and authors when not given)
 * @param date       publication date as written (ISO 8601 expected), or empty
 * @param cover      the author's cover image, if any
 * @param noCover    {@code cover: none}: no cover at all (otherwise a book without a cover image
 *                   gets a generated one)
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
        SourceSpan span,
        boolean noCover) {

    public Metadata {
        creators = List.copyOf(creators);
        subjects = List.copyOf(subjects);
    }

    /** Metadata of a book that has a cover: its image, or a generated one when {@code cover} is empty. */
    public Metadata(String title, String subtitle, List<Creator> creators, String language, String identifier,
                    String date, String publisher, String rights, String description, List<String> subjects,
                    Optional<ImageFile> cover, Autolink autolink, SourceSpan span) {
        this(title, subtitle, creators, language, identifier, date, publisher, rights, description, subjects,
                cover, autolink, span, false);
    }

    /** Whether the book's cover is to be generated: no cover image, and not {@code cover: none}. */
    public boolean generatedCover() {
        return cover.isEmpty() && !noCover;
    }

    /** The authors' names joined for display ("A, B and C"). */
    public String authorLine() {
        List<String> names = creators.stream().filter(c -> c.role().equals("aut")).map(Creator::name).toList();
        if (names.isEmpty()) names = creators.stream().map(Creator::name).toList();
        if (names.size() <= 1) return names.isEmpty() ? "" : names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
