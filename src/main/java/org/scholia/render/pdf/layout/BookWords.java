package org.scholia.render.pdf.layout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The few words the book furniture prints itself ("Contents", "Glossary") and the date on the
 * title page, in the book's language: a French book gets "Table des matières" and "27 novembre
 * 2026". Languages not listed fall back to English.
 */
final class BookWords {
    private static final Map<String, String[]> WORDS = Map.of(
            "en", new String[] {"Contents", "Glossary"},
            "fr", new String[] {"Table des matières", "Glossaire"},
            "de", new String[] {"Inhalt", "Glossar"},
            "es", new String[] {"Índice", "Glosario"},
            "it", new String[] {"Indice", "Glossario"},
            "pt", new String[] {"Sumário", "Glossário"},
            "nl", new String[] {"Inhoud", "Woordenlijst"},
            "ru", new String[] {"Содержание", "Глоссарий"});

    private final Locale locale;
    private final String[] words;

    BookWords(String language) {
        this.locale = Locale.forLanguageTag(language == null || language.isBlank() ? "en" : language);
        this.words = WORDS.getOrDefault(locale.getLanguage(), WORDS.get("en"));
    }

    String contents() {
        return words[0];
    }

    String glossary() {
        return words[1];
    }

    /** "2026-11-27" as "27 November 2026" (in the book's language); any other text as written. */
    String date(String iso) {
        try {
            return LocalDate.parse(iso.strip()).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
