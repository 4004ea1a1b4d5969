package org.scholia.render.pdf.layout;

/**
 * What a positioned item is in the book's structure.
 *
 * @param role     its structural role
 * @param level    heading level (1 = chapter title), list nesting depth, or 0
 * @param structId the model element it belongs to (paragraph or heading id, note anchor): a
 *                 tagger groups the lines of one element under one structure element; "" if none
 */
public record Tag(Role role, int level, String structId) {
    public static final Tag ARTIFACT = new Tag(Role.ARTIFACT, 0, "");

    public static Tag of(Role role, String structId) {
        return new Tag(role, 0, structId);
    }
}
