package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.ManuscriptLoader;
import org.scholia.annotate.Annotator;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.model.PlainText;

/** 'scholia init DIR' writes a starter manuscript that loads, annotates and checks with no warning. */
class InitCommandTest {
    @TempDir
    Path tmp;

    @Test
    void starterManuscriptLoadsAnnotatesAndPassesStrictCheck() throws Exception {
        Path dir = tmp.resolve("my-book");
        var r = cli("init", dir.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Created a starter manuscript in " + dir);
        assertThat(dir.resolve("book.yaml")).isRegularFile();
        assertThat(dir.resolve("glossary.md")).isRegularFile();

        var warnings = new java.util.ArrayList<Diagnostic>();
        Book book = new Annotator().annotate(new ManuscriptLoader().load(dir, warnings), warnings);
        assertThat(warnings).isEmpty();
        assertThat(book.metadata().title()).isEqualTo("My First Book");
        assertThat(book.chapters()).hasSize(1);
        assertThat(book.chapters().get(0).title()).isEqualTo("The First Chapter");
        assertThat(book.chapters().get(0).notes()).hasSize(1);
        assertThat(book.glossary().entries()).hasSizeGreaterThanOrEqualTo(1);
        assertThat(org.scholia.load.TestManuscript.termRefsIn(book.chapters().get(0).blocks()))
                .extracting(t -> t.entryId() + ":" + PlainText.of(t.content()))
                .contains("term-footnote:this note");

        var check = cli("check", dir.toString(), "--strict");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.err()).isEmpty();

        var build = cli("build", dir.toString(), "-o", tmp.resolve("out").toString());
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.out()).startsWith("Built my-first-book: 1 chapter, 1 note");
    }

    @Test
    void initIntoAnEmptyExistingFolderWorks() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        assertThat(cli("init", dir.toString()).exitCode()).isZero();
        assertThat(dir.resolve("book.yaml")).isRegularFile();
    }

    @Test
    void initOnANonEmptyFolderExitsTwoAndTouchesNothing() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        var r = cli("init", dir.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("not empty").contains("fix: ");
        assertThat(dir.resolve("book.yaml")).doesNotExist();
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void initOnAnExistingFileExitsTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        var r = cli("init", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(file).hasContent("x");
    }

    @Test
    void initWithoutAFolderExitsTwo() {
        assertThat(cli("init").exitCode()).isEqualTo(2);
    }
}
