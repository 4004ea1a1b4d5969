package org.scholia.model;

import java.util.List;

/**
 * One glossary entry: a headword, its variants (plurals, other spellings) and its definition.
 *
 * @param id a stable anchor derived from the headword ("term-central-committee")
 */
public record GlossaryEntry(String id, String headword, List<String> variants, List<Block> definition,
                            SourceSpan span) {
    public GlossaryEntry {
        variants = List.copyOf(variants);
        definition = List.copyOf(definition);
    }

    /** Headword then variants: every form that refers to this entry. */
    public List<String> forms() {
        var all = new java.util.ArrayList<String>(variants.size() + 1);
        all.add(headword);
        all.addAll(variants);
        return all;
    }
}
