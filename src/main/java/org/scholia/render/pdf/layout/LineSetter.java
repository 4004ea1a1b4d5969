package org.scholia.render.pdf.layout;

import java.util.List;
import java.util.function.IntConsumer;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.TextStyle;

/**
 * What the page layout needs from the text engine: set a paragraph into lines, set one line,
 * measure a word. The layout depends on this interface rather than on the engine so that page
 * building is tested on synthetic fixed-width lines, without fonts.
 */
public interface LineSetter {

    /**
     * Breaks a paragraph into lines of the given measure.
     *
     * @param firstIndent indent of the first line, in sp
     * @param missing     told each code point no font has
     */
    List<Line> set(List<Span> spans, long measure, Alignment alignment, long firstIndent, IntConsumer missing);

    /** Sets the spans as one unbroken line at their natural width. */
    Line single(List<Span> spans, IntConsumer missing);

    /** Natural width of a text in a style, in sp. */
    long width(String text, TextStyle style);
}
