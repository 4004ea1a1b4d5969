package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.render.pdf.layout.FrameDump;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.style.ProfileLoader;

/**
 * Every frame item names its structure element and that element's parent, read through the
 * frame dump as a tagger would read the frames; and the painter reports what it cannot draw.
 */
class FrameTagsTest {
    @TempDir
    Path dir;

    private Book manuscript(String chapter) throws Exception {
        Files.writeString(dir.resolve("book.yaml"), "title: Tags\nauthor: A. Tester\nlanguage: en\n");
        Files.writeString(dir.resolve("01-tags.md"), chapter);
        return PdfFixture.load(dir);
    }

    /** Two links to one address in a paragraph are two Link elements; a link broken over two lines is one. */
    @Test
    void eachLinkIsItsOwnElementAndKeepsItsIdAcrossALineBreak() throws Exception {
        String words = "word ".repeat(12);
        Book book = manuscript("# Links\n\nSee [this](https://example.org/) and [that](https://example.org/), then "
                + words + "[a link whose words run on over the end of one line into the next one](https://example.org/).\n");
        LaidOutBook laid = new PdfRenderer(new ProfileLoader().load(dir, "handout")).layout(book, new ArrayList<>());
        String dump = laid.pages().stream().map(FrameDump::of).collect(Collectors.joining());
        List<String> ids = java.util.regex.Pattern.compile("LINK/0 (\\S+>https://example.org/\\S*) <").matcher(dump)
                .results().map(m -> m.group(1)).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
        assertThat(ids.subList(0, 2)).doesNotHaveDuplicates();
        // the third link covers two lines: two link areas, one element
        assertThat(ids.subList(2, ids.size())).hasSize(2).containsOnly(ids.get(2));
    }

    @Test
    void everyLineNamesItsElementAndParent() throws Exception {
        Book book = manuscript("""
                # Tagged

                ## A Section

                A paragraph with a note[^a] and a [link](https://example.org/).

                - first item
                - second item

                | Head | Other |
                |------|-------|
                | cell | more  |

                [^a]: The note's text.
                """);
        LaidOutBook laid = new PdfRenderer(new ProfileLoader().load(dir, "handout")).layout(book, new ArrayList<>());
        // source ranges (" @12-40") are checked elsewhere: here only the structure
        String dump = laid.pages().stream().map(FrameDump::of).collect(Collectors.joining()).replaceAll(" @\\d+-\\d+", "");
        List<String> text = dump.lines().filter(l -> l.startsWith("text") || l.startsWith("link")).toList();
        for (String l : text) {
            // an element "id < parent", or an artifact with its kind
            assertThat(l).matches(".*(ARTIFACT (Pagination|Layout)|[A-Z_]+/\\d+ \\S+ < \\S+).*");
        }
        String chapter = book.chapters().get(0).id();
        assertThat(dump).containsPattern("HEADING/2 \\S+-h < \\S+ \"A Section\"")
                .containsPattern("PARAGRAPH/0 \\S+ < \\S+ \"A paragraph")
                .containsPattern("LIST_LABEL/1 " + chapter + "-l1-i1-lbl < " + chapter + "-l1-i1 ")
                .containsPattern("LIST_ITEM/1 \\S+ < " + chapter + "-l1-i2-body \"second item\"")
                .containsPattern("TABLE_HEADER/0 " + chapter + "-t1-r1-c1 < " + chapter + "-t1-r1 \"Head\"")
                .containsPattern("TABLE_CELL/0 " + chapter + "-t1-r2-c2 < " + chapter + "-t1-r2 \"more\"")
                .containsPattern("NOTE/0 \\S+ < note-\\S+ ")
                .containsPattern("-> uri https://example.org/ LINK/0 \\S+>https://example.org/@\\d+ < \\S+")
                .containsPattern("NOTE_REFERENCE/0 \\S+ < \\S+")
                .contains("ARTIFACT Pagination");
        assertThat(dump).doesNotContain("  < ").doesNotContain(" < \"");
    }

    @Test
    void anImageThatDoesNotReadIsAWarningAtItsLineAndThePdfIsStillWritten() throws Exception {
        // a PNG whose header (signature and IHDR) probes fine but whose image data is garbage
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 40, 0, 0, 0, 30, 8, 2, 0, 0, 0, 0x12, 0x34, 0x56, 0x78,
                0, 0, 0, 8, 'I', 'D', 'A', 'T', 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0, 'I', 'E', 'N', 'D',
                (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
        // the loader decodes every image and would refuse this one: the file is damaged after it was
        // read (replaced while the build runs), which only the painter can find
        Files.write(dir.resolve("broken.png"), org.scholia.load.TestManuscript.png());
        Book book = manuscript("# Pictures\n\nSome text.\n\n![A broken picture](broken.png)\n\nMore text.\n");
        Files.write(dir.resolve("broken.png"), png);
        PdfFixture.Rendered r = PdfFixture.render(book, new ProfileLoader().load(dir, "handout"));
        assertThat(r.pdf().length).isGreaterThan(1000);
        assertThat(new String(r.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        List<Diagnostic> unread = r.warnings().stream().filter(w -> w.code().equals("image-unreadable")).toList();
        assertThat(unread).hasSize(1);
        assertThat(unread.get(0).span().toString()).startsWith("01-tags.md:5");
        assertThat(unread.get(0).message()).contains("broken.png");
    }
}
