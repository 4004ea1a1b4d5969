package org.scholia.render.pdf.text;

/**
 * A run of source text with one style and one target: the input of paragraph setting.
 * A paragraph is a list of spans; spaces inside the text are inter-word glue.
 * {@code "\n"} as the whole text of a span is a forced line break.
 */
public record Span(String text, TextStyle style, Target target) {
    public Span(String text, TextStyle style) {
        this(text, style, Target.None.INSTANCE);
    }
}
