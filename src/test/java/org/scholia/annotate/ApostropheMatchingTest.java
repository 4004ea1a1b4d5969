package org.scholia.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.termRefsIn;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.PlainText;

/**
 * Glossary matching across smart punctuation: a term written with ’ in the glossary matches '
 * in the text and the converse, with smart punctuation on (both become ’) and off (as typed).
 */
class ApostropheMatchingTest {
    @TempDir
    Path tmp;

    private TestManuscript.Prepared prepare(String yaml, String glossaryTerm, String text) {
        return TestManuscript.at(tmp.resolve("b" + (yaml + glossaryTerm + text).hashCode()))
                .file("book.yaml", TestManuscript.MINIMAL_YAML + yaml)
                .file("glossary.md", "# Glossary\n\n" + glossaryTerm + "\n: The government.\n")
                .file("01-ch.md", "# One\n\n" + text + "\n").prepare();
    }

    private static String linked(TestManuscript.Prepared p) {
        var refs = termRefsIn(p.chapter(1).blocks());
        assertThat(refs).hasSize(1);
        return refs.get(0).entryId() + ":" + PlainText.of(refs.get(0).content());
    }

    @Test
    void curlyInTheGlossaryMatchesStraightInTheText() {
        var off = prepare("smart: false\n", "Council of People’s Commissars", "The Council of People's Commissars met.");
        assertThat(linked(off)).isEqualTo("term-council-of-people-s-commissars:Council of People's Commissars");
        var on = prepare("", "Council of People’s Commissars", "The Council of People's Commissars met.");
        assertThat(linked(on)).isEqualTo("term-council-of-people-s-commissars:Council of People’s Commissars");
    }

    @Test
    void straightInTheGlossaryMatchesCurlyInTheText() {
        var off = prepare("smart: false\n", "Council of People's Commissars", "The Council of People’s Commissars met.");
        assertThat(linked(off)).endsWith(":Council of People’s Commissars");
        var on = prepare("", "Council of People's Commissars", "The Council of People’s Commissars met.");
        assertThat(linked(on)).endsWith(":Council of People’s Commissars");
        assertThat(on.book().glossary().entries().get(0).headword()).isEqualTo("Council of People’s Commissars");
    }

    @Test
    void anExplicitReferenceWithEitherApostropheFindsTheEntry() {
        var p = prepare("", "Council of People’s Commissars", "The [[Council of People's Commissars|cabinet]] met.");
        assertThat(p.warnings()).isEmpty();
        assertThat(linked(p)).isEqualTo("term-council-of-people-s-commissars:cabinet");
    }
}
