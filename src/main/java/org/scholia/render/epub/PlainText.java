package org.scholia.render.epub;

import java.util.List;
import org.scholia.model.Inline;
import org.scholia.model.InlineVisitor;

/**
 * The plain text of inline content, for places that take no markup: document titles, nav and
 * NCX labels. Note references are left out (a heading's note number is not part of its name);
 * images count as their alt text.
 */
final class PlainText implements InlineVisitor<Void> {
    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    static String of(List<Inline> inlines) {
        PlainText p = new PlainText();
        p.all(inlines);
        return p.out.toString().replaceAll("\\s+", " ").strip();
    }

    private void all(List<Inline> inlines) {
        for (Inline i : inlines) i.accept(this);
    }

    @Override public Void text(Inline.Text t) { out.append(t.text()); return null; }
    @Override public Void emphasis(Inline.Emphasis e) { all(e.content()); return null; }
    @Override public Void strong(Inline.Strong s) { all(s.content()); return null; }
    @Override public Void code(Inline.Code c) { out.append(c.text()); return null; }
    @Override public Void link(Inline.Link l) { all(l.content()); return null; }
    @Override public Void noteRef(Inline.NoteRef n) { return null; }
    @Override public Void termRef(Inline.TermRef t) { all(t.content()); return null; }
    @Override public Void lineBreak(Inline.LineBreak b) { out.append(' '); return null; }
    @Override public Void image(Inline.Image i) { out.append(i.alt()); return null; }
}
