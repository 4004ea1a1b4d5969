package org.scholia.render.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholia.model.Autolink;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Creator;
import org.scholia.model.Diagnostic;
import org.scholia.model.Footnote;
import org.scholia.model.Glossary;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.Inline;
import org.scholia.model.Metadata;
import org.scholia.model.SourceSpan;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/** The whole book layout on fixed-width glyphs: furniture, numbering, contents, glossary, PageMap. */
class BookLayoutTest {
    private static final SourceSpan AT = new SourceSpan("ch.md", 1, 1);
    private static Profile profile;
    private static Book book;
    private static LaidOutBook laid;
    private static final List<Diagnostic> warnings = new ArrayList<>();

    private static String words(int n, int seed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(i % 9 == seed % 9 ? "purge" : "word" + (i % 7));
        return sb.toString();
    }

    /** The text with each "purge" a recorded use of the entry, as the glossary pass leaves it. */
    private static List<Inline> withUses(String text) {
        List<Inline> out = new ArrayList<>();
        String[] parts = text.split("purge", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) out.add(new Inline.TermUse("term-purge", List.of(new Inline.Text("purge", AT)), AT));
            if (!parts[i].isEmpty()) out.add(new Inline.Text(parts[i], AT));
        }
        return out;
    }

    private static Chapter chapter(int n, int paragraphs) {
        String id = String.format("ch%02d", n);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, List.of(new Inline.Text("Chapter Title " + n, AT)), id + "-title", AT));
        for (int p = 1; p <= paragraphs; p++) {
            if (p == 4) blocks.add(new Block.Heading(2, List.of(new Inline.Text("Section " + n, AT)), id + "-s1", AT));
            List<Inline> content = new ArrayList<>();
            content.addAll(withUses(words(90, p)));
            if (p % 3 == 0) content.add(new Inline.NoteRef("n" + p, p / 3, 1, AT));
            blocks.add(new Block.Paragraph(content, id + "-p" + p, p, AT));
        }
        List<Footnote> notes = new ArrayList<>();
        for (int p = 3; p <= paragraphs; p += 3) {
            notes.add(new Footnote("n" + p, p / 3, List.of(new Block.Paragraph(withUses("Note text " + p + " " + words(30, p)), "", 0, AT)), 1, AT));
        }
        return new Chapter(id, n, id + ".md", "Chapter Title " + n, blocks, notes, AT);
    }

    @BeforeAll
    static void layout() throws Exception {
        profile = new ProfileLoader().load(null, "handout");
        Metadata m = new Metadata("The Book", "A Subtitle", List.of(Creator.author("Ann Author")), "en", "urn:x", "2026",
                "", "", "", List.of(), Optional.empty(), Autolink.FIRST_PER_CHAPTER, AT);
        GlossaryEntry purge = new GlossaryEntry("term-purge", "purge", List.of("purges"),
                List.of(new Block.Paragraph(List.of(new Inline.Text("A removal.", AT)), "", 0, AT)), AT);
        GlossaryEntry unused = new GlossaryEntry("term-unused", "zebra", List.of(),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Never used.", AT)), "", 0, AT)), AT);
        book = new Book(Path.of("."), m, List.of(chapter(1, 12), chapter(2, 30), chapter(3, 5)),
                new Glossary("glossary.md", List.of(purge, unused), List.of()));
        laid = new BookLayout(profile, new FixedSetter()).layout(book, warnings);
    }

    private static List<FrameItem.TextLine> lines(Page p, Role role) {
        return p.items().stream().filter(i -> i instanceof FrameItem.TextLine t && t.tag().role() == role).map(i -> (FrameItem.TextLine) i).toList();
    }

    private static String text(FrameItem.TextLine t) {
        return String.join(" ", t.line().runs().stream().map(r -> r.text()).toList());
    }

    private static int pageOfAnchor(String anchor) {
        return laid.anchors().get(anchor).page();
    }

    @Test
    void frontMatterIsRomanAndTheBodyArabicFromOne() {
        assertThat(laid.pages().get(0).label()).isEqualTo("i");
        assertThat(laid.pages().get(1).label()).isEqualTo("ii");
        assertThat(laid.frontMatter()).isEqualTo(2);
        assertThat(laid.pages().get(pageOfAnchor("ch01")).label()).isEqualTo("1");
    }

    @Test
    void eachChapterOpensANewPageWithoutARunningHead() {
        for (Chapter ch : book.chapters()) {
            Page opening = laid.pages().get(pageOfAnchor(ch.id()));
            assertThat(lines(opening, Role.HEADING)).first().extracting(BookLayoutTest::text).isEqualTo("Chapter Title " + ch.number());
            long heads = lines(opening, Role.ARTIFACT).stream().filter(t -> t.baseline() < profile.margins().top()).count();
            assertThat(heads).as("running heads on an opening").isZero();
        }
        Page second = laid.pages().get(pageOfAnchor("ch02") + 1);
        List<String> heads = lines(second, Role.ARTIFACT).stream().filter(t -> t.baseline() < profile.margins().top()).map(BookLayoutTest::text).toList();
        assertThat(heads).hasSize(1);
        // verso: the book's title; recto: the chapter's
        boolean recto = (second.index() + 1) % 2 == 1;
        assertThat(heads.get(0)).isEqualTo(recto ? "Chapter Title 2" : "The Book");
    }

    @Test
    void theContentsPrintEachChaptersPageWithLeaders() {
        Page toc = laid.pages().get(1);
        List<String> entries = lines(toc, Role.TOC_ENTRY).stream().map(BookLayoutTest::text).toList();
        for (Chapter ch : book.chapters()) {
            String label = laid.pages().get(pageOfAnchor(ch.id())).label();
            assertThat(entries).anyMatch(e -> e.startsWith("Chapter Title " + ch.number() + " .") && e.endsWith(". " + label));
        }
        assertThat(entries).anyMatch(e -> e.startsWith("Section 2") && e.contains(". ."));
        assertThat(entries).anyMatch(e -> e.startsWith("Glossary"));
        assertThat(toc.items()).anyMatch(i -> i instanceof FrameItem.LinkArea l && "ch02".equals(l.anchor()));
    }

    @Test
    void theGlossaryListsThePagesWhereATermIsUsed() {
        Page glossary = laid.pages().get(pageOfAnchor("glossary"));
        String entry = lines(glossary, Role.PARAGRAPH).stream().map(BookLayoutTest::text).filter(t -> t.startsWith("purge"))
                .findFirst().orElseThrow();
        int lastBody = pageOfAnchor("glossary") - laid.frontMatter();
        assertThat(entry).endsWith("1\u2013" + lastBody);
        String unused = lines(glossary, Role.PARAGRAPH).stream().map(BookLayoutTest::text).filter(t -> t.startsWith("zebra"))
                .findFirst().orElseThrow();
        assertThat(unused).startsWith("zebra").endsWith("Never used.");
    }

    @Test
    void notesSitOnTheirReferencesPage() {
        for (Chapter ch : book.chapters()) {
            for (Footnote fn : ch.notes()) {
                NoteKey key = new NoteKey(ch.id(), fn.label());
                assertThat(pageOfAnchor(key.anchor())).as(key.anchor()).isEqualTo(pageOfAnchor(key.refAnchor(1)));
            }
        }
    }

    @Test
    void thePageMapNamesTheFirstBlockOfEachPage() {
        var pages = laid.pageMap().pages();
        assertThat(pages).hasSize(laid.pages().size());
        assertThat(pages.get(0).blockId()).isEmpty();
        assertThat(pages.get(1).blockId()).as("the contents is front matter").isEmpty();
        assertThat(pages.get(pageOfAnchor("ch01")).blockId()).isEqualTo("ch01-title");
        // every body page names a block; a page that begins inside a paragraph points into it
        assertThat(pages.subList(laid.frontMatter(), pages.size())).allMatch(p -> !p.blockId().isEmpty());
        assertThat(pages).anyMatch(p -> p.blockId().contains("-p") && p.offset() > 0);
    }

    @Test
    void aFrameDumpShowsEveryItemWithItsRole() {
        String dump = FrameDump.of(laid.pages().get(pageOfAnchor("ch01")));
        assertThat(dump).startsWith("page 2 \"1\" 595.28 x 841.89")
                .contains("HEADING/1 ch01-title < ch01 @0-15 \"Chapter Title 1\"", "anchor", "ARTIFACT Pagination",
                        "PARAGRAPH/0 ch01-p1 < ch01 @0-");
        // the title page's lines are generated text: no place in a block of the model
        assertThat(FrameDump.of(laid.pages().get(0))).contains("TITLE/0 title-title < title \"The Book\"",
                "TITLE/0 title-author < title \"Ann Author\"");
    }

    @Test
    void charactersNoFontHasAreReportedOncePerCharacter() {
        Chapter ch = new Chapter("ch09", 9, "snow.md", "Snow", List.of(
                new Block.Paragraph(List.of(new Inline.Text("a \u2603 b", AT)), "p1", 1, new SourceSpan("snow.md", 3, 1)),
                new Block.Paragraph(List.of(new Inline.Text("c \u2603 d", AT)), "p2", 2, new SourceSpan("snow.md", 5, 1))),
                List.of(), AT);
        List<Diagnostic> w = new ArrayList<>();
        new BookLayout(profile, FixedSetter::new, 2).layout(book.withChapters(List.of(ch, chapter(1, 3))), w);
        assertThat(w).hasSize(1);
        assertThat(w.get(0).span().toString()).isEqualTo("snow.md:3:1");
        assertThat(w.get(0).message()).contains("U+2603");
    }
}
