package org.scholia.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * Measures line quality from a rendered PDF, as a reader sees it (glyph positions from
 * PDFTextStripper): lines wider than the measure, runs of consecutive hyphenated lines, and the
 * share of justified lines whose mean word space exceeds 0.5 em. Not a unit test: run by hand.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.scholia.render.pdf.LineQuality book.pdf [manuscript-dir]</pre>
 */
public final class LineQuality {
    private LineQuality() {
    }

    /** The figures. */
    record Report(int lines, int justified, int loose, int overfull, int maxHyphenRun, int hyphenated) {
        double looseShare() {
            return justified == 0 ? 0 : 100.0 * loose / justified;
        }
    }

    public static void main(String[] args) throws Exception {
        Profile profile = new ProfileLoader().load(args.length > 1 ? Path.of(args[1]) : null, "handout");
        try (PdfPages pdf = new PdfPages(Files.readAllBytes(Path.of(args[0])))) {
            Report r = measure(pdf, profile);
            System.out.printf("lines %d, justified %d, mean word space > 0.5 em: %d (%.2f%%), wider than the measure: %d, "
                    + "hyphenated %d, most consecutive hyphenated lines: %d%n", r.lines(), r.justified(), r.loose(),
                    r.looseShare(), r.overfull(), r.hyphenated(), r.maxHyphenRun());
        }
    }

    static Report measure(PdfPages pdf, Profile profile) {
        int lines = 0, justified = 0, loose = 0, overfull = 0, maxRun = 0, hyphenated = 0;
        float measure = profile.measure() / 65536f;
        float top = profile.margins().top() / 65536f, bottom = (profile.pageHeight() - profile.margins().bottom()) / 65536f;
        for (int p = 0; p < pdf.pages(); p++) {
            float left = profile.textLeft(p + 1) / 65536f, right = left + measure;
            int run = 0;
            String prev = "", prev2 = "";
            float size = 0;
            for (List<PdfPages.Glyph> line : lines(pdf.glyphs.get(p))) {
                PdfPages.Glyph first = line.get(0), last = line.get(line.size() - 1);
                if (first.baseline() < top || first.baseline() > bottom) continue;
                // a short line (a paragraph's last) or a change of size (body text to notes) ends a run
                if (line.size() < 8 || Math.abs(first.size() - size) > 0.5f) run = 0;
                size = first.size();
                if (line.size() < 8) continue;
                lines++;
                if (last.x() + last.width() > right + 0.5f || first.x() < left - 0.5f) overfull++;
                if (last.text().equals("-") || last.text().equals("\u2010")) {
                    hyphenated++;
                    maxRun = Math.max(maxRun, ++run);
                    if (run > 2 && Boolean.getBoolean("lines.show")) System.out.println("page " + p + ": " + prev + " / " + tail(line));
                } else {
                    run = 0;
                }
                prev = prev2 + " | " + tail(line);
                prev2 = tail(line);
                boolean isJustified = Math.abs(last.x() + last.width() - right) < 0.6f && first.x() - left < 1f;
                if (!isJustified) continue;
                justified++;
                double spaces = 0;
                int n = 0;
                for (int i = 1; i + 1 < line.size(); i++) {
                    if (!line.get(i).text().isBlank()) continue;
                    PdfPages.Glyph before = line.get(i - 1), after = line.get(i + 1);
                    if (before.text().isBlank() || after.text().isBlank()) continue;
                    spaces += (after.x() - (before.x() + before.width())) / after.size();
                    n++;
                }
                if (n > 0 && spaces / n > 0.5) loose++;
            }
        }
        return new Report(lines, justified, loose, overfull, maxRun, hyphenated);
    }

    private static String tail(List<PdfPages.Glyph> line) {
        StringBuilder sb = new StringBuilder();
        for (PdfPages.Glyph g : line.subList(Math.max(0, line.size() - 25), line.size())) sb.append(g.text());
        return sb.toString();
    }

    /** Glyphs grouped into lines by baseline, in reading order (superscripts stay with their line). */
    static List<List<PdfPages.Glyph>> lines(List<PdfPages.Glyph> glyphs) {
        List<List<PdfPages.Glyph>> out = new ArrayList<>();
        List<PdfPages.Glyph> current = null;
        float baseline = Float.NaN;
        for (PdfPages.Glyph g : glyphs) {
            if (current == null || Math.abs(g.baseline() - baseline) > g.size() * 0.5f) {
                if (current != null && !current.isEmpty() && g.baseline() < baseline && baseline - g.baseline() < 5) {
                    current.add(g); // a raised note mark
                    continue;
                }
                current = new ArrayList<>();
                out.add(current);
                baseline = g.baseline();
            }
            current.add(g);
        }
        return out;
    }
}
