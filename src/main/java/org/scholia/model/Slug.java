package org.scholia.model;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and headwords into ASCII ids usable as file names and XML ids. */
public final class Slug {
    private Slug() {
    }

    /** "Socialism in One Country" → "socialism-in-one-country"; never empty ("book" as a last resort). */
    public static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? "book" : s;
    }
}
