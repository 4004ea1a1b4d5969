package org.scholia.render.pdf.text;

/**
 * A run of source text with one style and one target: the input of paragraph setting.
 * A paragraph is a list of spans; spaces inside the text are inter-word glue.
 * {@code "\n"} as the whole text of a span is a forced line break.
 *
 * <p>{@code source} ties the span to the model: the offset in the block's plain text
 * ({@code PlainText.of} of the block's content) where this span's text starts, so that the
 * offsets the PageMap needs are carried through shaping and line breaking rather than counted
 * again from what was drawn. Text the layout makes up (note numbers, list labels, glossary
 * headwords and page lists, alt text shown for an image, running heads) is
 * {@link #GENERATED}. A forced break's {@code "\n"} stands for the one space the plain text
 * has there.
 *
 * @param source   offset of the text's first char in the block's plain text, or {@link #GENERATED}
 * @param language BCP 47 tag of words in another language than the paragraph's (a language
 *                 span or block of the model: hyphenated with its patterns), or null
 */
public record Span(String text, TextStyle style, Target target, int source, String language) {

    /** Text in the paragraph's own language. */
    public Span(String text, TextStyle style, Target target, int source) {
        this(text, style, target, source, null);
    }

    /** The source offset of text that is not in the model's plain text. */
    public static final int GENERATED = -1;

    /** Generated text with a target (a link in the table of contents, a note number). */
    public Span(String text, TextStyle style, Target target) {
        this(text, style, target, GENERATED);
    }

    /** Generated plain text. */
    public Span(String text, TextStyle style) {
        this(text, style, Target.None.INSTANCE, GENERATED);
    }
}
