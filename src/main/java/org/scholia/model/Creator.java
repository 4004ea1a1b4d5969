package org.scholia.model;

/**
 * A person who made the book, with a MARC relator role ("aut" author, "edt" editor,
 * "trl" translator, "ill" illustrator …), as EPUB metadata wants it.
 */
public record Creator(String name, String role) {
    public static Creator author(String name) {
        return new Creator(name, "aut");
    }
}
