package org.scholia.render.pdf.layout;

import java.util.List;

/**
 * One page as the page builder filled it: body pieces stacked from the top of the text block,
 * footnote pieces stacked up from its foot.
 *
 * @param body      running text, top to bottom
 * @param notes     footnote lines, top to bottom (a continued note first)
 * @param continued the footnote area begins with the rest of a note split on the previous page
 *                  (drawn with a full-width rule, as TeX does)
 */
public record ComposedPage(List<FlowPiece> body, List<FlowPiece> notes, boolean continued) {
    public ComposedPage {
        body = List.copyOf(body);
        notes = List.copyOf(notes);
    }

    public long bodyHeight() {
        return body.stream().mapToLong(FlowPiece::height).sum();
    }

    public long notesHeight() {
        return notes.stream().mapToLong(FlowPiece::height).sum();
    }
}
