package org.scholia.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholia.load.TestManuscript.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;

/**
 * A peer's test suite as a manuscript: every example of the CommonMark spec (spec.txt from
 * commonmark-java's test utilities) is a chapter of one book. Building it either succeeds or
 * fails only with our diagnostics, each at its chapter's line (an example that names a missing
 * image, a link that is no web address …); the book of all the examples that pass builds an
 * EPUB that EPUBCheck passes, whose every document is well-formed XML, and a PDF that PDFBox reads. The counts are
 * printed with the test output.
 */
class CommonMarkSpecTest {
    private static final Pattern ERROR = Pattern.compile("(?m)^(\\d{3})-example\\.md:\\d+:\\d+: error: .*$");

    @TempDir
    Path tmp;

    @Test
    void everySpecExampleBuildsOrIsRefusedWithOurDiagnostics() throws Exception {
        List<Example> examples = ExampleReader.readExamples(CommonMarkSpecTest.class.getResource("/spec.txt"));
        assertThat(examples).hasSizeGreaterThan(600);

        // build, leave out the examples refused, build again: a diagnostic given once per cause
        // (an unknown headword) names only its first example, so a few rounds may be needed
        TreeSet<Integer> refused = new TreeSet<>();
        Map<String, Integer> byCause = new TreeMap<>();
        Path out = null;
        for (int round = 1; round <= 10; round++) {
            Path dir = tmp.resolve("round" + round);
            write(dir, examples, refused);
            out = tmp.resolve("out" + round);
            var run = cli("build", dir.toString(), "-o", out.toString(), "--only", "pdf,epub");
            assertThat(run.exitCode()).as(run.err()).isIn(0, 2);
            assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
            // every error the build printed names an example's chapter and line
            assertThat(run.err().lines().filter(l -> l.contains(": error: ")))
                    .as(run.err()).allMatch(l -> ERROR.matcher(l).matches());
            if (run.exitCode() == 0) break;
            Matcher m = ERROR.matcher(run.err());
            int before = refused.size();
            while (m.find()) {
                refused.add(Integer.parseInt(m.group(1)));
                String what = m.group().replaceFirst(".*error: ", "").replaceAll("'[^']*'|\\[\\[[^\\]]*\\]\\]", "…");
                byCause.merge(what.length() > 60 ? what.substring(0, 60) + "…" : what, 1, Integer::sum);
            }
            assertThat(refused.size()).as("round %d refused an example", round).isGreaterThan(before);
        }
        assertThat(out.resolve("commonmark-spec.epub")).as("the book of the examples that build").exists();
        int documents = wellFormedDocuments(out.resolve("commonmark-spec.epub"));
        EpubValidation check = EpubValidation.check(out.resolve("commonmark-spec.epub"));
        assertThat(check.fatals() + check.errors() + check.warnings()).as(check.toString()).isZero();
        int pages;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("commonmark-spec.pdf").toFile())) {
            pages = pdf.getNumberOfPages();
        }
        System.out.printf("CommonMark spec: %d examples, %d built into one book (%d EPUB documents, %d PDF pages), "
                + "%d refused with our diagnostics: %s%n", examples.size(), examples.size() - refused.size(), documents,
                pages, refused.size(), byCause);
        assertThat(examples.size() - refused.size()).as("examples that build").isGreaterThan(500);
    }

    /** Each example as a chapter "NNN-example.md" with its section as a title, less those refused. */
    private static void write(Path dir, List<Example> examples, java.util.Set<Integer> leaveOut) {
        TestManuscript ms = TestManuscript.at(dir).file("book.yaml", "title: CommonMark Spec\nauthor: Tester\n")
                .file("glossary.md", "# Glossary\n\nfoo\n: A word of the examples.\n");
        for (int i = 0; i < examples.size(); i++) {
            if (leaveOut != null && leaveOut.contains(i + 1)) continue;
            ms.file(String.format("%03d-example.md", i + 1), examples.get(i).getSource());
        }
    }

    private static int wellFormedDocuments(Path epub) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        int n = 0;
        List<String> bad = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().endsWith(".xhtml") && !e.getName().endsWith(".opf") && !e.getName().endsWith(".ncx")) continue;
                var builder = f.newDocumentBuilder();
                builder.setErrorHandler(null);
                try {
                    builder.parse(zip.getInputStream(e));
                    n++;
                } catch (org.xml.sax.SAXException x) {
                    bad.add(e.getName() + ": " + x.getMessage());
                }
            }
        }
        assertThat(bad).as("documents that are not well-formed").isEmpty();
        return n;
    }
}
