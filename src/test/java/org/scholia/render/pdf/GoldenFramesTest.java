package org.scholia.render.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholia.model.Book;
import org.scholia.render.pdf.layout.FrameDump;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * Golden text dumps of the frames of small manuscripts on a small page, one per page-breaking
 * behaviour: {@code src/test/resources/golden/<case>.txt} holds the {@link FrameDump} of every
 * page (furniture, title page and contents included). A difference fails the test and prints the
 * first differing lines.
 *
 * <p>When a change to the layout is meant, rewrite the files and review them in the diff:
 * <pre>mvn -q -o test -Dtest=GoldenFramesTest -Dgolden.update=true</pre>
 */
class GoldenFramesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** A small page, so that each case is a few pages. */
    private static final String PROFILE = """
            page: "90mm x 120mm"
            margins:
              inner: 10mm
              outer: 10mm
              top: 14mm
              bottom: 14mm
            """;

    @TempDir
    Path dir;

    private static String words(int n, int seed) {
        return GeneratedManuscriptTest.words(n, seed);
    }

    private static String chapter(String name) {
        return switch (name) {
            case "paragraph-across-pages" -> "# Long Paragraph\n\n" + words(260, 1) + "\n";
            case "footnote-across-pages" -> "# Long Note\n\n" + words(120, 2) + "[^long]\n\n" + words(60, 3)
                    + "\n\n[^long]: " + words(200, 4) + "\n";
            case "table-across-pages" -> {
                StringBuilder sb = new StringBuilder("# Long Table\n\n" + words(20, 5) + "\n\n| Year | Event |\n|---|---|\n");
                for (int i = 0; i < 30; i++) sb.append("| ").append(1920 + i).append(" | ").append(words(6, i)).append(" |\n");
                yield sb.append('\n').append(words(20, 6)).append('\n').toString();
            }
            // 132 words end the first paragraph where the heading and one line of its text would
            // still fit on the page but not two: the heading goes over only because it keeps with
            // two lines (126 words leave room for both, and it stays)
            case "heading-kept-with-text" -> "# Headings\n\n" + words(132, 7) + "\n\n## Kept With Its Text\n\n"
                    + words(80, 8) + "\n";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"paragraph-across-pages", "footnote-across-pages", "table-across-pages", "heading-kept-with-text"})
    void framesMatchTheGoldenDump(String name) throws Exception {
        Files.writeString(dir.resolve("book.yaml"), "title: Golden\nauthor: A. Tester\nlanguage: en\n");
        Files.writeString(dir.resolve("01-case.md"), chapter(name));
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("handout.yaml"), PROFILE);
        Profile profile = new ProfileLoader().load(dir, "handout");
        Book book = PdfFixture.load(dir);
        LaidOutBook laid = new PdfRenderer(profile).layout(book, new ArrayList<>());
        String actual = laid.pages().stream().map(FrameDump::of).collect(Collectors.joining("\n"));
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) fail(file + " is missing: run with -Dgolden.update=true to write it");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) fail("frames of " + name + " differ from " + file + ":\n" + diff(expected, actual));
    }

    /** The differing lines with their numbers, up to 20 of them. */
    private static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList(), a = actual.lines().toList();
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(e.size(), a.size()) && shown < 20; i++) {
            String x = i < e.size() ? e.get(i) : "<none>", y = i < a.size() ? a.get(i) : "<none>";
            if (x.equals(y)) continue;
            sb.append(String.format("%5d - %s%n%5d + %s%n", i + 1, x, i + 1, y));
            shown++;
        }
        return sb.toString();
    }
}
