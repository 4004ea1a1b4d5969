package org.scholia.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Autolink;
import org.scholia.model.Creator;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;
import org.scholia.model.Metadata;

/** book.yaml: every key of the contract read, every mistake reported at its line. */
class BookYamlTest {
    @TempDir
    Path tmp;

    private TestManuscript ms(String yaml) {
        return TestManuscript.at(tmp.resolve("book")).file("book.yaml", yaml).file("01-one.md", "# One\n\nText.\n");
    }

    private Metadata metadata(String yaml) throws ManuscriptException {
        return ms(yaml).load(new ArrayList<>()).metadata();
    }

    private Diagnostic onlyError(String yaml) {
        var ds = ms(yaml).failure();
        assertThat(ds).as(TestManuscript.format(ds)).hasSize(1);
        return ds.get(0);
    }

    @Test
    void everyKeyIsRead() throws ManuscriptException {
        Metadata m = metadata("""
                title: Real Socialism
                subtitle: The USSR
                authors:
                  - Ada Lovelace
                  - name: Charles Babbage
                    role: edt
                language: en-GB
                identifier: urn:isbn:9780000000000
                date: "2026-01-02"
                publisher: Scholia
                rights: CC BY 4.0
                description: "An essay: annotated."
                subjects: [History, USSR]
                autolink: every
                """);
        assertThat(m.title()).isEqualTo("Real Socialism");
        assertThat(m.subtitle()).isEqualTo("The USSR");
        assertThat(m.creators()).containsExactly(Creator.author("Ada Lovelace"), new Creator("Charles Babbage", "edt"));
        assertThat(m.authorLine()).isEqualTo("Ada Lovelace");
        assertThat(m.language()).isEqualTo("en-GB");
        assertThat(m.identifier()).isEqualTo("urn:isbn:9780000000000");
        assertThat(m.date()).isEqualTo("2026-01-02");
        assertThat(m.publisher()).isEqualTo("Scholia");
        assertThat(m.rights()).isEqualTo("CC BY 4.0");
        assertThat(m.description()).isEqualTo("An essay: annotated.");
        assertThat(m.subjects()).containsExactly("History", "USSR");
        assertThat(m.autolink()).isEqualTo(Autolink.EVERY);
        assertThat(m.cover()).isEmpty();
    }

    @Test
    void defaults() throws ManuscriptException {
        Metadata m = metadata("title: T\nauthor: A\n");
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.autolink()).isEqualTo(Autolink.FIRST_PER_CHAPTER);
        assertThat(m.identifier()).startsWith("urn:uuid:");
        // derived deterministically from title and author
        assertThat(metadata("title: T\nauthor: A\n").identifier()).isEqualTo(m.identifier());
        assertThat(metadata("title: T\nauthor: B\n").identifier()).isNotEqualTo(m.identifier());
    }

    @Test
    void coverNoneTurnsTheGeneratedCoverOff() throws ManuscriptException {
        Metadata none = metadata("title: T\ncover: none\n");
        assertThat(none.cover()).isEmpty();
        assertThat(none.noCover()).isTrue();
        assertThat(none.generatedCover()).isFalse();
        Metadata absent = metadata("title: T\n");
        assertThat(absent.noCover()).isFalse();
        assertThat(absent.generatedCover()).isTrue();
    }

    @Test
    void badLanguageTag() {
        Diagnostic d = onlyError("title: T\nlanguage: English (UK)\n");
        assertThat(d.code()).isEqualTo("bad-language");
        assertThat(d.span().toString()).isEqualTo("book.yaml:2:1");
    }

    @Test
    void unknownKeyWithoutACloseMatchListsTheKnownKeys() {
        Diagnostic d = onlyError("title: T\nfavourite-colour: blue\n");
        assertThat(d.code()).isEqualTo("unknown-key");
        assertThat(d.hint()).doesNotContain("Did you mean").contains("Known keys:").contains("author");
    }

    @Test
    void aListWhereOneValueIsExpected() {
        Diagnostic d = onlyError("title:\n  - A\n  - B\n");
        assertThat(d.code()).isEqualTo("bad-value");
        assertThat(d.span().toString()).isEqualTo("book.yaml:2:3");
        assertThat(d.message()).contains("'title' must be a single value");
    }

    @Test
    void authorWithoutAName() {
        Diagnostic d = onlyError("title: T\nauthors:\n  - role: edt\n");
        assertThat(d.code()).isEqualTo("bad-value");
        assertThat(d.span().line()).isEqualTo(3);
    }

    @Test
    void topLevelMustBeAMapping() {
        Diagnostic d = onlyError("- title: T\n");
        assertThat(d.code()).isEqualTo("bad-yaml");
        assertThat(d.span().toString()).isEqualTo("book.yaml:1:1");
    }

    @Test
    void unclosedQuoteReportsWhere() {
        Diagnostic d = onlyError("title: T\ndescription: \"An essay\nauthor: A\n");
        assertThat(d.code()).isEqualTo("bad-yaml");
        assertThat(d.span().file()).isEqualTo("book.yaml");
        assertThat(d.span().line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        // the second title silently replacing the first would hide a mistake
        var ds = ms("title: First Title\nauthor: A\ntitle: Second Title\n").failure();
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bad-yaml");
            assertThat(d.span().line()).isEqualTo(3);
            assertThat(d.message()).contains("title");
        });
    }

    @Test
    void explicitGlossaryThatIsMissing() {
        Diagnostic d = onlyError("title: T\nglossary: terms.md\n");
        assertThat(d.code()).isEqualTo("missing-file");
        assertThat(d.span().toString()).isEqualTo("book.yaml:2:1");
    }

    @Test
    void chapterListedOutsideTheFolder() {
        Diagnostic d = onlyError("title: T\nchapters:\n  - ../elsewhere.md\n");
        assertThat(d.code()).isEqualTo("outside-manuscript");
        assertThat(d.span().toString()).isEqualTo("book.yaml:3:5");
    }
}
