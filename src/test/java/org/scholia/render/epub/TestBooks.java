package org.scholia.render.epub;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.scholia.model.Autolink;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Creator;
import org.scholia.model.Footnote;
import org.scholia.model.Glossary;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.ImageFile;
import org.scholia.model.Inline;
import org.scholia.model.Metadata;
import org.scholia.model.SourceSpan;

/**
 * Hand-built annotated books for the EPUB tests: every block and inline kind, a note cited twice,
 * glossary entries with variants and definitions that cite notes and other terms, images, a
 * table. Built as the annotation passes would leave them (notes numbered, terms linked).
 */
final class TestBooks {
    static final String NOTE_TWICE_TEXT = "A note cited twice, from two places.";
    static final String SECOND_NOTE_TEXT = "Second note, with a list:";

    private TestBooks() {
    }

    private static SourceSpan at(String file, int line) {
        return new SourceSpan(file, line, 1);
    }

    static Inline.Text t(String s) {
        return new Inline.Text(s, at("x.md", 1));
    }

    static Block.Paragraph p(String id, int number, Inline... content) {
        return new Block.Paragraph(List.of(content), id, number, at("x.md", 1));
    }

    static Block.Heading h(int level, String id, String text) {
        return new Block.Heading(level, List.of(t(text)), id, at("x.md", 1));
    }

    static Inline.NoteRef note(String label, int number, int occurrence) {
        return new Inline.NoteRef(label, number, occurrence, at("x.md", 1));
    }

    static Inline.TermRef term(String entryId, String text, boolean explicit) {
        return new Inline.TermRef(entryId, List.of(t(text)), explicit, at("x.md", 1));
    }

    static Footnote footnote(String label, int number, int citations, Block... content) {
        return new Footnote(label, number, List.of(content), citations, at("x.md", 1));
    }

    /** A small PNG written into {@code dir}. */
    static ImageFile png(Path dir, String name, int w, int h) {
        try {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < w; x++) for (int y = 0; y < h; y++) img.setRGB(x, y, (x * 7 + y * 13) << 8);
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            ImageIO.write(img, "png", file.toFile());
            return new ImageFile(name, file, "image/png", w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two chapters and a glossary exercising every model node; images are written into {@code dir}. */
    static Book full(Path dir) {
        ImageFile figure = png(dir, "images/map of the USSR.png", 40, 30);
        ImageFile icon = png(dir, "icon.png", 8, 8);
        ImageFile cover = png(dir, "cover.png", 60, 90);

        Chapter ch1 = new Chapter("ch01", 1, "01-party.md", "The Party & the State", List.of(
                h(1, "ch01-title", "The Party & the State"),
                p("ch01-p1", 1, t("Power lay with the "), term("term-politburo", "Politburo", true),
                        t(", not the "), term("term-soviet", "soviets", false), t("."), note("a", 1, 1),
                        t(" It was "), new Inline.Emphasis(List.of(t("formally")), at("x", 1)), t(" a "),
                        new Inline.Strong(List.of(t("federation"), new Inline.Emphasis(List.of(t(" of republics")),
                                at("x", 1))), at("x", 1)),
                        t(", see "), new Inline.Code("Art. 17 <sic>", at("x", 1)), t(" and "),
                        new Inline.Link("https://example.org/a b?x=1&y=2", "A \"source\"", List.of(t("this page")),
                                at("x", 1)),
                        t("."), new Inline.LineBreak(at("x", 1)), t("Control chars \u0001 are dropped; ]]> stays.")),
                h(2, "ch01-s1", "Organs of power"),
                new Block.Quote(List.of(p("", 0, t("All power to the soviets!"), note("b", 2, 1))), at("x", 1)),
                new Block.ListBlock(true, 3, List.of(
                        List.of(p("", 0, t("Third item"))),
                        List.of(p("", 0, t("Fourth item with a nested list")),
                                new Block.ListBlock(false, 1, List.of(List.of(p("", 0, t("nested")))), at("x", 1)))),
                        at("x", 1)),
                h(3, "ch01-s1-1", "Numbers"),
                new Block.Table(List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT, Block.Alignment.CENTER),
                        List.of(List.of(List.of(t("Year")), List.of(t("Members")), List.of(t("Note")))),
                        List.of(List.of(List.of(t("1927")), List.of(t("1,200,000")), List.of(note("a", 1, 2))),
                                List.of(List.of(t("1939")), List.of(t("2,300,000")))),
                        at("x", 1)),
                new Block.CodeBlock("text", "line one\n  line <two> & three\n", at("x", 1)),
                new Block.Figure(new Inline.Image(figure, "A map of the Soviet republics", "The USSR in 1940",
                        at("x", 1)), at("x", 1)),
                new Block.ThematicBreak(at("x", 1)),
                p("ch01-p2", 2, t("An inline image "), new Inline.Image(icon, "a red star", "", at("x", 1)),
                        t(" and the "), term("term-politburo", "politburo", false), t(" again.")),
                h(2, "ch01-s2", "Second section")),
                List.of(footnote("a", 1, 2, p("", 0, t(NOTE_TWICE_TEXT))),
                        footnote("b", 2, 1, p("", 0, t(SECOND_NOTE_TEXT), term("term-soviet", "soviet", false)),
                                new Block.ListBlock(false, 1, List.of(List.of(p("", 0, t("point")))), at("x", 1)))),
                at("01-party.md", 1));

        Chapter ch2 = new Chapter("ch02", 2, "02-after.md", "After Stalin", List.of(
                h(1, "ch02-title", "After Stalin"),
                p("ch02-p1", 1, t("The "), term("term-politburo", "Presidium", true), t(" replaced it."),
                        note("c", 3, 1)),
                new Block.ListBlock(false, 1, List.of(List.of(
                        new Block.Quote(List.of(p("", 0, t("quoted in a list"))), at("x", 1)))), at("x", 1)),
                p("ch02-p2", 2, t("Plain words. More words to split by a page break here."))),
                List.of(footnote("c", 3, 1,
                        new Block.ListBlock(false, 1, List.of(List.of(p("", 0, t("A note starting with a list")))),
                                at("x", 1)))),
                at("02-after.md", 1));

        Glossary glossary = new Glossary("glossary.md", List.of(
                new GlossaryEntry("term-politburo", "Politburo", List.of("Politburos", "Presidium"),
                        List.of(p("", 0, t("The Political Bureau of the Central Committee, elected by the "),
                                term("term-soviet", "soviet", true), t(" congress in name only."), note("g1", 1, 1)),
                                p("", 0, t("Renamed Presidium in 1952."))),
                        at("glossary.md", 1)),
                new GlossaryEntry("term-soviet", "soviet", List.of("soviets"),
                        List.of(p("", 0, t("A council; see "), new Inline.Emphasis(List.of(t("Lenin")), at("x", 1)),
                                note("g1", 1, 2))),
                        at("glossary.md", 5)),
                new GlossaryEntry("term-unused", "nomenklatura", List.of(),
                        List.of(new Block.ListBlock(false, 1, List.of(List.of(p("", 0, t("a list of posts")))),
                                at("x", 1))),
                        at("glossary.md", 9))),
                List.of(footnote("g1", 1, 2, p("", 0, t("A glossary note.")))));

        Metadata meta = new Metadata("Real Socialism", "The USSR Under Stalin and Khrushchev",
                List.of(Creator.author("Ann Author"), Creator.author("Bob Writer"), new Creator("Eve Editor", "edt")),
                "en", "urn:uuid:0b8f7a4e-1234-4cde-9f00-123456789abc", "2024-05-01", "Scholia Press",
                "CC BY 4.0", "A short history of the Soviet state.", List.of("History", "USSR"),
                Optional.of(cover), Autolink.FIRST_PER_CHAPTER, at("book.yaml", 1));
        return new Book(dir, meta, List.of(ch1, ch2), glossary);
    }

    /** The smallest book: one chapter, no glossary, no images, bare metadata, {@code cover: none}. */
    static Book minimal(Path dir) {
        Chapter ch = new Chapter("ch01", 1, "one.md", "Only", List.of(h(1, "ch01-title", "Only"),
                p("ch01-p1", 1, t("Text."))), List.of(), at("one.md", 1));
        Metadata meta = new Metadata("Tiny", "", List.of(), "fr", "urn:uuid:00000000-0000-4000-8000-000000000000",
                "", "", "", "", List.of(), Optional.empty(), Autolink.NONE, at("book.yaml", 1), true);
        return new Book(dir, meta, List.of(ch), Glossary.empty());
    }

    /** Many chapters of generated text, for timing: about {@code words} words and {@code notes} notes. */
    static Book big(Path dir, int chapters, int words, int notes) {
        List<Chapter> list = new ArrayList<>();
        int wordsPerPara = 100;
        int paras = words / wordsPerPara / chapters;
        int notesPerChapter = notes / chapters;
        String sentence = "The plenum of the committee met again and the delegates voted as they were told. ";
        for (int c = 1; c <= chapters; c++) {
            String id = String.format("ch%02d", c);
            List<Block> blocks = new ArrayList<>();
            blocks.add(h(1, id + "-title", "Chapter " + c));
            List<Footnote> fns = new ArrayList<>();
            for (int i = 1; i <= paras; i++) {
                if (i % 10 == 1) blocks.add(h(2, id + "-s" + i, "Section " + i));
                List<Inline> content = new ArrayList<>();
                for (int k = 0; k < 6; k++) content.add(t(sentence));
                content.add(term("term-politburo", "Politburo", false));
                content.add(t(" ended the session."));
                int n = fns.size() + 1;
                if (n <= notesPerChapter && i % Math.max(1, paras / notesPerChapter) == 0) {
                    content.add(note("n" + n, n, 1));
                    fns.add(footnote("n" + n, n, 1, p("", 0, t("Source for note " + n + ": " + sentence))));
                }
                blocks.add(new Block.Paragraph(content, id + "-p" + i, i, at("x.md", i)));
            }
            list.add(new Chapter(id, c, id + ".md", "Chapter " + c, blocks, fns, at(id + ".md", 1)));
        }
        Glossary glossary = new Glossary("glossary.md", List.of(new GlossaryEntry("term-politburo", "Politburo",
                List.of(), List.of(p("", 0, t("The bureau."))), at("glossary.md", 1))), List.of());
        Metadata meta = new Metadata("Big", "", List.of(Creator.author("A")), "en",
                "urn:uuid:00000000-0000-4000-8000-000000000001", "", "", "", "", List.of(), Optional.empty(),
                Autolink.EVERY, at("book.yaml", 1));
        return new Book(dir, meta, list, glossary);
    }
}
