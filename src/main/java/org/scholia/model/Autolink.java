package org.scholia.model;

/** How glossary terms found in body text are linked to their entries. */
public enum Autolink {
    /** Link the first occurrence of each term in each chapter (default, like a printed book). */
    FIRST_PER_CHAPTER("first-per-chapter"),
    /** Link every occurrence. */
    EVERY("every"),
    /** Link only explicit [[term]] references. */
    NONE("none");

    private final String key;

    Autolink(String key) {
        this.key = key;
    }

    /** The value as written in book.yaml. */
    public String key() {
        return key;
    }

    public static Autolink fromKey(String key) {
        for (Autolink a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
