package org.scholia.style;

/**
 * Builds a {@link Profile} one component at a time, so that code changing one field says only
 * that: {@code profile.toBuilder().fonts(f).build()}. {@link #build()} requires every component.
 * A builder is a scratch object for one thread; the profiles it builds are immutable.
 */
public final class ProfileBuilder {
    private String name;
    private String source;
    private long pageWidth;
    private long pageHeight;
    private Profile.Margins margins;
    private boolean mirror;
    private Profile.Fonts fonts;
    private Profile.Sizes sizes;
    private double leading;
    private long paragraphIndent;
    private Profile.Colors colors;
    private int widows;
    private int orphans;
    private Profile.FootnoteRule footnoteRule;
    private String language;
    private Profile.Spacing spacing;
    private Profile.Opening opening;
    private Profile.Indents indents;
    private Profile.Code code;
    private Profile.Figures figures;
    private Profile.ThematicBreak thematicBreak;
    private Profile.NoteSplit noteSplit;
    private Profile.TableRules tableRules;
    private Profile.MarginNumbers marginNumbers;
    private Profile.Booklet booklet;
    private double protrusion;

    /** An empty builder: every component must be set before {@link #build()}. */
    public ProfileBuilder() {
    }

    /** A builder holding every value of {@code p}. */
    ProfileBuilder(Profile p) {
        name = p.name();
        source = p.source();
        pageWidth = p.pageWidth();
        pageHeight = p.pageHeight();
        margins = p.margins();
        mirror = p.mirror();
        fonts = p.fonts();
        sizes = p.sizes();
        leading = p.leading();
        paragraphIndent = p.paragraphIndent();
        colors = p.colors();
        widows = p.widows();
        orphans = p.orphans();
        footnoteRule = p.footnoteRule();
        language = p.language();
        spacing = p.spacing();
        opening = p.opening();
        indents = p.indents();
        code = p.code();
        figures = p.figures();
        thematicBreak = p.thematicBreak();
        noteSplit = p.noteSplit();
        tableRules = p.tableRules();
        marginNumbers = p.marginNumbers();
        booklet = p.booklet();
        protrusion = p.protrusion();
    }

    /** The profile; throws NullPointerException if a component was never set. */
    public Profile build() {
        return new Profile(name, source, pageWidth, pageHeight, margins, mirror, fonts, sizes,
                leading, paragraphIndent, colors, widows, orphans, footnoteRule, language, spacing,
                opening, indents, code, figures, thematicBreak, noteSplit, tableRules, marginNumbers, booklet,
                protrusion);
    }

    // One setter per component, named as the record's accessor; each returns this builder.

    public ProfileBuilder name(String value) {
        name = value;
        return this;
    }

    public ProfileBuilder source(String value) {
        source = value;
        return this;
    }

    public ProfileBuilder pageWidth(long value) {
        pageWidth = value;
        return this;
    }

    public ProfileBuilder pageHeight(long value) {
        pageHeight = value;
        return this;
    }

    public ProfileBuilder margins(Profile.Margins value) {
        margins = value;
        return this;
    }

    public ProfileBuilder mirror(boolean value) {
        mirror = value;
        return this;
    }

    public ProfileBuilder fonts(Profile.Fonts value) {
        fonts = value;
        return this;
    }

    public ProfileBuilder sizes(Profile.Sizes value) {
        sizes = value;
        return this;
    }

    public ProfileBuilder leading(double value) {
        leading = value;
        return this;
    }

    public ProfileBuilder paragraphIndent(long value) {
        paragraphIndent = value;
        return this;
    }

    public ProfileBuilder colors(Profile.Colors value) {
        colors = value;
        return this;
    }

    public ProfileBuilder widows(int value) {
        widows = value;
        return this;
    }

    public ProfileBuilder orphans(int value) {
        orphans = value;
        return this;
    }

    public ProfileBuilder footnoteRule(Profile.FootnoteRule value) {
        footnoteRule = value;
        return this;
    }

    public ProfileBuilder language(String value) {
        language = value;
        return this;
    }

    public ProfileBuilder spacing(Profile.Spacing value) {
        spacing = value;
        return this;
    }

    public ProfileBuilder opening(Profile.Opening value) {
        opening = value;
        return this;
    }

    public ProfileBuilder indents(Profile.Indents value) {
        indents = value;
        return this;
    }

    public ProfileBuilder code(Profile.Code value) {
        code = value;
        return this;
    }

    public ProfileBuilder figures(Profile.Figures value) {
        figures = value;
        return this;
    }

    public ProfileBuilder thematicBreak(Profile.ThematicBreak value) {
        thematicBreak = value;
        return this;
    }

    public ProfileBuilder noteSplit(Profile.NoteSplit value) {
        noteSplit = value;
        return this;
    }

    public ProfileBuilder tableRules(Profile.TableRules value) {
        tableRules = value;
        return this;
    }

    public ProfileBuilder marginNumbers(Profile.MarginNumbers value) {
        marginNumbers = value;
        return this;
    }

    public ProfileBuilder protrusion(double value) {
        protrusion = value;
        return this;
    }

    public ProfileBuilder booklet(Profile.Booklet value) {
        booklet = value;
        return this;
    }
}
