package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Book;
import org.scholia.render.pdf.layout.FrameItem;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.render.pdf.layout.Page;
import org.scholia.render.pdf.layout.Role;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * A generated manuscript that stresses the footnote area: a 600-word note (which must be split
 * and continued on the next page) and a chapter with 40 notes, plus a table, lists and code.
 */
class GeneratedManuscriptTest {
    private static final String[] WORDS = ("the state party plan power central committee soviet union economy industry "
            + "peasants workers collectivisation revolution international socialism bureaucracy leadership purge "
            + "congress government administration historians archives documents characteristically").split(" ");

    @TempDir
    static Path dir;
    private static Book book;
    private static Profile profile;
    private static PdfFixture.Rendered rendered;
    private static PdfPages pdf;
    private static LaidOutBook layout;

    static String words(int n, int seed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = WORDS[(i * 7 + seed * 13 + i * i) % WORDS.length];
            if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            sb.append(i == 0 ? "" : i % 17 == 0 ? ", " : " ").append(w);
        }
        return sb.append('.').toString();
    }

    @BeforeAll
    static void generate() throws Exception {
        Files.writeString(dir.resolve("book.yaml"), "title: Stress Test\nauthor: Test Author\nlanguage: en\n"
                + "chapters:\n  - 01-long.md\n  - 02-many.md\n");
        StringBuilder one = new StringBuilder("# A Very Long Note\n\n");
        for (int p = 0; p < 14; p++) {
            one.append(words(70, p)).append(p == 2 ? "[^long]" : p == 10 ? "[^long2]" : "").append("\n\n");
            if (p == 3) one.append("| Column | Another column | Third |\n|---|---|--:|\n| party | a much longer cell of text that wraps in its column | 12 |\n| state | short | 3 |\n\n");
            if (p == 5) one.append("- first item\n- second item\n  1. nested one\n  2. nested two\n- third item\n\n");
            if (p == 6) one.append("```\nfor (int i = 0; i < n; i++) {\n    System.out.println(\"a rather long line of code that will need to be wrapped at the margin\");\n}\n```\n\n");
            if (p == 7) one.append("> ").append(words(50, 99)).append("\n\n");
        }
        // two 600-word notes close together: at least one cannot fit beside its reference
        one.append("[^long]: ").append(words(600, 5)).append(" LASTWORDS.\n");
        one.append("[^long2]: ").append(words(600, 6)).append(" LASTWORDS2.\n");
        Files.writeString(dir.resolve("01-long.md"), one);
        StringBuilder many = new StringBuilder("# Forty Notes\n\n## A Section\n\n");
        for (int p = 0; p < 40; p++) many.append(words(45, p + 20)).append("[^n").append(p + 1).append("]\n\n");
        for (int p = 0; p < 40; p++) many.append("[^n").append(p + 1).append("]: NOTE").append(p + 1).append(" ").append(words(20 + (p * 11) % 50, p)).append("\n");
        Files.writeString(dir.resolve("02-many.md"), many);
        Files.writeString(dir.resolve("glossary.md"), "# Glossary\n\npurge\npurges\n: The removal of members.\n\n"
                + "Central Committee\n: The body that elected the Politburo.\n");
        book = PdfFixture.load(dir);
        profile = new ProfileLoader().load(dir, "handout");
        rendered = PdfFixture.render(book, profile);
        PdfFixture.keep(rendered, "generated.pdf");
        pdf = new PdfPages(rendered.pdf());
        layout = new PdfRenderer(profile).layout(book, new ArrayList<>());
    }

    @Test
    void aLongNoteStartsBesideItsReferenceAndContinuesOnTheNextPage() throws Exception {
        int continued = 0;
        for (String label : List.of("long", "long2")) {
            var ref = pdf.links().stream().filter(l -> l.contents() != null && l.contents().endsWith("-" + label)).findFirst().orElseThrow();
            assertThat(ref.targetPage()).isEqualTo(ref.page());
            String here = PdfPages.nfkc(pdf.texts.get(ref.page())).replaceAll("\\s+", " ");
            String firstWords = words(600, label.equals("long") ? 5 : 6).substring(0, 30);
            assertThat(here).contains(firstWords);
            String last = label.equals("long") ? "LASTWORDS." : "LASTWORDS2.";
            if (!here.contains(last)) {
                assertThat(PdfPages.nfkc(pdf.texts.get(ref.page() + 1))).contains(last);
                continued++;
            }
        }
        assertThat(continued).isPositive();
    }

    @Test
    void everyOneOfTheFortyNotesStartsOnItsReferencesPage() throws Exception {
        int notes = 0;
        for (PdfPages.Link l : pdf.links()) {
            if (l.contents() == null || !l.contents().startsWith("note-")) continue;
            assertThat(l.targetPage()).as(l.contents()).isEqualTo(l.page());
            if (l.contents().contains("-n")) {
                String n = l.contents().substring(l.contents().lastIndexOf("-n") + 2);
                assertThat(pdf.texts.get(l.page())).contains("NOTE" + n + " ");
                notes++;
            }
        }
        assertThat(notes).isEqualTo(40);
    }

    @Test
    void nothingOverlaps() {
        for (Page page : layout.pages()) {
            List<long[]> boxes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (FrameItem it : page.items()) {
                if (it instanceof FrameItem.TextLine t && !t.line().runs().isEmpty()) {
                    var first = t.line().runs().get(0);
                    var last = t.line().runs().get(t.line().runs().size() - 1);
                    boxes.add(new long[] {t.x() + first.x(), t.baseline() - t.line().ascent(), t.x() + last.x() + last.width(),
                            t.baseline() + t.line().descent()});
                    names.add(t.tag().role() + " " + t.line().runs().get(0).text());
                } else if (it instanceof FrameItem.Rule r && r.thickness() < 3 * 65536) {
                    boxes.add(new long[] {r.x(), r.y(), r.x() + r.width(), r.y() + r.thickness()});
                    names.add("rule");
                }
            }
            for (int a = 0; a < boxes.size(); a++) {
                for (int b = a + 1; b < boxes.size(); b++) {
                    long[] p = boxes.get(a), q = boxes.get(b);
                    boolean overlap = p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
                    assertThat(overlap).as("page %s: '%s' overlaps '%s'", page.label(), names.get(a), names.get(b)).isFalse();
                }
            }
        }
    }

    @Test
    void noPageIsOverfull() {
        long top = profile.margins().top(), bottom = profile.pageHeight() - profile.margins().bottom();
        for (Page page : layout.pages()) {
            for (FrameItem it : page.items()) {
                if (it.tag().role() == Role.ARTIFACT) continue;
                if (it instanceof FrameItem.TextLine t) {
                    assertThat(t.baseline() + t.line().descent()).as("page %s line bottom", page.label()).isLessThanOrEqualTo(bottom);
                    assertThat(t.baseline() - t.line().ascent()).as("page %s line top", page.label()).isGreaterThanOrEqualTo(top);
                }
            }
        }
        assertThat(pdf.glyphsOutsideTextArea(profile)).isEmpty();
    }

    @Test
    void aTableAListAndCodeAreSet() {
        String all = String.join("\n", pdf.texts);
        assertThat(all).contains("Another column", "nested two", "System.out.println", "•");
        assertThat(rendered.warnings()).isEmpty();
    }
}
