package org.scholia.render.pdf.layout;

/**
 * An entry of the PDF outline.
 *
 * @param level  1 for chapters (and front and back matter), 2 for sections, 3 below
 * @param anchor the named place it opens
 */
public record Bookmark(String title, int level, String anchor) {
}
