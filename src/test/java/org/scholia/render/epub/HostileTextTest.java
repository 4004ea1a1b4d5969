package org.scholia.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;

/**
 * Text pasted from other programs: control characters in the title and the headings, and link
 * addresses with character references XML cannot hold or a second '#'. The EPUB still passes
 * EPUBCheck, the PDF still reads back, and the author is told what was changed.
 */
class HostileTextTest {
    @TempDir
    Path tmp;

    @Test
    void controlCharactersAndOddAddressesStillGiveValidEditions() throws Exception {
        Path book = tmp.resolve("book");
        TestManuscript.at(book).file("book.yaml", "title: \"The\u0001 Plenum\"\nauthor: \"Ada\u001b Tester\"\n")
                .file("01-chapter.md", "# The\u0002 Congress\n\nText\u000b with [a link](https://example.org/a#b#c), "
                        + "[a zero](https://example.org/&#x0;x) and [a surrogate](https://example.org/&#xD800;y).\n\n## Sub\u001bhead\n\nMore.\n");
        Path out = tmp.resolve("out");
        var run = cli("build", book.toString(), "-o", out.toString(), "--only", "pdf,epub");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("01-chapter.md:1:6: warning: The file holds 3 control characters (the first is U+0002)")
                .contains("book.yaml:1:12: warning: The file holds 2 control characters")
                .contains("it is written as 'https://example.org/a#b%23c'");

        Path epub = out.resolve("the-plenum.epub");
        EpubValidation v = EpubValidation.check(epub);
        assertThat(v.fatals() + v.errors() + v.warnings()).as(v.toString()).isZero();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String chapter = new String(zip.getInputStream(zip.stream().filter(e -> e.getName().contains("ch01")).findFirst()
                    .orElseThrow()).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(chapter).contains("The Congress").contains("Subhead")
                    .contains("href=\"https://example.org/a#b%23c\"")
                    .contains("href=\"https://example.org/%EF%BF%BDx\"")
                    .contains("href=\"https://example.org/y\"");
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("the-plenum.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("The Plenum").contains("The Congress");
        }
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("the-plenum.pdf", "the-plenum.epub");
    }
}
