package org.scholia.model;

import java.util.List;

/**
 * The plain words of inline content, as a reader would read them aloud: used for titles in
 * navigation, bookmarks, messages and the character offsets of the PageMap. Note reference
 * marks, line breaks and images contribute nothing (a line break reads as a space).
 */
public final class PlainText {
    private PlainText() {
    }

    public static String of(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        append(content, sb);
        return sb.toString();
    }

    private static void append(List<Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            i.accept(new InlineVisitor<Void>() {
                public Void text(Inline.Text t) { sb.append(t.text()); return null; }
                public Void emphasis(Inline.Emphasis e) { append(e.content(), sb); return null; }
                public Void strong(Inline.Strong s) { append(s.content(), sb); return null; }
                public Void code(Inline.Code c) { sb.append(c.text()); return null; }
                public Void link(Inline.Link l) { append(l.content(), sb); return null; }
                public Void noteRef(Inline.NoteRef n) { return null; }
                public Void termRef(Inline.TermRef t) { append(t.content(), sb); return null; }
                public Void lineBreak(Inline.LineBreak b) { sb.append(' '); return null; }
                public Void image(Inline.Image im) { return null; }
            });
        }
    }
}
