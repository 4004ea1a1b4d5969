package org.scholia.render.pdf.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Knuth–Plass total-fit line breaking (D. E. Knuth, M. F. Plass, "Breaking Paragraphs into
 * Lines", Software—Practice and Experience 11, 1981), in TeX's variant (<i>TeX: The Program</i>
 * §813–890): fitness classes, adjacent-fitness, double- and final-hyphen demerits, and three
 * passes — without automatic hyphens under {@code pretolerance}, with them under
 * {@code tolerance}, and an emergency pass that accepts any line that is not overfull.
 *
 * <p>Departures from the paper: the number of consecutive hyphenated lines is bounded
 * ({@link LineBreakParams#maxConsecutiveHyphens()}) by keeping the length of the hyphen run in
 * each active node, so a run longer than allowed is never formed rather than only discouraged;
 * the first pass skips discretionaries (breaks that add a hyphen) (TeX's first pass runs before words
 * are hyphenated at all); and ragged text adds its line-end stretch in the breaker instead of as
 * items.
 *
 * <p>Character protrusion as pdfTeX's (Hàn Thế Thành, "Micro-typographic extensions to the TeX
 * typesetting system", 2000, ch. 3): a line is measured less what may hang into the margins
 * at its two ends ({@link Protrusion#atStart}, {@link Protrusion#atEnd}), so the breaker
 * chooses the breaks the packer will set.
 *
 * <p>The item list must end with a forced break (TeX appends {@code \penalty10000
 * \parfillskip \penalty-10000}). Active nodes whose next line would be overfull are dropped at
 * once, so the active list stays short: the cost is linear in the paragraph in practice.
 */
public final class LineBreaker {

    private static final byte BOX = 0;
    private static final byte GLUE = 1;
    private static final byte PENALTY = 2;
    private static final int INF_BAD = 10000;

    private final LineBreakParams params;

    public LineBreaker(LineBreakParams params) {
        this.params = params;
    }

    /** A feasible breakpoint with the best way of reaching it (TeX's active node). */
    private static final class Node {
        final int index;       // item the line before it broke at, -1 for the paragraph start
        final int start;       // first item of the line after it
        final int line;        // lines so far
        final int fitness;
        final int hyphens;     // consecutive hyphenated lines ending here
        final boolean flagged;
        final double ratio;
        final double total;
        final Node prev;

        Node(int index, int start, int line, int fitness, int hyphens, boolean flagged, double ratio, double total, Node prev) {
            this.index = index;
            this.start = start;
            this.line = line;
            this.fitness = fitness;
            this.hyphens = hyphens;
            this.flagged = flagged;
            this.ratio = ratio;
            this.total = total;
            this.prev = prev;
        }
    }

    /** The best candidate for one (line, fitness, hyphen run) class at the current breakpoint. */
    private static final class Candidate {
        int line;
        int fitness;
        int hyphens;
        double total;
        double ratio;
        Node from;
    }

    /**
     * Breaks a paragraph into lines of width {@code measure}: all passes, as TeX does.
     *
     * @throws IllegalArgumentException if the items do not end with a forced break
     */
    public Breaking breakLines(List<? extends BreakItem> items, long measure) {
        return breakLines(items, measure, new Items());
    }

    /**
     * As {@link #breakLines(List, long)}, with the item arrays of an earlier call reused: a
     * text engine breaks thousands of paragraphs, and these arrays were a tenth of the bytes
     * it allocated. The workspace is for one thread.
     */
    Breaking breakLines(List<? extends BreakItem> items, long measure, Items workspace) {
        Items it = items(items, workspace);
        Breaking first = firstPass(it, measure);
        return first != null ? first : laterPasses(it, measure);
    }

    private static Items items(List<? extends BreakItem> items, Items it) {
        it.fill(items);
        if (it.n == 0 || it.kind[it.n - 1] != PENALTY || it.penalty[it.n - 1] > -Penalty.INFINITY) {
            throw new IllegalArgumentException("a paragraph's items must end with a forced break");
        }
        return it;
    }

    private Breaking firstPass(Items it, long measure) {
        if (params.pretolerance() < 0) {
            return null;
        }
        Node end = run(it, measure, params.pretolerance(), false, false);
        return end == null ? null : result(end, 1);
    }

    private Breaking laterPasses(Items it, long measure) {
        Node end = run(it, measure, params.tolerance(), true, false);
        if (end != null) {
            return result(end, 2);
        }
        return result(run(it, measure, Math.max(params.emergencyTolerance(), params.tolerance()), true, true), 3);
    }

    private static Breaking result(Node end, int pass) {
        List<Breakpoint> breaks = new ArrayList<>();
        for (Node n = end; n.prev != null; n = n.prev) {
            breaks.add(new Breakpoint(n.index, n.ratio, n.fitness, n.total));
        }
        Collections.reverse(breaks);
        return new Breaking(breaks, pass);
    }

    /** The items as parallel arrays with prefix sums: the inner loop touches no objects. */
    static final class Items implements BreakItem.Visitor<Void> {
        int n;
        byte[] kind = new byte[0];
        long[] width = new long[0];
        int[] penalty = new int[0];
        boolean[] flagged = new boolean[0];
        /** The break is a {@link Discretionary}: an added hyphen, tried only when hyphenating. */
        boolean[] hyphenation = new boolean[0];
        long[] sumWidth = new long[1];
        long[] sumStretch = new long[1];
        long[] sumShrink = new long[1];
        /** What may hang into the right margin at a break here, into the left at a line starting here. */
        long[] hangEnd = new long[0];
        long[] hangStart = new long[0];

        /** Reads the items into the arrays (grown when too short; entries past n are stale). */
        void fill(List<? extends BreakItem> items) {
            n = items.size();
            if (kind.length < n) {
                int cap = Math.max(n, kind.length * 3 / 2);
                kind = new byte[cap];
                width = new long[cap];
                penalty = new int[cap];
                flagged = new boolean[cap];
                hyphenation = new boolean[cap];
                sumWidth = new long[cap + 1];
                sumStretch = new long[cap + 1];
                sumShrink = new long[cap + 1];
                hangEnd = new long[cap];
                hangStart = new long[cap];
            }
            for (int i = 0; i < n; i++) {
                at = i;
                items.get(i).accept(this);
                sumWidth[i + 1] = sumWidth[i] + (kind[i] == PENALTY ? 0 : width[i]);
                sumStretch[i + 1] = sumStretch[i] + stretch;
                sumShrink[i + 1] = sumShrink[i] + shrink;
                hangEnd[i] = Protrusion.atEnd(items, i);
                hangStart[i] = Protrusion.atStart(items, i);
            }
        }

        // the visitor that reads one item into the arrays: at is its index, stretch and shrink
        // its glue's (0 for other items); one instance, no allocation per item
        private int at;
        private long stretch;
        private long shrink;

        @Override
        public Void box(Box b) {
            set(BOX, b.width(), 0, false, 0, 0);
            return null;
        }

        @Override
        public Void glue(Glue g) {
            set(GLUE, g.width(), 0, false, g.stretch(), g.shrink());
            return null;
        }

        @Override
        public Void penalty(Penalty p) {
            set(PENALTY, p.width(), p.penalty(), p.flagged(), 0, 0);
            hyphenation[at] = false;
            return null;
        }

        @Override
        public Void discretionary(Discretionary d) {
            // a break that adds a hyphen: a flagged penalty as wide as the hyphen (TeX §869)
            set(PENALTY, d.width(), d.penalty(), true, 0, 0);
            hyphenation[at] = true;
            return null;
        }

        private void set(byte k, long w, int pen, boolean flag, long y, long z) {
            kind[at] = k;
            width[at] = w;
            penalty[at] = pen;
            flagged[at] = flag;
            stretch = y;
            shrink = z;
        }

        /** The first item of the line after a break at b: glue and penalties there are discarded. */
        int after(int b) {
            int s = b + 1;
            while (s < n && kind[s] != BOX && !(kind[s] == PENALTY && penalty[s] <= -Penalty.INFINITY)) {
                s++;
            }
            return s;
        }
    }

    /** One pass; the node ending the paragraph, or null if no breaking fits the threshold. */
    private Node run(Items it, long measure, int threshold, boolean hyphenate, boolean last) {
        List<Node> active = new ArrayList<>();
        active.add(new Node(-1, 0, 0, 2, 0, false, 0, 0, null));
        int maxHyphens = Math.max(0, params.maxConsecutiveHyphens());
        Candidates candidates = new Candidates();
        for (int b = 0; b < it.n; b++) {
            int k = it.kind[b];
            boolean legal;
            if (k == GLUE) {
                legal = b > 0 && it.kind[b - 1] == BOX;
            } else if (k == PENALTY) {
                legal = it.penalty[b] < Penalty.INFINITY && (hyphenate || !it.hyphenation[b]);
            } else {
                legal = false;
            }
            if (!legal) {
                continue;
            }
            boolean forced = k == PENALTY && it.penalty[b] <= -Penalty.INFINITY;
            boolean flagged = k == PENALTY && it.flagged[b];
            int pen = k == PENALTY ? it.penalty[b] : 0;
            long extra = k == PENALTY ? it.width[b] : 0;
            candidates.count = 0;
            Node lastDropped = null;
            double lastRatio = 0;
            for (int i = 0; i < active.size(); ) {
                Node a = active.get(i);
                long natural = it.sumWidth[b] - it.sumWidth[a.start] + extra - it.hangEnd[b]
                        - (a.start < it.n ? it.hangStart[a.start] : 0);
                long shortfall = measure - natural;
                double r;
                int bad;
                if (shortfall > 0) {
                    long stretch = it.sumStretch[b] - it.sumStretch[a.start] + params.raggedStretch();
                    r = stretch > 0 ? (double) shortfall / stretch : Double.POSITIVE_INFINITY;
                    bad = badness(shortfall, stretch);
                } else if (shortfall < 0) {
                    long shrink = it.sumShrink[b] - it.sumShrink[a.start];
                    r = shrink > 0 ? (double) shortfall / shrink : Double.NEGATIVE_INFINITY;
                    bad = r < -1 ? INF_BAD + 1 : badness(-shortfall, shrink);
                } else {
                    r = 0;
                    bad = 0;
                }
                boolean allowed = !(flagged && a.hyphens >= maxHyphens);
                if (r >= -1 && bad <= threshold && allowed) {
                    int fitness = r > 0 ? (bad > 99 ? 0 : bad > 12 ? 1 : 2) : (bad > 12 ? 3 : 2);
                    double d = demerits(bad, pen, forced);
                    if (flagged && a.flagged) {
                        d += params.doubleHyphenDemerits();
                    }
                    if (forced && b == it.n - 1 && a.flagged) {
                        d += params.finalHyphenDemerits();
                    }
                    if (Math.abs(fitness - a.fitness) > 1) {
                        d += params.adjDemerits();
                    }
                    int hyphens = flagged ? a.hyphens + 1 : 0;
                    int line = params.looseness() != 0 ? a.line + 1 : 0;
                    candidates.offer(line, fitness, hyphens, a.total + d, Double.isInfinite(r) ? 0 : r, a);
                }
                if (r < -1 || forced) {
                    active.remove(i);
                    lastDropped = a;
                    lastRatio = r;
                } else {
                    i++;
                }
            }
            if (candidates.count == 0 && active.isEmpty() && last && lastDropped != null) {
                // TeX's final pass (§854): rather than fail, accept the best remaining break as it
                // is, overfull or underfull; the caller has split over-wide words, so this is rare
                candidates.offer(0, 2, 0, lastDropped.total, Math.max(lastRatio, -1e9), lastDropped);
            }
            int count = candidates.count;
            if (count > 0) {
                int start = it.after(b);
                Node best = null;
                for (int c = 0; c < count; c++) {
                    Candidate cd = candidates.slots[c];
                    // TeX keeps a class only if it might still win after an adjacent-fitness
                    // demerit, compared with the best of the same line count (§836)
                    if (forced || cd.total <= candidates.min(cd.line) + params.adjDemerits()) {
                        Node node = new Node(b, start, cd.from.line + 1, cd.fitness, cd.hyphens, flagged, cd.ratio, cd.total, cd.from);
                        active.add(node);
                        if (best == null || node.total < best.total) {
                            best = node;
                        }
                    }
                }
                if (b == it.n - 1) {
                    return chooseEnd(active, best);
                }
            }
            if (active.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    /** The paragraph's end node: the best, or with looseness the one nearest the wanted line count. */
    private Node chooseEnd(List<Node> finals, Node best) {
        if (params.looseness() == 0) {
            return best;
        }
        int wanted = best.line + params.looseness();
        Node chosen = best;
        for (Node n : finals) {
            int dn = Math.abs(n.line - wanted);
            int dc = Math.abs(chosen.line - wanted);
            if (dn < dc || (dn == dc && n.total < chosen.total)) {
                chosen = n;
            }
        }
        return chosen;
    }

    /** The candidates at one breakpoint, reused from breakpoint to breakpoint. */
    private static final class Candidates {
        Candidate[] slots = new Candidate[16];
        int count;

        /** Least demerits among the candidates ending the given number of lines. */
        double min(int line) {
            double min = Double.POSITIVE_INFINITY;
            for (int c = 0; c < count; c++) {
                if (slots[c].line == line) {
                    min = Math.min(min, slots[c].total);
                }
            }
            return min;
        }

        void offer(int line, int fitness, int hyphens, double total, double ratio, Node from) {
            for (int c = 0; c < count; c++) {
                Candidate cd = slots[c];
                if (cd.line == line && cd.fitness == fitness && cd.hyphens == hyphens) {
                    if (total < cd.total) {
                        cd.total = total;
                        cd.ratio = ratio;
                        cd.from = from;
                    }
                    return;
                }
            }
            if (count == slots.length) {
                slots = Arrays.copyOf(slots, count * 2);  // only with looseness: many line counts
            }
            Candidate cd = slots[count] == null ? (slots[count] = new Candidate()) : slots[count];
            cd.line = line;
            cd.fitness = fitness;
            cd.hyphens = hyphens;
            cd.total = total;
            cd.ratio = ratio;
            cd.from = from;
            count++;
        }
    }

    /**
     * TeX's badness of a line that must stretch (or shrink) by {@code t} with {@code s} of
     * stretch (or shrink) available, both in sp: about 100 (t/s)³, at most 10000 ("infinitely
     * bad"), computed in integers exactly as <i>TeX: The Program</i> §108 does, so that
     * fitness classes and the breaks chosen are TeX's own (src/test/resources/tex shows a
     * paragraph where round(100 r³), one more than TeX, picked other breaks).
     */
    static int badness(long t, long s) {
        if (t == 0) {
            return 0;
        }
        if (s <= 0) {
            return INF_BAD;
        }
        long r;
        if (t <= 7230584) {
            r = t * 297 / s;
        } else if (s >= 1663497) {
            r = t / (s / 297);
        } else {
            r = t;
        }
        return r > 1290 ? INF_BAD : (int) ((r * r * r + 0x20000) / 0x40000);
    }

    private double demerits(int bad, int pen, boolean forced) {
        double l = params.linePenalty() + bad;
        double d = Math.abs(l) >= 10000 ? 1e8 : l * l;
        if (pen > 0) {
            d += (double) pen * pen;
        } else if (pen < 0 && !forced) {
            d -= (double) pen * pen;
        }
        return d;
    }
}
