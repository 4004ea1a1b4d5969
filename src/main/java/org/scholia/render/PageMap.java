package org.scholia.render;

import java.util.List;

/**
 * Where each page of a laid-out PDF starts in the model: what the EPUB's page-list needs so
 * that "page 7" of the classroom print edition can be found on an e-reader. Pages left blank
 * (a verso before a chapter that opens on a recto) have no entry: nobody looks them up. A plain value.
 */
public record PageMap(List<PageStart> pages, int pageCount) {
    /**
     * @param pages     the pages that are printed on, in order
     * @param pageCount every page of the PDF, blank ones too
     */
    public PageMap {
        pages = List.copyOf(pages);
        if (!pages.isEmpty() && pages.get(pages.size() - 1).index() >= pageCount) {
            throw new IllegalArgumentException("page " + pages.get(pages.size() - 1).index() + " of " + pageCount);
        }
    }

    /** A map whose last page is the last listed. */
    public PageMap(List<PageStart> pages) {
        this(pages, pages.isEmpty() ? 0 : pages.get(pages.size() - 1).index() + 1);
    }

    /**
     * One page.
     *
     * @param index   0-based page index in the PDF
     * @param label   the printed page number ("iii", "7")
     * @param blockId id of the first model block (paragraph or heading id) whose text begins or
     *                continues on this page; empty for pages with no body text (title page)
     * @param offset  character offset inside that block's plain text where the page begins
     *                (0 when the block starts on the page)
     */
    public record PageStart(int index, String label, String blockId, int offset) {
    }
}
