package org.scholia.model;

/** One method per kind of {@link Inline}: adding a kind breaks every visitor at compile time. */
public interface InlineVisitor<R> {
    R text(Inline.Text t);
    R emphasis(Inline.Emphasis e);
    R strong(Inline.Strong s);
    R code(Inline.Code c);
    R link(Inline.Link l);
    R noteRef(Inline.NoteRef n);
    R termRef(Inline.TermRef t);
    R termUse(Inline.TermUse t);
    R lineBreak(Inline.LineBreak b);
    R image(Inline.Image i);
    R languageSpan(Inline.LanguageSpan l);
}
