package org.scholia.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What user text and addresses become before they reach the XML. */
class EscapingTest {
    @Test
    void textKeepsEverythingXmlAllowsAndDropsTheRest() {
        assertThat(Xhtml.clean("plain")).isEqualTo("plain");
        assertThat(Xhtml.clean("a\u0000b\u0007c\td\ne")).isEqualTo("abc\td\ne");
        assertThat(Xhtml.clean("emoji \uD83D\uDE00 kept")).isEqualTo("emoji \uD83D\uDE00 kept");
        assertThat(Xhtml.clean("lone \uD83D surrogate \uDE00")).isEqualTo("lone  surrogate ");
        assertThat(Xhtml.clean("\uFFFE\uFFFF")).isEmpty();
    }

    @Test
    void urlsAreEscapedOnlyWhereNeeded() {
        assertThat(Urls.escape("https://example.org/a?b=1&c=%20")).isEqualTo("https://example.org/a?b=1&c=%20");
        assertThat(Urls.escape("https://example.org/a b")).isEqualTo("https://example.org/a%20b");
        assertThat(Urls.escape("https://fr.wikipedia.org/wiki/Soviet_suprême"))
                .isEqualTo("https://fr.wikipedia.org/wiki/Soviet_supr%C3%AAme");
        assertThat(Urls.escape("mailto:a@b.c?subject=\"x\"")).isEqualTo("mailto:a@b.c?subject=%22x%22");
    }
}
