package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Block;
import org.scholia.model.Diagnostic;
import org.scholia.model.PlainText;
import org.scholia.model.Severity;

/**
 * Every kind of questionable input the contract names as a warning: reported with its file,
 * line and column and a fix; 'check' and 'build' still succeed; 'check --strict' exits 2.
 */
class WarningCasesTest {
    @TempDir
    Path tmp;

    private TestManuscript chapter(String markdown) {
        return TestManuscript.withChapter(tmp.resolve("book"), markdown);
    }

    /** The manuscript loads with exactly these warnings (by code), and the CLI reports the first at its place. */
    private TestManuscript.Prepared assertWarned(TestManuscript ms, String code, String where, String message) {
        var p = ms.prepare();
        assertThat(p.warnings()).as(TestManuscript.format(p.warnings())).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.span().toString()).isEqualTo(where);
            assertThat(d.hint()).isNotBlank();
        });
        assertThat(p.warnings()).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);

        var check = cli("check", ms.dir().toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
        String line = check.err().lines().filter(l -> l.startsWith(where + ": warning: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no warning at " + where + " in\n" + check));
        assertThat(line).contains(message);
        assertThat(check.err()).contains("\n    fix: ");
        assertThat(check.out()).contains("no errors");

        var strict = cli("check", ms.dir().toString(), "--strict");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(2);
        assertThat(strict.err()).contains(where + ": warning: ");

        var build = cli("build", ms.dir().toString(), "-o", tmp.resolve("out").toString());
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.err()).contains(where + ": warning: ");
        assertThat(build.out()).contains("Built test-book");
        return p;
    }

    @Test
    void noteCitedButNotDefined() {
        var p = assertWarned(chapter("# One\n\nA claim.[^nope] Another.\n"), "note-not-defined", "01-chapter.md:3:9",
                "[^nope] is cited but never defined");
        // the reference is left out of the text
        assertThat(TestManuscript.noteRefsIn(p.chapter(1).blocks())).isEmpty();
        assertThat(p.chapter(1).notes()).isEmpty();
    }

    @Test
    void noteDefinedButNeverCited() {
        var p = assertWarned(chapter("# One\n\nText.[^used]\n\n[^used]: Cited.\n\n[^orphan]: Never cited.\n"),
                "note-not-cited", "01-chapter.md:7:1", "[^orphan] is defined but never cited");
        assertThat(p.chapter(1).notes()).extracting(n -> n.label()).containsExactly("used");
        assertThat(p.warnings()).hasSize(1);
    }

    @Test
    void noteDefinedTwice() {
        var p = assertWarned(chapter("# One\n\nText.[^a]\n\n[^a]: First.\n\n[^a]: Second.\n"),
                "note-defined-twice", "01-chapter.md:7:1", "[^a] is defined twice");
        assertThat(p.chapter(1).notes()).singleElement().satisfies(n ->
                assertThat(PlainText.of(((Block.Paragraph) n.content().get(0)).content())).isEqualTo("First."));
    }

    @Test
    void termNeverUsed() {
        var ms = chapter("# One\n\nThe Politburo met.\n")
                .file("glossary.md", "# Glossary\n\nPolitburo\n: The bureau.\n\nzeppelin\nzeppelins\n: An airship.\n");
        var p = assertWarned(ms, "term-not-used", "glossary.md:6:1", "'zeppelin' is never used");
        assertThat(p.warnings()).hasSize(1);
    }

    @Test
    void termUsedOnlyThroughAVariantOrInAHeadingCountsAsUsed() {
        var ms = chapter("# The Politburo\n\nSome zeppelins flew.\n")
                .file("glossary.md", "Politburo\n: The bureau.\n\nzeppelin\nzeppelins\n: An airship.\n");
        assertThat(ms.prepare().warnings()).isEmpty();
    }

    @Test
    void imageWithoutAltText() {
        var ms = chapter("# One\n\nText.\n\n![](map.png)\n").png("map.png");
        var p = assertWarned(ms, "image-without-alt", "01-chapter.md:5:1", "'map.png' has no alt text");
        assertThat(p.chapter(1).blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Figure.class));
    }

    @Test
    void inlineImageWithoutAltText() {
        var ms = chapter("# One\n\nA small ![ ](icon.png) icon.\n").png("icon.png");
        assertWarned(ms, "image-without-alt", "01-chapter.md:3:9", "'icon.png' has no alt text");
    }

    @Test
    void skippedHeadingLevel() {
        assertWarned(chapter("# One\n\nText.\n\n### Too Deep\n\nMore.\n"), "skipped-heading-level", "01-chapter.md:5:1",
                "jumps from level 1 to level 3");
    }

    @Test
    void headingsThatDoNotSkipAreFine() {
        var p = chapter("# One\n\n## Two\n\n### Three\n\n## Two again\n\nText.\n").prepare();
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void rawHtmlBlockDropped() {
        var p = assertWarned(chapter("# One\n\nBefore.\n\n<div class=\"box\">\nHidden words.\n</div>\n\nAfter.\n"),
                "raw-html-dropped", "01-chapter.md:5:1", "raw HTML was dropped");
        assertThat(TestManuscript.paragraphs(p.chapter(1))).extracting(b -> PlainText.of(b.content()))
                .containsExactly("Before.", "After.");
    }

    @Test
    void rawHtmlInlineDroppedTextKept() {
        var p = assertWarned(chapter("# One\n\nSome <span class=\"red\">red</span> text.\n"),
                "raw-html-dropped", "01-chapter.md:3:6", "<span class=\"red\"> was dropped");
        assertThat(p.warnings()).extracting(d -> d.span().toString()).contains("01-chapter.md:3:6", "01-chapter.md:3:27");
        assertThat(TestManuscript.paragraphs(p.chapter(1))).singleElement()
                .satisfies(b -> assertThat(PlainText.of(b.content())).isEqualTo("Some red text."));
    }

    @Test
    void htmlLineBreakIsKeptWithoutWarning() {
        var p = chapter("# One\n\nFirst line<br/>second line.\n").prepare();
        assertThat(p.warnings()).isEmpty();
        assertThat(PlainText.of(TestManuscript.paragraphs(p.chapter(1)).get(0).content())).isEqualTo("First line second line.");
    }

    @Test
    void severalWarningsAreAllPrintedInFileOrder() {
        var ms = chapter("# One\n\nA[^x] claim.\n\n### Deep\n\n[^y]: Orphan.\n");
        List<Diagnostic> ws = ms.prepare().warnings();
        assertThat(ws).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("note-not-defined", "skipped-heading-level", "note-not-cited");
        var check = cli("check", ms.dir().toString());
        assertThat(check.exitCode()).isZero();
        List<String> lines = check.err().lines().filter(l -> l.contains(": warning: ")).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("01-chapter.md:3:2: warning: ");
        assertThat(lines.get(1)).startsWith("01-chapter.md:5:1: warning: ");
        assertThat(lines.get(2)).startsWith("01-chapter.md:7:1: warning: ");
        assertThat(check.err()).contains("0 errors, 3 warnings.");
    }

    @Test
    void imageWithoutAltTextInAGlossaryDefinition() {
        var ms = chapter("# One\n\nThe soviet met.\n").png("seal.png")
                .file("glossary.md", "soviet\n: A council. ![](seal.png)\n");
        assertWarned(ms, "image-without-alt", "glossary.md:2:14", "'seal.png' has no alt text");
    }
}
