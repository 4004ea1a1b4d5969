package org.scholia.render.pdf.layout;

import java.util.List;
import org.scholia.model.Inline;
import org.scholia.model.InlineVisitor;

/** The plain letters of inline content: for bookmarks, running heads and the TOC. */
final class PlainText implements InlineVisitor<String> {
    private static final PlainText INSTANCE = new PlainText();

    static String of(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) sb.append(i.accept(INSTANCE));
        return sb.toString();
    }

    public String text(Inline.Text t) { return t.text(); }
    public String emphasis(Inline.Emphasis e) { return of(e.content()); }
    public String strong(Inline.Strong s) { return of(s.content()); }
    public String code(Inline.Code c) { return c.text(); }
    public String link(Inline.Link l) { return of(l.content()); }
    public String noteRef(Inline.NoteRef n) { return ""; }
    public String termRef(Inline.TermRef t) { return of(t.content()); }
    public String lineBreak(Inline.LineBreak b) { return " "; }
    public String image(Inline.Image i) { return i.alt(); }
}
