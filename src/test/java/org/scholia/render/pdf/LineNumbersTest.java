package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * Line numbers in the margin of the print edition, read back from the PDF: every n-th line of
 * the running text, counted per page or through each chapter, headings and notes not counted,
 * in the margin the profile names.
 */
class LineNumbersTest {
    @TempDir
    Path dir;

    private static final String WORDS = "The soviets of workers and soldiers met in the winter of that year and argued "
            + "over the land, the war and the bread that the cities lacked, while the delegates from the provinces ";

    private TestManuscript book(String profile) {
        StringBuilder md = new StringBuilder();
        for (int ch = 1; ch <= 2; ch++) {
            StringBuilder c = new StringBuilder("# Chapter " + ch + "\n\n");
            for (int p = 0; p < 14; p++) {
                if (p == 5) c.append("## A section\n\n");
                c.append(WORDS.repeat(2 + p % 3).trim()).append(p == 3 ? "[^a]" : "").append(".\n\n");
            }
            c.append("[^a]: A note, which is not counted.\n");
            md.append(c);
            if (ch == 1) {
                TestManuscript.withChapter(dir.resolve("book"), c.toString());
                md.setLength(0);
            } else {
                TestManuscript.at(dir.resolve("book")).file("02-two.md", c.toString());
            }
        }
        return TestManuscript.at(dir.resolve("book")).file("styles/classroom.yaml", profile);
    }

    /** Per page: the line numbers found in a margin, and the body lines' baselines. */
    private record Page(List<float[]> numbers, TreeSet<Float> lines) {
    }

    private List<Page> pages(TestManuscript m, Profile p, boolean outer) throws Exception {
        PdfFixture.Rendered r = PdfFixture.render(PdfFixture.load(m.dir()), p);
        List<Page> out = new ArrayList<>();
        try (PdfPages pdf = new PdfPages(r.pdf())) {
            for (int i = 0; i < pdf.pages(); i++) {
                float left = p.textLeft(i + 1) / 65536f, right = left + p.measure() / 65536f;
                boolean recto = (i + 1) % 2 == 1;
                boolean wantRight = outer == recto;
                List<float[]> numbers = new ArrayList<>();
                TreeSet<Float> lines = new TreeSet<>();
                StringBuilder digits = new StringBuilder();
                float at = Float.NaN, distance = 0, end = Float.NaN;
                for (PdfPages.Glyph g : pdf.glyphs.get(i)) {
                    if (g.size() == (float) p.sizes().body() && g.x() >= left - 0.5f && g.x() <= right) lines.add(g.baseline());
                    boolean inMargin = wantRight ? g.x() > right + 1 : g.x() + g.width() < left - 1;
                    if (g.size() != (float) p.marginNumbers().size() || !inMargin) continue;
                    boolean apart = Math.abs(g.x() - end) > g.size() / 2;  // another number on the same line
                    end = g.x() + g.width();
                    if ((g.baseline() != at || apart) && digits.length() > 0) {
                        numbers.add(new float[] {Integer.parseInt(digits.toString()), at, distance});
                        digits.setLength(0);
                    }
                    // how far from the text block the number stands (its nearest edge)
                    float d = wantRight ? g.x() - right : left - g.x() - g.width();
                    distance = digits.length() == 0 || !wantRight ? d : distance;
                    digits.append(g.text());
                    at = g.baseline();
                }
                if (digits.length() > 0) numbers.add(new float[] {Integer.parseInt(digits.toString()), at, distance});
                out.add(new Page(numbers, lines));
            }
        }
        return out;
    }

    @Test
    void everyFifthLineIsNumberedAndTheCountStartsAgainOnEachPage() throws Exception {
        TestManuscript m = book("line-numbers: 5\nline-numbers-side: inner\nparagraph-numbers: false\n");
        Profile p = new ProfileLoader().load(m.dir(), "classroom");
        int numbered = 0;
        for (Page page : pages(m, p, false)) {
            for (float[] n : page.numbers()) {
                int count = page.lines().headSet(n[1], true).size();
                assertThat((int) n[0] % 5).isZero();
                // headings are not counted: the number is at most the lines above it, never more
                assertThat((int) n[0]).as("number at %.1f", n[1]).isLessThanOrEqualTo(count);
                numbered++;
            }
            if (!page.numbers().isEmpty()) assertThat((int) page.numbers().get(0)[0]).isEqualTo(5);
        }
        assertThat(numbered).isGreaterThan(10);
    }

    @Test
    void perChapterTheCountRunsOnFromPageToPageAndOutsideItStandsBeyondTheParagraphNumbers() throws Exception {
        TestManuscript m = book("line-numbers: 5\nline-numbers-restart: chapter\nline-numbers-side: outer\n");
        Profile p = new ProfileLoader().load(m.dir(), "classroom");
        float gap = p.marginNumbers().gap() / 65536f;
        List<Integer> lineNumbers = new ArrayList<>(), paragraphNumbers = new ArrayList<>();
        for (Page page : pages(m, p, true)) {
            for (float[] n : page.numbers()) {
                // paragraph numbers stand at the gap; line numbers beyond their column
                if (Math.abs(n[2] - gap) < 0.5f) paragraphNumbers.add((int) n[0]);
                else if (n[2] > 2 * gap) lineNumbers.add((int) n[0]);
                else throw new AssertionError("a number " + (int) n[0] + " at " + n[2] + " pt from the text");
            }
        }
        assertThat(paragraphNumbers).hasSize(28).startsWith(1, 2, 3).contains(14);
        // 5, 10, 15 … through chapter 1 across its pages, then from 5 again in chapter 2
        int restarts = 0;
        for (int i = 0; i < lineNumbers.size(); i++) {
            int expected = i == 0 || lineNumbers.get(i) == 5 ? 5 : lineNumbers.get(i - 1) + 5;
            if (i > 0 && lineNumbers.get(i) == 5) restarts++;
            assertThat(lineNumbers.get(i)).as("line number %d of %s", i, lineNumbers).isEqualTo(expected);
        }
        assertThat(restarts).isEqualTo(1);
        assertThat(lineNumbers).contains(60);
    }
}
