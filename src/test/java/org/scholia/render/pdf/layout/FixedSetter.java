package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.scholia.render.pdf.font.FontFace;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Run;
import org.scholia.render.pdf.text.Sp;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.Target;
import org.scholia.render.pdf.text.TextStyle;

/**
 * A text engine stand-in with fixed-width glyphs (half an em each) and greedy breaking: one
 * run per word. Enough to test page layout without fonts.
 */
final class FixedSetter implements LineSetter {
    static final FontFace FACE = new FontFace() {
        public String name() { return "Fixed"; }
        public byte[] ttf() { return new byte[0]; }
        public boolean covers(int codePoint) { return codePoint != 0x2603; }
        public double ascent() { return 800; }
        public double descent() { return 200; }
    };

    /** A word and where it starts in the block's plain text (-1: generated), as the real engine carries it. */
    private record Word(String text, TextStyle style, Target target, int source) {
        long width() {
            return Sp.of(style.size() * 0.5) * text.length();
        }
    }

    @Override
    public List<Line> set(List<Span> spans, long measure, Alignment alignment, long firstIndent, IntConsumer missing) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        long used = firstIndent;
        for (Span s : spans) {
            if (s.text().equals("\n")) {
                lines.add(current);
                current = new ArrayList<>();
                used = 0;
                continue;
            }
            s.text().codePoints().filter(cp -> !FACE.covers(cp)).forEach(missing);
            int at = 0;
            for (String w : s.text().split(" ")) {
                int from = at;
                at += w.length() + 1;
                if (w.isEmpty()) continue;
                Word word = new Word(w, s.style(), s.target(), s.source() < 0 ? -1 : s.source() + from);
                long space = current.isEmpty() ? 0 : Sp.of(s.style().size() * 0.5);
                if (!current.isEmpty() && used + space + word.width() > measure) {
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                    space = 0;
                }
                current.add(word);
                used += space + word.width();
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) lines.add(current);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            out.add(line(lines.get(i), i == 0 ? firstIndent : 0, measure, alignment, last));
        }
        return out;
    }

    private Line line(List<Word> words, long indent, long measure, Alignment alignment, boolean last) {
        long natural = indent;
        for (int i = 0; i < words.size(); i++) natural += words.get(i).width() + (i > 0 ? space(words.get(i)) : 0);
        long extra = 0, shift = 0;
        if (alignment == Alignment.JUSTIFY && !last && words.size() > 1) extra = (measure - natural) / (words.size() - 1);
        if (alignment == Alignment.CENTER) shift = (measure - natural) / 2;
        if (alignment == Alignment.RIGHT) shift = measure - natural;
        List<Run> runs = new ArrayList<>();
        long x = indent + shift;
        long ascent = 0, descent = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0) x += space(w) + extra;
            long rise = w.style().superscript() ? Sp.of(w.style().size() * 0.33) : 0;
            runs.add(new Run(x, FACE, w.style().size(), w.text(), null, null, w.width(), rise, w.style().rgb(), w.target(),
                    w.source(), w.source() < 0 ? -1 : w.source() + w.text().length()));
            x += w.width();
            ascent = Math.max(ascent, Sp.of(w.style().size() * 0.8) + rise);
            descent = Math.max(descent, Sp.of(w.style().size() * 0.2));
        }
        return new Line(runs, Math.min(x, measure), ascent, descent, false, last);
    }

    private static long space(Word w) {
        return Sp.of(w.style().size() * 0.5);
    }

    @Override
    public Line single(List<Span> spans, IntConsumer missing) {
        return set(spans, Long.MAX_VALUE / 4, Alignment.LEFT, 0, missing).get(0);
    }

    @Override
    public long width(String text, TextStyle style) {
        return Sp.of(style.size() * 0.5) * text.length();
    }
}
