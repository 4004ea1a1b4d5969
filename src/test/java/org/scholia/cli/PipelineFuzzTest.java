package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whatever bytes a chapter, a glossary and book.yaml hold, a build either succeeds or fails
 * with our diagnostics (exit 2): never an internal error, a stack overflow or a hang; and what
 * it writes is sound — every XHTML document of the EPUB well-formed, every PDF read back by
 * PDFBox. The input is split at form feeds: chapter, then glossary, then more of book.yaml.
 *
 * <p>{@code mvn verify} runs the committed seeds and regression files (Jazzer's regression
 * mode); {@code JAZZER_FUZZ=1 mvn test -Dtest=PipelineFuzzTest} fuzzes (see the README).
 */
class PipelineFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void buildsWithoutInternalErrors(byte[] data) throws Exception {
        String[] parts = new String(data, StandardCharsets.UTF_8).split("\f", 3);
        Path dir = Files.createTempDirectory("scholia-fuzz");
        try {
            Path book = Files.createDirectories(dir.resolve("book"));
            Files.writeString(book.resolve("book.yaml"), "title: Fuzz\n" + (parts.length > 2 ? parts[2] : ""));
            Files.writeString(book.resolve("01-chapter.md"), parts[0]);
            if (parts.length > 1) Files.writeString(book.resolve("glossary.md"), parts[1]);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Path editions = dir.resolve("out");
            int code = Main.run(new String[] {"build", book.toString(), "-o", editions.toString(), "--only", "pdf,epub"},
                    new PrintWriter(out), new PrintWriter(err));
            assertThat(code).as(err.toString()).isIn(0, 2);
            assertThat(err.toString()).doesNotContain("internal error");
            if (code == 0) {
                // the file names follow the title, which the fuzzed book.yaml may continue on its next lines
                assertThat(written(editions, ".epub")).as(out.toString()).hasSize(1);
                checkEpub(written(editions, ".epub").get(0));
                try (PDDocument pdf = Loader.loadPDF(written(editions, ".pdf").get(0).toFile())) {
                    assertThat(pdf.getNumberOfPages()).isPositive();
                }
            } else {
                assertThat(err.toString()).contains("error: ");
            }
        } finally {
            delete(dir);
        }
    }

    private static void checkEpub(Path epub) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (!(name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx") || name.endsWith(".xml"))) continue;
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                var builder = f.newDocumentBuilder();
                builder.setErrorHandler(null);
                try {
                    builder.parse(new ByteArrayInputStream(bytes));
                } catch (org.xml.sax.SAXException x) {
                    throw new AssertionError(name + " is not well-formed: " + x.getMessage(), x);
                }
            }
        }
    }

    private static java.util.List<Path> written(Path folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
