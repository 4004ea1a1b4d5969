package org.scholia.render.pdf.text;

/**
 * Material of fixed width: a word, a syllable of a hyphenated word, an indent. The breaker only
 * needs its width; the paragraph keeps, beside the item list, what each box draws.
 *
 * @param width natural width in sp
 */
public record Box(long width) implements BreakItem {

    @Override
    public String toString() {
        return "box " + Sp.toPt(width) + "pt";
    }
}
