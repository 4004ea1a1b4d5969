package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Diagnostic;

/** 'check' prints every diagnostic it found, warnings included, even when an error stops the book. */
class AllDiagnosticsReportedTest {
    @TempDir
    Path tmp;

    @Test
    void loaderWarningsAreStillPrintedWhenAnnotationFails() {
        var ms = TestManuscript.withChapter(tmp.resolve("book"),
                "# One\n\n<div>boxed</div>\n\nThe [[Nope]] met. The Politburo met.\n").file("glossary.md", "Politburo\n: The bureau.\n");
        var r = cli("check", ms.dir().toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString())
                .contains("01-chapter.md:5:5: error: [[Nope]] names no glossary entry.")
                .contains("01-chapter.md:3:1: warning: A block of raw HTML was dropped");
    }

    @Test
    void aBookYamlErrorDoesNotHideACoverProblem() {
        var ms = TestManuscript.at(tmp.resolve("book")).file("book.yaml", "title: T\nautor: A\ncover: missing.png\n")
                .file("01-one.md", "# One\n\nText.\n");
        assertThat(ms.failure()).extracting(Diagnostic::code).containsExactlyInAnyOrder("unknown-key", "missing-file");
    }

    @Test
    void unsupportedLinkIsAWarningAndTheWordsStay() {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\nSee [the next chapter](02-two.md) now.\n");
        var p = ms.prepare();
        assertThat(p.warnings()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unsupported-link");
            assertThat(d.span().toString()).isEqualTo("01-chapter.md:3:5");
        });
        assertThat(org.scholia.model.PlainText.of(TestManuscript.paragraphs(p.chapter(1)).get(0).content()))
                .isEqualTo("See the next chapter now.");
        assertThat(cli("check", ms.dir().toString(), "--strict").exitCode()).isEqualTo(2);
    }
}
