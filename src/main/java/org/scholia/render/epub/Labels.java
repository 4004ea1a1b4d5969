package org.scholia.render.epub;

import java.util.Locale;

/**
 * The few words the EPUB adds around the author's text (headings of generated sections, link
 * texts, accessible names), in the book's language. English is the fallback; a language is
 * added here as one more constant.
 */
record Labels(String contents, String landmarks, String pages, String titlePage, String cover,
              String coverAlt, String notes, String glossary, String termsHere, String chapter,
              String usedIn, String also, String backToText, String seeGlossary, String start,
              String editedBy, String translatedBy, String illustratedBy) {

    private static final Labels EN = new Labels("Contents", "Landmarks", "Pages", "Title page", "Cover",
            "Cover of", "Notes", "Glossary", "Terms in this chapter", "Chapter", "Used in:", "Also:",
            "Back to the text", "Full entry in the glossary", "Start of content",
            "Edited by", "Translated by", "Illustrated by");
    private static final Labels FR = new Labels("Table des matières", "Repères", "Pages", "Page de titre",
            "Couverture", "Couverture de", "Notes", "Glossaire", "Termes de ce chapitre", "Chapitre",
            "Employé dans :", "Aussi :", "Retour au texte", "Article complet du glossaire", "Début du texte",
            "Édité par", "Traduit par", "Illustré par");
    private static final Labels DE = new Labels("Inhalt", "Orientierungspunkte", "Seiten", "Titelseite",
            "Umschlag", "Umschlag von", "Anmerkungen", "Glossar", "Begriffe in diesem Kapitel", "Kapitel",
            "Verwendet in:", "Auch:", "Zurück zum Text", "Vollständiger Glossareintrag", "Textbeginn",
            "Herausgegeben von", "Übersetzt von", "Illustriert von");

    /** Labels for a BCP 47 language tag ("fr-CA" → French); English when the language is not known. */
    static Labels forLanguage(String tag) {
        String lang = Locale.forLanguageTag(tag).getLanguage();
        switch (lang) {
            case "fr":
                return FR;
            case "de":
                return DE;
            default:
                return EN;
        }
    }

    /** A contributor as the title page names them: "Edited by Eve Editor"; other roles, the name alone. */
    String contributor(String marcRole, String name) {
        switch (marcRole) {
            case "edt": return editedBy + " " + name;
            case "trl": return translatedBy + " " + name;
            case "ill": return illustratedBy + " " + name;
            default: return name;
        }
    }

    /** Languages written right to left: their documents get {@code dir="rtl"} and the spine turns pages that way. */
    static boolean rightToLeft(String tag) {
        String lang = Locale.forLanguageTag(tag).getLanguage();
        return java.util.Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "syr")
                .contains(lang);
    }

    /** "Chapter 3". */
    String chapterNumber(int n) {
        return chapter + " " + n;
    }
}
