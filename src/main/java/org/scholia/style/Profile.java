package org.scholia.style;

import java.nio.file.Path;
import java.util.Map;

/**
 * A PDF style profile ({@code styles/<name>.yaml}): everything a designer may change about the
 * printed look without touching Java. Lengths are in scaled points (1 pt = 65536 sp), font sizes
 * in points, colours 0xRRGGBB. Immutable; {@link ProfileLoader} builds it and checks every value.
 *
 * @param name       the profile's name ("handout")
 * @param source     where it was read from, for messages ("styles/handout.yaml" or "built-in handout")
 * @param pageWidth  page width in sp
 * @param pageHeight page height in sp
 * @param margins    page margins; inner/outer alternate per page when {@code mirror} is set
 * @param mirror     duplex printing: inner margin on the binding side, chapters open on a recto
 * @param fonts      which families set body, headings and code, and any TTF files that define families
 * @param sizes      font sizes in points
 * @param leading    baseline-to-baseline distance as a multiple of the font size
 * @param paragraphIndent first-line indent of paragraphs that follow a paragraph, in sp
 * @param colors     text, link and glossary-term colours
 * @param widows     fewest lines of a paragraph allowed alone at the top of a page
 * @param orphans    fewest lines of a paragraph allowed alone at the foot of a page
 * @param footnoteRule the short rule above the footnotes
 * @param language   hyphenation language override; empty means the book's language
 */
public record Profile(String name, String source, long pageWidth, long pageHeight, Margins margins, boolean mirror,
                      Fonts fonts, Sizes sizes, double leading, long paragraphIndent, Colors colors,
                      int widows, int orphans, FootnoteRule footnoteRule, String language) {

    /** Page margins in sp. Inner is the binding side (left on every page unless mirrored). */
    public record Margins(long inner, long outer, long top, long bottom) {
    }

    /**
     * Font families: {@code body}, {@code headings} and {@code mono} name a family — one of the
     * built-in "serif", "sans", "mono", or a key of {@code files}.
     *
     * @param files family → style ("regular", "bold", "italic", "bold-italic") → TTF inside the manuscript
     */
    public record Fonts(String body, String headings, String mono, Map<String, Map<String, Path>> files) {
        public Fonts {
            files = Map.copyOf(files);
        }
    }

    /** Font sizes in points. */
    public record Sizes(double body, double notes, double title, double chapter, double section,
                        double subsection, double runningHead, double code) {
    }

    /** Colours as 0xRRGGBB. */
    public record Colors(int text, int links, int terms, int rules) {
    }

    /**
     * The rule between text and footnotes.
     *
     * @param width     length of the rule in sp
     * @param thickness line width in sp
     * @param skip      space between the last text line and the rule, in sp
     */
    public record FootnoteRule(long width, long thickness, long skip) {
    }

    /** Width of the text block: the same on every page, so lines are set once. */
    public long measure() {
        return pageWidth - margins.inner - margins.outer;
    }

    /** Height of the text block (between top and bottom margins). */
    public long textHeight() {
        return pageHeight - margins.top - margins.bottom;
    }

    /**
     * Left edge of the text block on a page. Page numbers count from 1; an odd page is a recto
     * (right-hand page), whose binding side is on the left.
     */
    public long textLeft(int pageNumber) {
        boolean verso = mirror && pageNumber % 2 == 0;
        return verso ? margins.outer : margins.inner;
    }
}
