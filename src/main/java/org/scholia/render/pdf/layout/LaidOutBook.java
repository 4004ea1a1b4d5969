package org.scholia.render.pdf.layout;

import java.util.List;
import java.util.Map;
import org.scholia.render.PageMap;

/**
 * The whole book laid out: page frames and what the painter needs for navigation.
 *
 * @param pages   every page in order
 * @param anchors named places (chapters, sections, notes, note references, glossary entries)
 * @param outline bookmarks in reading order, nested by level
 * @param frontMatter how many pages are front matter (numbered in roman; the rest arabic from 1)
 * @param pageMap where each page starts in the model
 */
public record LaidOutBook(List<Page> pages, Map<String, Place> anchors, List<Bookmark> outline, int frontMatter,
                          PageMap pageMap) {
    public LaidOutBook {
        pages = List.copyOf(pages);
        anchors = Map.copyOf(anchors);
        outline = List.copyOf(outline);
    }

    /** A point on a page (sp from the page's top-left corner). */
    public record Place(int page, long x, long y) {
    }
}
