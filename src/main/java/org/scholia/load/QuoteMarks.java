package org.scholia.load;

import java.util.Locale;
import java.util.Map;

/**
 * The quotation marks of a language: the one table smart punctuation reads. A straight double
 * quote {@code "} becomes the primary pair, a straight single quote {@code '} the inner
 * (secondary) pair; an apostrophe is always U+2019. The pairs follow CLDR's delimiters and the
 * languages' style guides (Duden, Imprimerie nationale, Rosental, Wydawnictwo Naukowe PWN,
 * Språkrådet); a language not listed is quoted as English.
 *
 * <p>French ({@link #frenchSpacing}) puts a narrow no-break space (U+202F) inside guillemets
 * and before {@code ; : ! ?}, as the Imprimerie nationale's rules and TeX's babel-french do.
 *
 * @param open       primary opening mark
 * @param close      primary closing mark
 * @param openInner  secondary (inner) opening mark
 * @param closeInner secondary closing mark
 */
record QuoteMarks(char open, char close, char openInner, char closeInner, boolean frenchSpacing) {

    static final char APOSTROPHE = '\u2019';
    /** U+202F, French's espace fine insécable. */
    static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final QuoteMarks ENGLISH = marks("“”‘’");

    /**
     * By language, and by language and region where a region differs (de-CH, pt-PT). Every
     * language the hyphenation patterns and the furniture words cover that has its own marks.
     */
    private static final Map<String, QuoteMarks> TABLE = Map.ofEntries(
            Map.entry("en", ENGLISH),
            Map.entry("af", marks("“”‘’")),
            Map.entry("bg", marks("„“‚‘")),
            Map.entry("ca", marks("«»“”")),
            Map.entry("cs", marks("„“‚‘")),
            Map.entry("cy", marks("‘’“”")),
            Map.entry("da", marks("»«›‹")),
            Map.entry("de", marks("„“‚‘")),
            Map.entry("de-CH", marks("«»‹›")),
            Map.entry("el", marks("«»“”")),
            Map.entry("eo", marks("“”‘’")),
            Map.entry("es", marks("«»“”")),
            Map.entry("et", marks("„“‚‘")),
            Map.entry("fi", marks("””’’")),
            Map.entry("fr", new QuoteMarks('«', '»', '“', '”', true)),
            Map.entry("ga", marks("“”‘’")),
            Map.entry("hr", marks("„“‚‘")),
            Map.entry("hu", marks("„”»«")),
            Map.entry("is", marks("„“‚‘")),
            Map.entry("it", marks("«»“”")),
            Map.entry("lt", marks("„“‚‘")),
            Map.entry("lv", marks("«»„“")),
            Map.entry("nb", marks("«»‘’")),
            Map.entry("nn", marks("«»‘’")),
            Map.entry("no", marks("«»‘’")),
            Map.entry("nl", marks("“”‘’")),
            Map.entry("pl", marks("„”«»")),
            Map.entry("pt", marks("“”‘’")),
            Map.entry("pt-PT", marks("«»“”")),
            Map.entry("ro", marks("„”«»")),
            Map.entry("ru", marks("«»„“")),
            Map.entry("sk", marks("„“‚‘")),
            Map.entry("sl", marks("„“‚‘")),
            Map.entry("sr", marks("„“‘’")),
            Map.entry("sv", marks("””’’")),
            Map.entry("tr", marks("“”‘’")),
            Map.entry("uk", marks("«»„“")));

    /** The marks for a BCP 47 tag: its language and region, else its language, else English. */
    static QuoteMarks forLanguage(String tag) {
        if (tag == null || tag.isBlank()) return ENGLISH;
        Locale locale = Locale.forLanguageTag(tag.strip());
        String lang = locale.getLanguage();
        QuoteMarks regional = TABLE.get(lang + "-" + locale.getCountry());
        if (regional != null) return regional;
        return TABLE.getOrDefault(lang, ENGLISH);
    }

    private static QuoteMarks marks(String four) {
        return new QuoteMarks(four.charAt(0), four.charAt(1), four.charAt(2), four.charAt(3), false);
    }
}
