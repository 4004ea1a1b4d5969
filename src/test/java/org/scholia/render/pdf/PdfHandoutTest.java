package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Block;
import org.scholia.model.Chapter;
import org.scholia.model.Footnote;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.PlainText;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/** The default manuscript's PDF handout, read back with PDFBox as a reader's software would. */
class PdfHandoutTest {
    private static PdfFixture.Rendered rendered;
    private static PdfPages pdf;
    private static Profile profile;

    @BeforeAll
    static void render() throws Exception {
        rendered = PdfFixture.render(PdfFixture.defaultManuscript());
        PdfFixture.keep(rendered, "handout.pdf");
        pdf = new PdfPages(rendered.pdf());
        profile = new ProfileLoader().load(PdfFixture.defaultManuscript(), "handout");
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    private static String squash(String s) {
        return PdfPages.nfkc(s).replaceAll("\\s+", " ").strip();
    }

    private static int pageOfChapterTitle(Chapter ch) {
        for (int i = 0; i < pdf.pages(); i++) {
            if (Character.isDigit(pdf.labels[i].charAt(0)) && squash(pdf.texts.get(i)).startsWith(squash(ch.title()))) return i;
        }
        return -1;
    }

    @Test
    void everyFootnoteStartsOnThePageOfItsReference() throws Exception {
        Map<String, Footnote> notes = new HashMap<>();
        for (Chapter ch : rendered.book().chapters()) for (Footnote f : ch.notes()) notes.put("note-" + ch.id() + "-" + f.label(), f);
        int checked = 0;
        for (PdfPages.Link link : pdf.links()) {
            if (link.contents() == null || !link.contents().startsWith("note-ch")) continue;
            Footnote f = notes.get(link.contents());
            assertThat(f).as(link.contents()).isNotNull();
            assertThat(link.targetPage()).as("note " + link.contents() + " opens on the reference's page").isEqualTo(link.page());
            String text = pdf.texts.get(link.page());
            assertThat(text).as("page text has note " + f.number()).containsPattern("(?m)^" + f.number() + "\\. ");
            Block first = f.content().get(0);
            if (first instanceof Block.Paragraph p) {
                String words = squash(PlainText.of(p.content()));
                String start = words.substring(0, Math.min(12, words.length()));
                assertThat(squash(text)).as("start of note " + f.number()).contains(f.number() + ". " + start);
            }
            checked++;
        }
        int cited = rendered.book().chapters().stream().mapToInt(c -> c.notes().stream().mapToInt(Footnote::citations).sum()).sum();
        assertThat(checked).isEqualTo(cited);
    }

    @Test
    void noteNumbersLinkBackToTheirReferences() throws Exception {
        long back = pdf.links().stream().filter(l -> l.contents() != null && l.contents().startsWith("noteref-")).count();
        int notes = rendered.book().chapters().stream().mapToInt(c -> c.notes().size()).sum();
        assertThat(back).isEqualTo(notes);
    }

    @Test
    void termsLinkToTheirGlossaryEntryAndTheContentsToTheChapters() throws Exception {
        var links = pdf.links();
        int glossary = -1;
        for (int i = 0; i < pdf.pages(); i++) if (Character.isDigit(pdf.labels[i].charAt(0)) && squash(pdf.texts.get(i)).startsWith("Glossary")) glossary = i;
        int terms = 0;
        for (PdfPages.Link l : links) {
            if (l.contents() == null || !l.contents().startsWith("term-") || l.page() >= glossary) continue;
            GlossaryEntry entry = rendered.book().glossary().entry(l.contents()).orElseThrow();
            assertThat(l.targetPage()).as(entry.headword()).isGreaterThanOrEqualTo(glossary);
            String target = squash(pdf.texts.get(l.targetPage()));
            assertThat(target).contains(squash(entry.headword()) + " ");
            terms++;
        }
        assertThat(terms).isPositive();
        for (Chapter ch : rendered.book().chapters()) {
            assertThat(links).as("contents entry of " + ch.title())
                    .anyMatch(l -> l.page() < pageOfChapterTitle(ch) && ch.id().equals(l.contents()) && l.targetPage() == pageOfChapterTitle(ch));
        }
    }

    @Test
    void allFontsAreEmbeddedSubsets() throws Exception {
        int fonts = 0;
        for (PDPage page : pdf.doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                fonts++;
            }
        }
        assertThat(fonts).isPositive();
    }

    @Test
    void theContentsPrintThePagesWhereChaptersStart() {
        Pattern entry = Pattern.compile("(?m)^(.+?)[ .]*\\.[ .]*(\\d+)\\s*$");
        Map<String, String> toc = new HashMap<>();
        for (int i = 0; i < pdf.pages() && !Character.isDigit(pdf.labels[i].charAt(0)); i++) {
            Matcher m = entry.matcher(pdf.texts.get(i));
            while (m.find()) toc.put(squash(m.group(1)), m.group(2));
        }
        for (Chapter ch : rendered.book().chapters()) {
            String printed = toc.get(squash(ch.title()));
            assertThat(printed).as("contents entry for " + ch.title()).isNotNull();
            assertThat(pdf.pageOfLabel(printed)).as(ch.title()).isEqualTo(pageOfChapterTitle(ch)).isPositive();
        }
    }

    @Test
    void everyChapterHasABookmarkToItsFirstPage() throws Exception {
        Map<String, Integer> bookmarks = new HashMap<>();
        for (PDOutlineItem item : pdf.doc.getDocumentCatalog().getDocumentOutline().children()) {
            PDPageDestination d = (PDPageDestination) item.getDestination();
            bookmarks.put(squash(item.getTitle()), d.retrievePageNumber());
        }
        for (Chapter ch : rendered.book().chapters()) {
            assertThat(bookmarks).as(ch.title()).containsEntry(squash(ch.title()), pageOfChapterTitle(ch));
        }
        assertThat(bookmarks).containsKeys("Contents", "Glossary");
    }

    /**
     * The pages each entry lists are the pages of its uses. Which words are a use was decided by
     * the glossary pass; the test finds their pages without matching anything itself: the same
     * book built with {@code autolink: every} makes every use a link (same layout: a link and an
     * unlinked use are set alike), so its link annotations are the pages of every use.
     */
    @Test
    void eachGlossaryEntryListsThePagesWhereItsTermIsUsed(@TempDir Path tmp) throws Exception {
        Path every = tmp.resolve("every");
        try (var files = Files.walk(PdfFixture.defaultManuscript())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = every.resolve(PdfFixture.defaultManuscript().relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Path yaml = every.resolve("book.yaml");
        String config = Files.readString(yaml);
        assertThat(config).contains("autolink: first-per-chapter");
        Files.writeString(yaml, config.replace("autolink: first-per-chapter", "autolink: every"));
        Map<String, SortedSet<String>> expected = new HashMap<>();
        try (PdfPages linked = new PdfPages(PdfFixture.render(every).pdf())) {
            int glossaryPage = glossaryStart(linked);
            for (PdfPages.Link l : linked.links()) {
                if (l.contents() != null && l.contents().startsWith("term-") && l.page() < glossaryPage) {
                    expected.computeIfAbsent(l.contents(), k -> new TreeSet<>()).add(linked.labels[l.page()]);
                }
            }
            assertThat(linked.pages()).as("autolinking every use leaves the layout as it is").isEqualTo(pdf.pages());
        }
        int glossary = glossaryStart(pdf);
        StringBuilder glossaryText = new StringBuilder();
        for (int i = glossary; i < pdf.pages(); i++) glossaryText.append(bodyText(i)).append('\n');
        // entries start on a new line with their headword, in the author's order
        String gtext = "\n" + PdfPages.nfkc(glossaryText.toString()).replaceAll("[ \t]+", " ");
        List<GlossaryEntry> entries = rendered.book().glossary().entries();
        int listed = 0;
        int searchFrom = 0;
        for (int e = 0; e < entries.size(); e++) {
            GlossaryEntry entry = entries.get(e);
            // the entry's text: from its headword to the next entry's headword
            int from = gtext.indexOf("\n" + squash(entry.headword()) + " ", searchFrom);
            assertThat(from).as(entry.headword()).isNotNegative();
            searchFrom = from + 1;
            int to = e + 1 < entries.size() ? gtext.indexOf("\n" + squash(entries.get(e + 1).headword()) + " ", from + 1) : gtext.length();
            String entryText = squash(gtext.substring(from, to < 0 ? gtext.length() : to));
            Matcher pages = Pattern.compile("(\\d+(?:–\\d+)?(?:, \\d+(?:–\\d+)?)*)$").matcher(entryText);
            SortedSet<String> printed = new TreeSet<>();
            if (pages.find()) {
                for (String part : pages.group(1).split(", ")) {
                    String[] r = part.split("–");
                    for (int p = Integer.parseInt(r[0]); p <= Integer.parseInt(r[r.length - 1]); p++) printed.add(Integer.toString(p));
                }
                listed++;
            }
            assertThat(printed).as("pages of " + entry.headword() + ": " + entryText)
                    .isEqualTo(expected.getOrDefault(entry.id(), new TreeSet<>()));
        }
        assertThat(listed).isPositive();
    }

    private static int glossaryStart(PdfPages pages) {
        int glossary = -1;
        for (int i = 0; i < pages.pages(); i++) {
            if (Character.isDigit(pages.labels[i].charAt(0)) && squash(pages.texts.get(i)).startsWith("Glossary")) glossary = i;
        }
        assertThat(glossary).isPositive();
        return glossary;
    }

    /** The page's text inside the text block (no running head, no page number). */
    private static String bodyText(int page) {
        float top = pt(profile.margins().top()), bottom = pt(profile.pageHeight() - profile.margins().bottom());
        StringBuilder sb = new StringBuilder();
        float lastY = Float.NaN;
        for (PdfPages.Glyph g : pdf.glyphs.get(page)) {
            if (g.baseline() < top || g.baseline() > bottom + 1) continue;
            if (!Float.isNaN(lastY) && Math.abs(g.baseline() - lastY) > 4) sb.append('\n');
            else if (!Float.isNaN(lastY) && sb.length() > 0 && g.x() > prevEnd + g.size() * 0.15) sb.append(' ');
            sb.append(g.text());
            lastY = g.baseline();
            prevEnd = g.x() + g.width();
        }
        return sb.toString();
    }

    private static float prevEnd;

    private static float pt(long sp) {
        return sp / 65536f;
    }

    @Test
    void noTextIsDrawnOutsideTheTextArea() {
        assertThat(pdf.glyphsOutsideTextArea(profile)).isEmpty();
        assertThat(pdf.glyphs.stream().mapToInt(List::size).sum()).isGreaterThan(10000);
    }

    @Test
    void someWordsAreHyphenated() {
        int hyphenated = 0;
        Pattern broken = Pattern.compile("\\p{Ll}-\\n\\p{Ll}");
        for (String t : pdf.texts) {
            Matcher m = broken.matcher(t.replace("\r", ""));
            while (m.find()) hyphenated++;
        }
        assertThat(hyphenated).isGreaterThan(2);
    }

    @Test
    void pageLabelsMatchThePrintedNumbers() {
        assertThat(pdf.labels[0]).isEqualTo("i");
        assertThat(pdf.labels[1]).isEqualTo("ii");
        int first = pageOfChapterTitle(rendered.book().chapters().get(0));
        assertThat(pdf.labels[first]).isEqualTo("1");
        float folio = pt(profile.pageHeight() - profile.margins().bottom() / 2);
        for (int i = 1; i < pdf.pages(); i++) {
            StringBuilder printed = new StringBuilder();
            for (PdfPages.Glyph g : pdf.glyphs.get(i)) if (Math.abs(g.baseline() - folio) < 1) printed.append(g.text());
            assertThat(printed.toString().strip()).as("page %d", i).isEqualTo(pdf.labels[i]);
        }
        assertThat(rendered.pageMap().pages()).extracting(p -> p.label()).containsExactly(pdf.labels);
    }

    @Test
    void thePageMapSaysWhereEachPageStarts() {
        var pages = rendered.pageMap().pages();
        assertThat(pages).hasSize(pdf.pages());
        int first = pageOfChapterTitle(rendered.book().chapters().get(0));
        assertThat(pages.get(0).blockId()).isEmpty();
        assertThat(pages.get(first).blockId()).isNotEmpty();
        assertThat(pages.get(first).offset()).isZero();
        assertThat(pages.stream().filter(p -> p.offset() > 0)).isNotEmpty();
    }

    @Test
    void aPageThatBeginsInsideAParagraphPointsAtItsFirstWords() {
        Map<String, String> paragraphs = new HashMap<>();
        for (Chapter ch : rendered.book().chapters()) {
            for (Block b : ch.blocks()) if (b instanceof Block.Paragraph p) paragraphs.put(p.id(), PlainText.of(p.content()));
        }
        int checked = 0;
        for (var start : rendered.pageMap().pages()) {
            if (start.offset() == 0 || !paragraphs.containsKey(start.blockId())) continue;
            String expected = paragraphs.get(start.blockId()).substring(start.offset());
            String firstLine = bodyText(start.index()).strip().split("\n")[0];
            String firstWord = firstLine.split("[ \\p{Punct}’”]")[0];
            assertThat(expected).as("page %s", start.label()).startsWith(PdfPages.nfkc(firstWord));
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void documentInformationAndLanguage() throws Exception {
        var info = pdf.doc.getDocumentInformation();
        var m = rendered.book().metadata();
        assertThat(info.getTitle()).isEqualTo(m.title());
        assertThat(info.getAuthor()).isEqualTo(m.authorLine());
        assertThat(info.getSubject()).isNotBlank();
        assertThat(info.getCreationDate().toInstant()).isEqualTo(PdfFixture.CREATED);
        assertThat(pdf.doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        String xmp = new String(pdf.doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xmp).contains("<dc:title>", m.title(), "<dc:language>", "2026-01-01T00:00:00Z");
        assertThat(pdf.doc.getDocument().getDocumentID()).isNotNull();
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        var again = PdfFixture.render(PdfFixture.defaultManuscript());
        assertThat(again.pdf()).isEqualTo(rendered.pdf());
        assertThat(rendered.warnings()).isEmpty();
    }

    static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\\R")));
    }
}
