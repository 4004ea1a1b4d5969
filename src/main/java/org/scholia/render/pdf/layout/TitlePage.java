package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.model.Metadata;
import org.scholia.model.SourceSpan;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.TextStyle;

/** The title page: title, subtitle, author and date, centred in the upper half of the page. */
final class TitlePage {
    private final LayoutTools cx;

    TitlePage(LayoutTools cx) {
        this.cx = cx;
    }

    ComposedPage compose(Metadata m, org.scholia.model.FurnitureWords words) {
        Styles s = cx.styles();
        List<FlowPiece> body = new ArrayList<>();
        body.add(new FlowPiece(s.profile().textHeight() / 5, List.of(), List.of(), false, false, "", 0, null));
        add(body, m.title(), s.title(), "title");
        if (!m.subtitle().isBlank()) {
            body.add(FlowPiece.space(s.bodyLeading() / 2, false));
            add(body, m.subtitle(), s.heading(2).withBold(false).withItalic(true), "subtitle");
        }
        body.add(FlowPiece.space(s.bodyLeading() * 3, false));
        add(body, m.authorLine(), s.heading(2).withBold(false), "author");
        if (!m.date().isBlank()) {
            body.add(FlowPiece.space(s.bodyLeading(), false));
            add(body, words.date(m.date()), s.body(), "date");
        }
        return new ComposedPage(body, List.of(), false);
    }

    private void add(List<FlowPiece> body, String text, TextStyle style, String id) {
        if (text == null || text.isBlank()) return;
        List<Line> lines = cx.setter().set(List.of(new Span(text, style)), cx.styles().profile().measure(),
                Alignment.CENTER, 0, cx.missing().at(SourceSpan.ofFile("book.yaml")));
        body.addAll(LinePieces.of(lines, 0, cx.styles().leading(style.size()), Tag.root(Role.TITLE_PAGE, "title").child(Role.TITLE, "title-" + id), "", 0, 1, 1));
    }
}
