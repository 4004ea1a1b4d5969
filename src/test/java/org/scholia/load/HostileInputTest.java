package org.scholia.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Block;
import org.scholia.model.ManuscriptException;

/**
 * Manuscripts a hostile or careless user sends: each shape that made flexmark or our walks
 * recurse ten thousand levels deep or run for minutes is refused at its file and line with
 * exit code 2 and no stack trace; the pathological shapes of commonmark-java's test suite, at
 * their sizes, still build. The timeout is a guard against a hang, not a speed test.
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final int X = 10_000;

    @TempDir
    Path tmp;

    /** Shapes beyond the limits, each at 10,000 levels or more, and where the error must be. */
    private static Map<String, String[]> refused() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("nested quotes", new String[] {">".repeat(X) + " deep\n", "01-chapter.md:3:65"});
        m.put("spaced nested quotes", new String[] {"> ".repeat(X) + "deep\n", "01-chapter.md:3:129"});
        m.put("nested list markers", new String[] {"* ".repeat(5000) + "x\n", "01-chapter.md:3:129"});
        m.put("quotes and lists", new String[] {"> - ".repeat(4000) + "x\n", "01-chapter.md:3:"});
        m.put("indented lists", new String[] {list(5000, 2), "01-chapter.md:"});
        m.put("nested strong", new String[] {"**".repeat(2000) + "x" + "**".repeat(2000) + "\n", "01-chapter.md:3:1"});
        m.put("nested brackets", new String[] {"[".repeat(X) + "x" + "]".repeat(X) + "\n", "01-chapter.md:3:"});
        m.put("nested emphasis", new String[] {"*a ".repeat(X) + "x" + " a*".repeat(X) + "\n", "01-chapter.md:3:1"});
        m.put("note of nested quotes", new String[] {"x[^a]\n\n[^a]: " + "> ".repeat(5000) + "y\n", "01-chapter.md:5:"});
        m.put("growing backtick runs", new String[] {backticks(500), "01-chapter.md:3:"});
        m.put("link reference definitions", new String[] {refs(20_000), "01-chapter.md:2003:1"});
        m.put("image brackets", new String[] {"![".repeat(40_000) + "x\n", "01-chapter.md:3:1"});
        m.put("nested inline html", new String[] {"<span>".repeat(X) + "x" + "</span>".repeat(X) + "\n", "01-chapter.md:3:1"});
        return m;
    }

    private static String list(int levels, int indent) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels; i++) sb.append(" ".repeat(i * indent)).append("- x\n");
        return sb.toString();
    }

    private static String backticks(int runs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= runs; i++) sb.append("`".repeat(i)).append('x');
        return sb.append('\n').toString();
    }

    private static String refs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("[a").append(i).append("]: /u\n");
        return sb.append("\nx\n").toString();
    }

    @TestFactory
    List<DynamicTest> deepOrQuadraticShapesAreRefusedAtTheirLine() {
        return refused().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path book = tmp.resolve(e.getKey().replace(' ', '-'));
            TestManuscript.withChapter(book, "# One\n\n" + e.getValue()[0]);
            var run = Assertions.assertTimeoutPreemptively(HANG, () -> cli("build", book.toString(), "-o", tmp.resolve("out").toString()));
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).as(run.toString()).contains(e.getValue()[1]).contains("error: ").contains("fix: ")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(tmp.resolve("out")).doesNotExist();
        })).toList();
    }

    /** commonmark-java's PathologicalTest inputs at its sizes: within the limits, so they build. */
    @TestFactory
    List<DynamicTest> commonmarkPathologicalShapesBuild() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("emphasis closers with no openers", "a_ ".repeat(X));
        shapes.put("emphasis openers with no closers", "_a ".repeat(X));
        shapes.put("link closers with no openers", "a] ".repeat(X));
        shapes.put("link openers with no closers", "[a ".repeat(X));
        shapes.put("link openers and emphasis closers", "[ a_ ".repeat(6000));
        shapes.put("mismatched openers and closers", "*a_ ".repeat(8000));
        shapes.put("nested brackets within the limit", "[ ".repeat(32) + "a" + " ]".repeat(32));
        shapes.put("nested quotes within the limit", "> ".repeat(64) + "a");
        shapes.put("nested strong emphasis within the limit", "*a **a ".repeat(15) + "b" + " a** a*".repeat(15));
        shapes.put("a long thematic break", "-".repeat(3000));
        shapes.put("a long line of stars", "*".repeat(X));
        shapes.put("2,000 lines of one paragraph", "word\n".repeat(1999));
        return shapes.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path book = tmp.resolve(e.getKey().replace(' ', '-').replace(",", ""));
            TestManuscript.withChapter(book, "# One\n\n" + e.getValue() + "\n");
            var run = Assertions.assertTimeoutPreemptively(HANG, () -> cli("build", book.toString(), "-o", book.resolve("out").toString(),
                    "--only", "pdf,epub"));
            assertThat(run.exitCode()).as(run.toString()).isZero();
        })).toList();
    }

    @Test
    void aLongBreakIsShortenedToTheSameBreak() throws Exception {
        var p = TestManuscript.withChapter(tmp.resolve("b"), "# One\n\nText\n" + "-".repeat(3000) + "\n\nMore.\n\n"
                + "* ".repeat(2000) + "\n\nEnd.\n").prepare();
        List<Block> blocks = p.chapter(1).blocks();
        // "Text" over dashes is a setext heading, as it would be with three dashes; the stars are a break
        assertThat(blocks).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Heading", "Heading", "Paragraph", "ThematicBreak", "Paragraph");
    }

    @Test
    void aChapterOverTheSizeLimitIsRefusedByName() throws Exception {
        Path book = tmp.resolve("big");
        TestManuscript.withChapter(book, "# One\n");
        Files.writeString(book.resolve("01-chapter.md"), ("Words words words words.\n\n").repeat(400_000));
        var run = cli("check", book.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("01-chapter.md: error: The file is 9.9 MB").contains("at most 8 MB");
    }

    @Test
    void yamlNestedTooDeepOrReferringToItselfIsAnErrorAtItsLine() {
        var flow = TestManuscript.at(tmp.resolve("flow")).file("book.yaml", "title: T\nsubjects: " + "[".repeat(X) + "]".repeat(X) + "\n")
                .file("01.md", "# One\n");
        assertThat(flow.failure()).singleElement().satisfies(d -> assertThat(d.span().toString()).isEqualTo("book.yaml:2:74"));
        StringBuilder block = new StringBuilder("title: T\nsubjects:\n");
        for (int i = 1; i <= 100; i++) block.append("  ".repeat(i)).append("-\n");
        var nested = TestManuscript.at(tmp.resolve("block")).file("book.yaml", block.toString()).file("01.md", "# One\n");
        assertThat(nested.failure()).singleElement().satisfies(d -> assertThat(d.message()).contains("more than 64 levels"));
        var alias = TestManuscript.at(tmp.resolve("alias")).file("book.yaml", "title: T\n")
                .file("01.md", "# One\n").file("styles/handout.yaml", "margins: &m\n  inner: *m\n");
        var run = cli("build", alias.dir().toString(), "-o", tmp.resolve("alias-out").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("styles/handout.yaml:2:10: error: The alias *m is used inside the value it names");
    }

    @Test
    void titleNullIsNoTitleAndEveryTypeErrorIsReportedAtOnce() {
        var nullTitle = TestManuscript.at(tmp.resolve("null")).file("book.yaml", "title: null\n").file("01.md", "# One\n");
        assertThat(nullTitle.failure()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("missing-title");
            assertThat(d.span().toString()).isEqualTo("book.yaml:1:1");
        });
        var quoted = TestManuscript.at(tmp.resolve("quoted")).file("book.yaml", "title: \"null\"\n").file("01.md", "# One\n");
        assertThat(quoted.prepare().book().metadata().title()).isEqualTo("null");
        var types = TestManuscript.at(tmp.resolve("types")).file("book.yaml", "title: [a, b]\nsubtitle: {x: 1}\nlanguage: [en]\n")
                .file("01.md", "# One\n");
        assertThat(types.failure()).extracting(d -> d.span().toString())
                .containsExactlyInAnyOrder("book.yaml:1:8", "book.yaml:2:11", "book.yaml:3:11");
    }

    @Test
    void hiddenAndEditorFilesAreNotChaptersAndTwoSpellingsOfOneChapterAreAnError() throws ManuscriptException {
        var ms = TestManuscript.at(tmp.resolve("hidden")).file("book.yaml", TestManuscript.MINIMAL_YAML)
                .file("01-one.md", "# One\n").file("._01-one.md", "\0\0binary").file(".#01-one.md", "lock")
                .file("01-one.md~", "# Backup\n").file("#01-one.md#", "# Autosave\n");
        assertThat(ms.prepare().book().chapters()).extracting(c -> c.file()).containsExactly("01-one.md");
        var twice = TestManuscript.at(tmp.resolve("twice")).file("book.yaml", "title: T\nchapters:\n  - c.md\n  - images/../c.md\n")
                .file("c.md", "# C\n");
        assertThat(twice.failure()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("chapter-listed-twice");
            assertThat(d.message()).contains("first as 'c.md'");
        });
    }

    @Test
    void aNamedPipeIsCalledWhatItIs() throws Exception {
        Path book = tmp.resolve("fifo");
        TestManuscript.at(book).file("book.yaml", "title: T\nchapters:\n  - pipe.md\n");
        Process mk = new ProcessBuilder("mkfifo", book.resolve("pipe.md").toString()).start();
        org.assertj.core.api.Assumptions.assumeThat(mk.waitFor()).as("mkfifo works here").isZero();
        var run = cli("check", book.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is a special file (a named pipe, a device or a socket), not an ordinary file");
    }
}
