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
        append(content, sb, false);
        return sb.toString();
    }

    /**
     * The text of a heading as a title in navigation, bookmarks and running heads: images
     * read as their alt text, white space collapsed.
     */
    public static String title(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        append(content, sb, true);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(List<Inline> content, StringBuilder sb, boolean altText) {
        for (Inline i : content) {
            i.accept(new InlineVisitor<Void>() {
                public Void text(Inline.Text t) { sb.append(t.text()); return null; }
                public Void emphasis(Inline.Emphasis e) { append(e.content(), sb, altText); return null; }
                public Void strong(Inline.Strong s) { append(s.content(), sb, altText); return null; }
                public Void code(Inline.Code c) { sb.append(c.text()); return null; }
                public Void link(Inline.Link l) { append(l.content(), sb, altText); return null; }
                public Void noteRef(Inline.NoteRef n) { return null; }
                public Void termRef(Inline.TermRef t) { append(t.content(), sb, altText); return null; }
                public Void termUse(Inline.TermUse t) { append(t.content(), sb, altText); return null; }
                public Void lineBreak(Inline.LineBreak b) { sb.append(' '); return null; }
                public Void image(Inline.Image im) { if (altText) sb.append(im.alt()); return null; }
                public Void languageSpan(Inline.LanguageSpan l) { append(l.content(), sb, altText); return null; }
            });
        }
    }
}
