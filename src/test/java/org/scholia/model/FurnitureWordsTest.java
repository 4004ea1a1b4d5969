package org.scholia.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FurnitureWordsTest {
    private static Properties file(String lang) throws IOException {
        String name = "/org/scholia/model/furniture" + (lang.equals("en") ? "" : "_" + lang) + ".properties";
        Properties p = new Properties();
        try (InputStream in = FurnitureWords.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static java.util.List<String> languages() {
        return FurnitureWords.LANGUAGES;
    }

    @Test
    void theBaseBundleHasExactlyTheKeys() throws IOException {
        assertThat(file("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(FurnitureWords.KEYS);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasEveryKeyAndNoEmptyWord(String lang) throws IOException {
        Properties p = file(lang);
        assertThat(p.stringPropertyNames()).as(lang).containsExactlyInAnyOrderElementsOf(FurnitureWords.KEYS);
        for (String key : FurnitureWords.KEYS) assertThat(p.getProperty(key)).as(lang + " " + key).isNotBlank();
        // Read through the bundle too: the file is UTF-8 and nothing falls back to English unasked.
        FurnitureWords w = FurnitureWords.forLanguage(lang);
        for (String key : FurnitureWords.KEYS) assertThat(w.word(key)).as(lang + " " + key).isEqualTo(p.getProperty(key));
        if (!lang.equals("en")) assertThat(w.contents()).as(lang).isNotEqualTo("Contents");
    }

    @Test
    void wordsThatArePrintedInBooks() {
        assertThat(FurnitureWords.forLanguage("de").notes()).isEqualTo("Anmerkungen");
        assertThat(FurnitureWords.forLanguage("fr").usedIn()).isEqualTo("Employé dans\u00A0:");
        assertThat(FurnitureWords.forLanguage("fr").also()).isEqualTo("Aussi\u00A0:");
        assertThat(FurnitureWords.forLanguage("es").contents()).isEqualTo("Índice");
        assertThat(FurnitureWords.forLanguage("es").glossary()).isEqualTo("Glosario");
        assertThat(FurnitureWords.forLanguage("ru").contents()).isEqualTo("Содержание");
        assertThat(FurnitureWords.forLanguage("ru").glossary()).isEqualTo("Глоссарий");
        assertThat(FurnitureWords.forLanguage("ru").notes()).isEqualTo("Примечания");
        assertThat(FurnitureWords.forLanguage("pl").contents()).isEqualTo("Spis treści");
        assertThat(FurnitureWords.forLanguage("pl").glossary()).isEqualTo("Słowniczek");
        assertThat(FurnitureWords.forLanguage("sv").contents()).isEqualTo("Innehåll");
        assertThat(FurnitureWords.forLanguage("nl").glossary()).isEqualTo("Woordenlijst");
        assertThat(FurnitureWords.forLanguage("it").contents()).isEqualTo("Indice");
        assertThat(FurnitureWords.forLanguage("pt").contents()).isEqualTo("Sumário");
        assertThat(FurnitureWords.forLanguage("pt").glossary()).isEqualTo("Glossário");
    }

    @Test
    void regionsAndUnknownLanguages() {
        assertThat(FurnitureWords.forLanguage("fr").contents()).isEqualTo("Table des matières");
        assertThat(FurnitureWords.forLanguage("fr-CA").glossary()).isEqualTo("Glossaire");
        assertThat(FurnitureWords.forLanguage("pt-BR").contents()).isEqualTo("Sumário");
        assertThat(FurnitureWords.forLanguage("no").contents()).isEqualTo("Innhold");
        assertThat(FurnitureWords.forLanguage("tlh").glossary()).isEqualTo("Glossary");
        assertThat(FurnitureWords.forLanguage("").contents()).isEqualTo("Contents");
        assertThat(FurnitureWords.forLanguage(null).contents()).isEqualTo("Contents");
    }

    @Test
    void theDefaultLocaleNeverLeaksIn() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(FurnitureWords.forLanguage("tlh").contents()).isEqualTo("Contents");
            assertThat(FurnitureWords.forLanguage("en").glossary()).isEqualTo("Glossary");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void datesContributorsAndChapters() {
        assertThat(FurnitureWords.forLanguage("fr-CA").date("2026-11-27")).isEqualTo("27 novembre 2026");
        assertThat(FurnitureWords.forLanguage("en-GB").date("2026-11-27")).isEqualTo("27 November 2026");
        assertThat(FurnitureWords.forLanguage("en").date("Spring 2026")).isEqualTo("Spring 2026");
        assertThat(FurnitureWords.forLanguage("de").contributor("trl", "Eve")).isEqualTo("Übersetzt von Eve");
        assertThat(FurnitureWords.forLanguage("en").contributor("aut", "Ada")).isEqualTo("Ada");
        assertThat(FurnitureWords.forLanguage("es").chapterNumber(3)).isEqualTo("Capítulo 3");
    }

    @Test
    void rightToLeft() {
        assertThat(FurnitureWords.rightToLeft("ar")).isTrue();
        assertThat(FurnitureWords.rightToLeft("he-IL")).isTrue();
        assertThat(FurnitureWords.rightToLeft("en")).isFalse();
    }
}
