package org.scholia.render;

import java.util.List;

/**
 * Where each page of a laid-out PDF starts in the model: what the EPUB's page-list needs so
 * that "page 7" of the printed handout can be found on an e-reader. A plain value.
 */
public record PageMap(List<PageStart> pages) {
    public PageMap {
        pages = List.copyOf(pages);
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
