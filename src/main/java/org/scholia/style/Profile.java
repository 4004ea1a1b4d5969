package org.scholia.style;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A PDF style profile ({@code styles/<name>.yaml}): everything a designer may change about the
 * printed look without touching Java. Lengths are in scaled points (1 pt = 65536 sp), font sizes
 * in points, colours 0xRRGGBB; proportions (spaces in leadings, indents in ems, fractions of the
 * page) are exact {@link Ratio}s so that integer layout arithmetic stays exact. Immutable;
 * {@link ProfileLoader} builds it and checks every value. To change some fields, use
 * {@link #toBuilder()}: {@code profile.toBuilder().fonts(f).build()}.
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
 * @param spacing    vertical space around headings and blocks
 * @param opening    the sink and space of a chapter's opening page
 * @param indents    indents of quotes and lists
 * @param code       code blocks: leading, padding, tint
 * @param figures    figures: largest height, space before the caption
 * @param thematicBreak the short rule of a thematic break
 * @param noteSplit  when and how a long footnote is split across pages
 * @param tableRules weights of the table rules
 * @param marginNumbers paragraph and line numbers in the margins
 * @param booklet    the booklet imposed from this edition: its page, margins and signatures
 * @param protrusion how far punctuation at the ends of justified lines hangs into the margin,
 *                   as a multiple of the protrusion table's fractions (1 = as the table says,
 *                   0 = not at all); see {@code render.pdf.text.Protrusion}
 */
public record Profile(String name, String source, long pageWidth, long pageHeight, Margins margins, boolean mirror,
                      Fonts fonts, Sizes sizes, double leading, long paragraphIndent, Colors colors,
                      int widows, int orphans, FootnoteRule footnoteRule, String language,
                      Spacing spacing, Opening opening, Indents indents, Code code, Figures figures,
                      ThematicBreak thematicBreak, NoteSplit noteSplit, TableRules tableRules,
                      MarginNumbers marginNumbers, Booklet booklet, double protrusion) {

    /** Every component is required. */
    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        for (Object part : new Object[] {margins, fonts, sizes, colors, footnoteRule, language, spacing, opening,
                indents, code, figures, thematicBreak, noteSplit, tableRules, marginNumbers, booklet}) {
            Objects.requireNonNull(part, "a profile component is missing");
        }
    }

    /** A builder holding this profile's values, to make a copy that differs in a few of them. */
    public ProfileBuilder toBuilder() {
        return new ProfileBuilder(this);
    }

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

    /**
     * An exact proportion {@code num/den} (written "1.5" or "3/2" in a profile), applied to a
     * length in sp with integer arithmetic so that "3/2" of a length is {@code length * 3 / 2}.
     */
    public record Ratio(long num, long den) {
        public Ratio {
            if (num < 0 || den <= 0) throw new IllegalArgumentException("ratio " + num + "/" + den);
        }

        /** This proportion of a length (or a count), rounded down. */
        public long of(long sp) {
            return sp * num / den;
        }

        /** The proportion as a number. */
        public double value() {
            return (double) num / den;
        }
    }

    /**
     * Vertical space, as proportions of a leading.
     *
     * @param beforeSection    above a section heading (##), of the body leading
     * @param beforeSubsection above deeper headings, of the body leading
     * @param afterHeading     between a heading and its text, of the body leading
     * @param aroundBlocks     above and below quotes, lists, code, tables and figures, of the
     *                         surrounding text's leading
     */
    public record Spacing(Ratio beforeSection, Ratio beforeSubsection, Ratio afterHeading, Ratio aroundBlocks) {
    }

    /**
     * A chapter's opening.
     *
     * @param sink       space above the chapter title, of the text height
     * @param afterTitle space between the title and the text, of the body leading
     */
    public record Opening(Ratio sink, Ratio afterTitle) {
    }

    /**
     * Horizontal indents, as proportions of the surrounding text's em (its font size).
     *
     * @param quote        a block quote, on both sides
     * @param numberedList a numbered list's items
     * @param bulletedList a bulleted list's items
     * @param listLabelGap between a list item's bullet or number and its text
     */
    public record Indents(Ratio quote, Ratio numberedList, Ratio bulletedList, Ratio listLabelGap) {
    }

    /**
     * Code blocks.
     *
     * @param leading proportion of the code's normal leading (tighter than text)
     * @param padding space between the tint's edges and the code, of the code's em
     * @param tint    background colour behind the block, 0xRRGGBB
     */
    public record Code(Ratio leading, Ratio padding, int tint) {
    }

    /**
     * Figures.
     *
     * @param maxHeight     tallest an image may be drawn, of the text height
     * @param captionBefore space between an image and its caption, of the surrounding leading
     */
    public record Figures(Ratio maxHeight, Ratio captionBefore) {
    }

    /**
     * The short centred rule that stands for a thematic break ({@code ***}).
     *
     * @param width     its length, of the measure
     * @param thickness its line width in sp
     * @param space     the height it takes with the space around it, of the surrounding leading
     */
    public record ThematicBreak(Ratio width, long thickness, Ratio space) {
    }

    /**
     * Splitting a long footnote that does not fit on the page of its reference.
     *
     * @param minLines  notes with fewer lines are never split: their reference moves to the next page
     * @param keepLines fewest lines of a split note on each of the two pages
     * @param minText   room a continued note leaves for running text on its page, of the body leading
     */
    public record NoteSplit(int minLines, int keepLines, Ratio minText) {
    }

    /**
     * Table rules in the booktabs manner, in sp.
     *
     * @param heavy the rules above and below the table
     * @param light the rule under the header rows
     */
    public record TableRules(long heavy, long light) {
    }

    /** Which margin of a page: the binding side or the other. */
    public enum Side { INNER, OUTER }

    /** Where line numbers start again from 1. */
    public enum LineRestart { PAGE, CHAPTER }

    /**
     * Numbers in the margins, the conventions of school editions for close reading.
     *
     * @param paragraphs  print each chapter's paragraph numbers in the outer margin, beside the
     *                    paragraph's first line
     * @param lineEvery   number every n-th line of the running text; 0 for no line numbers
     * @param lineRestart whether line numbers count per page or per chapter
     * @param lineSide    the margin the line numbers are printed in
     * @param size        font size of the numbers, in points
     * @param gap         space between the text block and the numbers, in sp
     */
    public record MarginNumbers(boolean paragraphs, int lineEvery, LineRestart lineRestart, Side lineSide, double size,
                                long gap) {
    }

    /**
     * A booklet: the edition laid out again on a page half the size of the sheet it is printed on,
     * then imposed two-up in saddle-stitch order.
     *
     * @param enabled    whether a build writes the booklet
     * @param pageWidth  the booklet's page width in sp
     * @param pageHeight the booklet's page height in sp
     * @param margins    the booklet page's margins (a smaller page needs its own)
     * @param signature  pages per folded signature, a multiple of 4
     */
    public record Booklet(boolean enabled, long pageWidth, long pageHeight, Margins margins, int signature) {
    }

    /**
     * This profile with the booklet's page and margins: the booklet is laid out with it, so that
     * its pages are real A5 pages (say), not A4 pages shrunk onto half a sheet.
     */
    public Profile forBooklet() {
        return toBuilder().name(name + "-booklet").pageWidth(booklet.pageWidth()).pageHeight(booklet.pageHeight())
                .margins(booklet.margins()).build();
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
