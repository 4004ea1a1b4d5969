package org.scholia.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words the book furniture prints itself, around the author's text: section titles
 * ("Contents", "Glossary", "Notes"), link texts ("Back to the text"), accessible names, the
 * contributor roles of the title page, "Chapter 3", and the long date ("27 November 2026").
 *
 * <p>It lives in the model, not in a renderer, because what "Contents" is called in the book's
 * language is a fact about the book, like its title: the PDF and the EPUB of a Spanish book must
 * both say "Índice". Both renderers read this one type, so a language is added once, as one
 * UTF-8 file {@code org/scholia/model/furniture_xx.properties} (English is the base bundle,
 * {@code furniture.properties}), and listed in {@link #LANGUAGES}.
 *
 * <p>The JVM's default locale never takes part: a language without its own file gets English,
 * and "fr-CA" gets French. Instances are immutable.
 */
public final class FurnitureWords {
    /** The languages with their own words (the base bundle, English, first). */
    public static final List<String> LANGUAGES = List.of(
            "en", "ca", "cs", "da", "de", "es", "fr", "it", "nb", "nl", "pl", "pt", "ru", "sv", "uk");

    /** Every key of the bundles, in the order of the base file. */
    public static final List<String> KEYS = List.of(
            "contents", "landmarks", "pages", "titlePage", "cover", "coverAlt", "notes", "glossary",
            "termsHere", "chapter", "usedIn", "also", "backToText", "seeGlossary", "start",
            "editedBy", "translatedBy", "illustratedBy");

    static final String BUNDLE = "org.scholia.model.furniture";

    private static final Set<String> RIGHT_TO_LEFT =
            Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "syr");

    private final Locale locale;
    private final ResourceBundle words;

    private FurnitureWords(Locale locale, ResourceBundle words) {
        this.locale = locale;
        this.words = words;
    }

    /** The words for a BCP 47 language tag ("fr-CA" → French); English when the language has none. */
    public static FurnitureWords forLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag == null || tag.isBlank() ? "en" : tag.strip());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                FurnitureWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new FurnitureWords(locale, bundle);
    }

    /** Languages written right to left: their documents get {@code dir="rtl"} and pages turn that way. */
    public static boolean rightToLeft(String tag) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(tag == null ? "" : tag).getLanguage());
    }

    /** The word under one of {@link #KEYS}. */
    public String word(String key) {
        return words.getString(key);
    }

    /** Title of the table of contents: "Contents", "Índice". */
    public String contents() {
        return word("contents");
    }

    /** Heading of the EPUB's landmarks list. */
    public String landmarks() {
        return word("landmarks");
    }

    /** Heading of the EPUB's page list. */
    public String pages() {
        return word("pages");
    }

    /** "Title page". */
    public String titlePage() {
        return word("titlePage");
    }

    /** "Cover". */
    public String cover() {
        return word("cover");
    }

    /** "Cover of", followed by the title in the cover image's alternative text. */
    public String coverAlt() {
        return word("coverAlt");
    }

    /** "Notes": the accessible name of a chapter's footnotes. */
    public String notes() {
        return word("notes");
    }

    /** Title of the glossary: "Glossary", "Glosario". */
    public String glossary() {
        return word("glossary");
    }

    /** "Terms in this chapter". */
    public String termsHere() {
        return word("termsHere");
    }

    /** "Chapter", as in "Chapter 3". */
    public String chapter() {
        return word("chapter");
    }

    /** "Used in:", before the chapters a glossary term is used in (with its colon and spacing). */
    public String usedIn() {
        return word("usedIn");
    }

    /** "Also:", before the variants of a headword. */
    public String also() {
        return word("also");
    }

    /** "Back to the text": the title of a note's back-link. */
    public String backToText() {
        return word("backToText");
    }

    /** "Full entry in the glossary". */
    public String seeGlossary() {
        return word("seeGlossary");
    }

    /** "Start of content": the landmark of the first chapter. */
    public String start() {
        return word("start");
    }

    /** "Chapter 3". */
    public String chapterNumber(int n) {
        return chapter() + " " + n;
    }

    /** A contributor as the title page names them: "Edited by Eve Editor"; other roles, the name alone. */
    public String contributor(String marcRole, String name) {
        switch (marcRole) {
            case "edt": return word("editedBy") + " " + name;
            case "trl": return word("translatedBy") + " " + name;
            case "ill": return word("illustratedBy") + " " + name;
            default: return name;
        }
    }

    /** "2026-11-27" as "27 November 2026" (in the book's language); any other text as written. */
    public String date(String iso) {
        try {
            return LocalDate.parse(iso.strip()).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
