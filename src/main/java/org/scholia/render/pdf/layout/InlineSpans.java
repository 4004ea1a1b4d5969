package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.model.Inline;
import org.scholia.model.InlineVisitor;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.Target;
import org.scholia.render.pdf.text.TextStyle;

/**
 * Turns inline model content into styled spans for the text engine: emphasis and strong toggle
 * the slant and weight, code switches to the mono family, links and terms carry their targets,
 * note references become superscript numbers that the page builder will find on their lines.
 *
 * <p>Each span carries the offset where its text starts in the content's plain text
 * ({@link org.scholia.model.PlainText#of}), counted exactly as PlainText counts: text and code
 * by their chars, a hard line break as one char, note references and images as nothing. Text
 * this class makes up (note numbers, alt text in place of an image) is {@link Span#GENERATED}.
 */
final class InlineSpans implements InlineVisitor<Void> {
    private final Styles styles;
    private final String chapterId;
    private final List<Span> out = new ArrayList<>();
    private TextStyle style;
    private Target target = Target.None.INSTANCE;
    /** The language of the words being walked when it is not the paragraph's, else null. */
    private String language;
    /** Chars of plain text walked so far: where the next model text starts. */
    private int offset;

    private InlineSpans(Styles styles, String chapterId, TextStyle base) {
        this.styles = styles;
        this.chapterId = chapterId;
        this.style = base;
    }

    /** The spans of some inline content set in {@code base}, its notes belonging to {@code chapterId}. */
    static List<Span> of(List<Inline> content, TextStyle base, Styles styles, String chapterId) {
        return of(content, base, styles, chapterId, null);
    }

    /** The same for content in a passage in another language (a language block), or null for the book's. */
    static List<Span> of(List<Inline> content, TextStyle base, Styles styles, String chapterId, String language) {
        InlineSpans v = new InlineSpans(styles, chapterId, base);
        v.language = language;
        v.all(content);
        return v.out;
    }

    private void all(List<Inline> content) {
        for (Inline i : content) i.accept(this);
    }

    private void nested(TextStyle s, Target t, List<Inline> content) {
        TextStyle oldStyle = style;
        Target oldTarget = target;
        style = s;
        target = t;
        all(content);
        style = oldStyle;
        target = oldTarget;
    }

    @Override
    public Void text(Inline.Text t) {
        if (!t.text().isEmpty()) out.add(new Span(t.text(), style, target, offset, language));
        offset += t.text().length();
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis e) {
        nested(style.withItalic(!style.italic()), target, e.content());
        return null;
    }

    @Override
    public Void strong(Inline.Strong s) {
        nested(style.withBold(true), target, s.content());
        return null;
    }

    @Override
    public Void code(Inline.Code c) {
        out.add(new Span(c.text(), styles.inlineCode(style), target, offset));
        offset += c.text().length();
        return null;
    }

    @Override
    public Void link(Inline.Link l) {
        nested(style.withColor(styles.linkColor()), new Target.Uri(l.url(), offset), l.content());
        return null;
    }

    @Override
    public Void noteRef(Inline.NoteRef n) {
        out.add(new Span(Integer.toString(n.number()), style.withSuperscript(true).withBold(false).withItalic(false),
                new Target.NoteRef(chapterId, n.label(), n.number(), n.occurrence()), Span.GENERATED));
        return null;
    }

    @Override
    public Void termRef(Inline.TermRef t) {
        Target inner = target instanceof Target.None ? new Target.TermRef(t.entryId(), offset) : target;
        nested(inner == target ? style : style.withColor(styles.termColor()), inner, t.content());
        return null;
    }

    @Override
    public Void termUse(Inline.TermUse t) {
        nested(style, target instanceof Target.None ? new Target.TermUse(t.entryId()) : target, t.content());
        return null;
    }

    @Override
    public Void languageSpan(Inline.LanguageSpan l) {
        String old = language;
        language = l.language();
        all(l.content());
        language = old;
        return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak b) {
        out.add(new Span("\n", style, Target.None.INSTANCE, offset));
        offset += 1; // PlainText reads a hard line break as one space
        return null;
    }

    @Override
    public Void image(Inline.Image i) {
        String alt = i.alt().isBlank() ? "[image]" : i.alt();
        out.add(new Span(alt, style.withItalic(!style.italic()), target, Span.GENERATED)); // PlainText has no alt text
        return null;
    }
}
