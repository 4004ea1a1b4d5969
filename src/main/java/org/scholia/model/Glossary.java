package org.scholia.model;

import java.util.List;
import java.util.Optional;

/** The glossary: entries in the author's order, and the footnotes cited in definitions. */
public record Glossary(String file, List<GlossaryEntry> entries, List<Footnote> notes) {
    public Glossary {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    public static Glossary empty() {
        return new Glossary("", List.of(), List.of());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Optional<GlossaryEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
