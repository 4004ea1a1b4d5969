package org.scholia.render.pdf.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic paragraphs for breaker tests, no fonts needed: every letter is 5pt wide, a space is
 * glue 5pt plus 2.5pt minus 5/3pt, '|' marks a hyphenation point (a discretionary of penalty
 * 50 with a 5pt hyphen), '\n' a forced break. Lines are shown back as text with the hyphens.
 */
final class FixedWidthText {

    static final long LETTER = Sp.of(5);
    static final long HYPHEN = Sp.of(5);

    final String source;
    final List<BreakItem> items = new ArrayList<>();
    /** Per item, the text it stands for ("" for penalties and forced breaks). */
    final List<String> shown = new ArrayList<>();

    FixedWidthText(String source) {
        this(source, LETTER, new Glue(LETTER, LETTER / 2, LETTER / 3), HYPHEN, 0);
    }

    /**
     * With other sizes (TeX's, for a comparison with its trace).
     *
     * @param indent a first-line indent box, or 0 for none
     */
    FixedWidthText(String source, long letter, Glue space, long hyphen, long indent) {
        this.source = source;
        if (indent > 0) add(new Box(indent), "");
        String[] lines = source.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String[] words = lines[l].trim().split(" +");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    add(space, " ");
                }
                String[] syllables = words[w].split("\\|");
                for (int s = 0; s < syllables.length; s++) {
                    if (s > 0) {
                        add(new Discretionary(hyphen, 50), "");
                    }
                    add(new Box(letter * syllables[s].length()), syllables[s]);
                }
            }
            if (l < lines.length - 1) {
                add(Glue.parfill(), "");
                add(Penalty.forced(), "");
            }
        }
        add(Penalty.forbidden(), "");
        add(Glue.parfill(), "");
        add(Penalty.forced(), "");
    }

    private void add(BreakItem item, String text) {
        items.add(item);
        shown.add(text);
    }

    /** The lines as text, a hyphen where a line ends at a hyphenation point. */
    List<String> lines(Breaking breaking) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (Breakpoint bp : breaking.breaks()) {
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < bp.index(); i++) {
                sb.append(shown.get(i));
            }
            if (items.get(bp.index()) instanceof Discretionary) {
                sb.append('-');
            }
            out.add(sb.toString().trim());
            start = bp.index() + 1;
        }
        return out;
    }

    /** Natural width, stretch and shrink of each line, as the breaker measured it. */
    List<long[]> metrics(Breaking breaking) {
        List<long[]> out = new ArrayList<>();
        int start = 0;
        for (Breakpoint bp : breaking.breaks()) {
            while (start < bp.index() && !(items.get(start) instanceof Box)) {
                start++;
            }
            long w = 0;
            long y = 0;
            long z = 0;
            for (int i = start; i < bp.index(); i++) {
                if (items.get(i) instanceof Box b) {
                    w += b.width();
                } else if (items.get(i) instanceof Glue g) {
                    w += g.width();
                    y += g.stretch();
                    z += g.shrink();
                }
            }
            if (items.get(bp.index()) instanceof Penalty p) {
                w += p.width();
            }
            out.add(new long[] {w, y, z});
            start = bp.index() + 1;
        }
        return out;
    }
}
