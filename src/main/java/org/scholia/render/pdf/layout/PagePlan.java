package org.scholia.render.pdf.layout;

/**
 * A composed page on its way to becoming a frame: the page builder's output plus what the
 * furniture needs to know about it.
 *
 * @param runningHead the chapter (or section of the book) title for the recto running head
 * @param opening     the first page of a chapter, the contents or the glossary: no running head
 * @param front       front matter, numbered in roman
 * @param folio       whether to print the page number (not on the title page or a blank)
 */
record PagePlan(ComposedPage page, String runningHead, boolean opening, boolean front, boolean folio) {
    /** A page left blank (a verso before a recto opening, the last page of a duplex book): nothing on it at all. */
    boolean blank() {
        return page.body().isEmpty() && page.notes().isEmpty();
    }
}
