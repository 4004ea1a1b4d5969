package org.scholia.render.pdf.layout;

import java.util.List;

/**
 * A page frame: its size and every positioned item on it, in painting order. Plain data: the
 * painter draws it without making any decision.
 *
 * @param index  0-based page index in the document
 * @param label  the printed page number ("iii", "7"), also used as the PDF page label
 */
public record Page(int index, String label, long width, long height, List<FrameItem> items) {
    public Page {
        items = List.copyOf(items);
    }
}
