package org.scholia.load;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.scholia.annotate.Annotator;
import org.scholia.cli.Main;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Diagnostic;
import org.scholia.model.Inline;
import org.scholia.model.ManuscriptException;

/**
 * A small manuscript written by a test into a temporary folder, and the ways to run it: the
 * loader alone, loader + annotator, or the command line in-process. Shared by the load,
 * annotate and cli tests.
 */
public final class TestManuscript {
    public static final String MINIMAL_YAML = "title: Test Book\nauthor: Ada Tester\n";

    private final Path dir;

    private TestManuscript(Path dir) {
        this.dir = dir;
    }

    /** A manuscript folder at dir (created), with nothing in it yet. */
    public static TestManuscript at(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestManuscript(dir);
    }

    /** A manuscript with a minimal book.yaml and one chapter with the given Markdown. */
    public static TestManuscript withChapter(Path dir, String chapter) {
        return at(dir).file("book.yaml", MINIMAL_YAML).file("01-chapter.md", chapter);
    }

    public Path dir() {
        return dir;
    }

    public TestManuscript file(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestManuscript bytes(String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestManuscript png(String name) {
        return bytes(name, png());
    }

    /** A real 3×2 PNG image. */
    public static byte[] png() {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads only (no annotation). */
    public Book load(List<Diagnostic> warnings) throws ManuscriptException {
        return new ManuscriptLoader().load(dir, warnings);
    }

    /** Loads and annotates. */
    public Book annotate(List<Diagnostic> warnings) throws ManuscriptException {
        return new Annotator().annotate(load(warnings), warnings);
    }

    /** Loads and annotates, which must succeed; returns the warnings. */
    public Prepared prepare() {
        List<Diagnostic> warnings = new ArrayList<>();
        try {
            return new Prepared(annotate(warnings), warnings);
        } catch (ManuscriptException e) {
            throw new AssertionError("expected the manuscript to load, got:\n" + format(e.diagnostics()), e);
        }
    }

    /** Loads and annotates, which must fail; returns every diagnostic of the failure. */
    public List<Diagnostic> failure() {
        List<Diagnostic> warnings = new ArrayList<>();
        try {
            annotate(warnings);
        } catch (ManuscriptException e) {
            return e.diagnostics();
        }
        throw new AssertionError("expected the manuscript to fail, it loaded with warnings:\n" + format(warnings));
    }

    public record Prepared(Book book, List<Diagnostic> warnings) {
        public Chapter chapter(int number) {
            return book.chapters().get(number - 1);
        }
    }

    public static String format(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) sb.append(d.format()).append('\n');
        return sb.toString();
    }

    /** The result of a command line run in-process. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The paragraphs at the top level of a chapter, in order. */
    public static List<Block.Paragraph> paragraphs(Chapter c) {
        return c.blocks().stream().filter(b -> b instanceof Block.Paragraph).map(b -> (Block.Paragraph) b).toList();
    }

    /** Every term reference in some inline content, depth first. */
    public static List<Inline.TermRef> termRefs(List<Inline> content) {
        List<Inline.TermRef> out = new ArrayList<>();
        collect(content, Inline.TermRef.class, out);
        return out;
    }

    /** Every note reference in some inline content, depth first. */
    public static List<Inline.NoteRef> noteRefs(List<Inline> content) {
        List<Inline.NoteRef> out = new ArrayList<>();
        collect(content, Inline.NoteRef.class, out);
        return out;
    }

    /** Every term reference anywhere in some blocks (paragraphs, headings, quotes, lists, tables). */
    public static List<Inline.TermRef> termRefsIn(List<Block> blocks) {
        List<Inline.TermRef> out = new ArrayList<>();
        for (List<Inline> content : inlineContents(blocks)) collect(content, Inline.TermRef.class, out);
        return out;
    }

    /** Every note reference anywhere in some blocks. */
    public static List<Inline.NoteRef> noteRefsIn(List<Block> blocks) {
        List<Inline.NoteRef> out = new ArrayList<>();
        for (List<Inline> content : inlineContents(blocks)) collect(content, Inline.NoteRef.class, out);
        return out;
    }

    /** The inline content lists of blocks, in reading order. */
    public static List<List<Inline>> inlineContents(List<Block> blocks) {
        List<List<Inline>> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) out.add(h.content());
            else if (b instanceof Block.Paragraph p) out.add(p.content());
            else if (b instanceof Block.Quote q) out.addAll(inlineContents(q.content()));
            else if (b instanceof Block.ListBlock l) for (var item : l.items()) out.addAll(inlineContents(item));
            else if (b instanceof Block.Table t) {
                for (var row : t.header()) out.addAll(row);
                for (var row : t.body()) out.addAll(row);
            }
        }
        return out;
    }

    private static <T extends Inline> void collect(List<Inline> content, Class<T> kind, List<T> out) {
        for (Inline i : content) {
            if (kind.isInstance(i)) out.add(kind.cast(i));
            if (i instanceof Inline.Emphasis e) collect(e.content(), kind, out);
            else if (i instanceof Inline.Strong s) collect(s.content(), kind, out);
            else if (i instanceof Inline.Link l) collect(l.content(), kind, out);
            else if (i instanceof Inline.TermRef t) collect(t.content(), kind, out);
            else if (i instanceof Inline.TermUse u) collect(u.content(), kind, out);
        }
    }
}
