package org.scholia.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholia.render.pdf.text.Protrusion;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * Measures line quality from a rendered PDF, as a reader sees it (glyph positions from
 * PDFTextStripper): lines with a letter or digit beyond the measure, runs of consecutive
 * hyphenated lines, the share of justified lines whose mean word space exceeds 0.5 em, and how
 * far full stops and hyphens at line ends hang into the margin (as a fraction of their width,
 * to compare with the profile's protrusion). Not a unit test: run by hand.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.scholia.render.pdf.LineQuality book.pdf [manuscript-dir]</pre>
 */
public final class LineQuality {
    private LineQuality() {
    }

    /** The figures. */
    record Report(int lines, int justified, int loose, int overfull, int maxHyphenRun, int hyphenated,
                  Hang stops, Hang hyphens) {
        double looseShare() {
            return justified == 0 ? 0 : 100.0 * loose / justified;
        }
    }

    public static void main(String[] args) throws Exception {
        Profile profile = new ProfileLoader().load(args.length > 1 ? Path.of(args[1]) : null, "handout");
        try (PdfPages pdf = new PdfPages(Files.readAllBytes(Path.of(args[0])))) {
            Report r = measure(pdf, profile);
            System.out.printf("lines %d, justified %d, mean word space > 0.5 em: %d (%.2f%%), with a letter or digit beyond the measure: %d, "
                    + "hyphenated %d, most consecutive hyphenated lines: %d%n", r.lines(), r.justified(), r.loose(),
                    r.looseShare(), r.overfull(), r.hyphenated(), r.maxHyphenRun());
            Protrusion table = new Protrusion(profile.protrusion());
            System.out.printf("hanging at line ends (right edge beyond the measure / glyph width): full stops %s "
                    + "(configured %.2f), hyphens %s (configured %.2f)%n", r.stops(), table.right('.'), r.hyphens(),
                    table.right('-'));
        }
    }

    /** How far one kind of mark hangs at line ends: count, mean, least and most fraction of its width. */
    static final class Hang {
        int count;
        double sum;
        double min = Double.MAX_VALUE;
        double max;
        /** Marks that hang at least half their width (the rest end a paragraph's last line, which hangs nothing). */
        int half;

        void add(double fraction) {
            count++;
            if (fraction >= 0.5) half++;
            sum += fraction;
            min = Math.min(min, fraction);
            max = Math.max(max, fraction);
        }

        double mean() {
            return count == 0 ? 0 : sum / count;
        }

        @Override
        public String toString() {
            return count == 0 ? "none" : String.format("%d (%d hang half their width or more), mean %.3f, min %.3f, max %.3f",
                    count, half, mean(), min, max);
        }
    }

    static Report measure(PdfPages pdf, Profile profile) {
        int lines = 0, justified = 0, loose = 0, overfull = 0, maxRun = 0, hyphenated = 0;
        Hang stops = new Hang(), hyphens = new Hang();
        Protrusion hang = new Protrusion(profile.protrusion());
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
                PdfPages.Glyph lastLetter = last, firstLetter = first;
                for (PdfPages.Glyph g : line) {
                    if (!isLetterOrDigit(g)) continue;
                    if (firstLetter == first && !isLetterOrDigit(first)) firstLetter = g;
                    lastLetter = g;
                }
                // no letter or digit beyond the measure; punctuation may hang (Protrusion)
                if (lastLetter.x() + lastLetter.width() > right + 0.5f || firstLetter.x() < left - 0.5f) overfull++;
                if (last.text().equals("-") || last.text().equals("\u2010")) {
                    hyphenated++;
                    maxRun = Math.max(maxRun, ++run);
                    if (run > 2 && Boolean.getBoolean("lines.show")) System.out.println("page " + p + ": " + prev + " / " + tail(line));
                } else {
                    run = 0;
                }
                prev = prev2 + " | " + tail(line);
                prev2 = tail(line);
                float lastHang = (float) (last.width() * hang.right(last.text().isEmpty() ? 0 : last.text().codePointAt(0)));
                boolean isJustified = last.x() + last.width() - right > -0.6f
                        && last.x() + last.width() - right < lastHang + 0.6f && first.x() - left < 1f;
                if (!isJustified) continue;
                justified++;
                if (last.width() > 0 && (last.text().equals(".") || last.text().equals("-"))) {
                    float fraction = (last.x() + last.width() - right) / last.width();
                    (last.text().equals(".") ? stops : hyphens).add(fraction);
                    if (fraction < 0.5 && Boolean.getBoolean("lines.show")) System.out.println("not hanging, page " + p + ": " + tail(line));
                }
                double spaces = 0;
                int n = 0;
                for (int i = 1; i + 1 < line.size(); i++) {
                    if (!line.get(i).text().isBlank()) continue;
                    PdfPages.Glyph before = line.get(i - 1), after = line.get(i + 1);
                    if (before.text().isBlank() || after.text().isBlank()) continue;
                    spaces += (after.x() - (before.x() + before.width())) / after.size();
                    n++;
                }
                if (n > 0 && spaces / n > 0.5) {
                    loose++;
                    if (Boolean.getBoolean("lines.show")) System.out.println("loose, page " + p + ": " + tail(line));
                }
            }
        }
        return new Report(lines, justified, loose, overfull, maxRun, hyphenated, stops, hyphens);
    }

    private static boolean isLetterOrDigit(PdfPages.Glyph g) {
        return !g.text().isEmpty() && Character.isLetterOrDigit(g.text().codePointAt(0));
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
