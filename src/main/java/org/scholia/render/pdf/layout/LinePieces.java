package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Run;
import org.scholia.render.pdf.text.Sp;
import org.scholia.render.pdf.text.Target;

/**
 * Wraps set lines into pieces: one piece per line, with the line's link areas and anchors,
 * the notes it cites, and the keeps that widow and orphan control ask for. Widow/orphan control
 * is data here (as in Typst): a line that may not be followed by a page break says so.
 */
final class LinePieces {
    private LinePieces() {
    }

    /**
     * @param x        left edge of the lines, from the text block's left, in sp
     * @param leading  baseline-to-baseline distance, in sp
     * @param widows   fewest lines allowed alone at the top of a page
     * @param orphans  fewest lines allowed alone at the foot of a page
     * @param startOffset character offset of the first line in its block's text
     */
    static List<FlowPiece> of(List<Line> lines, long x, long leading, Tag tag, String blockId, int startOffset,
                          int widows, int orphans) {
        List<FlowPiece> out = new ArrayList<>(lines.size());
        int n = lines.size();
        int offset = startOffset;
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            int before = i + 1;
            boolean breakable = before >= orphans && n - before >= widows;
            out.add(piece(line, x, leading, tag, blockId, offset, i < n - 1 && !breakable));
            offset += nextOffset(line);
        }
        return out;
    }

    /** One line as a piece, with its links and note anchors. */
    static FlowPiece piece(Line line, long x, long leading, Tag tag, String blockId, int offset, boolean keepWithNext) {
        long depth = Math.max(line.descent(), leading / 4);
        long height = Math.max(leading, line.ascent() + depth);
        long baseline = height - depth;
        List<FrameItem> items = new ArrayList<>();
        items.add(new FrameItem.TextLine(x, baseline, line, tag));
        List<NoteKey> notes = new ArrayList<>();
        addLinks(line, x, baseline, items, notes);
        return new FlowPiece(height, items, notes, keepWithNext, false, blockId, offset, null);
    }

    /** Link areas over runs with a target (consecutive runs with one target make one area). */
    static void addLinks(Line line, long x, long baseline, List<FrameItem> items, List<NoteKey> notes) {
        List<Run> runs = line.runs();
        int i = 0;
        while (i < runs.size()) {
            Target t = runs.get(i).target();
            int j = i;
            while (j + 1 < runs.size() && runs.get(j + 1).target().equals(t)) j++;
            if (!(t instanceof Target.None)) {
                Run first = runs.get(i), last = runs.get(j);
                double size = first.size();
                long top = baseline - first.rise() - Sp.of(size * 0.9);
                long left = x + first.x();
                long width = last.x() + last.width() - first.x();
                long height = Sp.of(size * 1.15);
                if (t instanceof Target.NoteRef r) {
                    NoteKey key = new NoteKey(r.chapterId(), r.label());
                    if (!notes.contains(key)) notes.add(key);
                    items.add(new FrameItem.Anchor(key.refAnchor(r.occurrence()), left, top));
                    items.add(new FrameItem.LinkArea(left, top, width, height, key.anchor(), null, Tag.of(Role.NOTE_REFERENCE, key.anchor())));
                } else if (t instanceof Target.TermRef term) {
                    items.add(new FrameItem.LinkArea(left, top, width, height, term.entryId(), null, Tag.of(Role.LINK, term.entryId())));
                } else if (t instanceof Target.Uri u) {
                    items.add(new FrameItem.LinkArea(left, top, width, height, null, u.url(), Tag.of(Role.LINK, u.url())));
                } else if (t instanceof Target.Internal in) {
                    items.add(new FrameItem.LinkArea(left, top, width, height, in.anchor(), null, Tag.of(Role.LINK, in.anchor())));
                }
            }
            i = j + 1;
        }
    }

    /** The line's plain text: its runs' letters, a space where runs are apart. */
    static String text(Line line) {
        return text(line, true);
    }

    /** The line's text; note marks are left out unless asked for (the model's plain text has none). */
    static String text(Line line, boolean noteMarks) {
        StringBuilder sb = new StringBuilder();
        long end = Long.MIN_VALUE;
        for (Run r : line.runs()) {
            if (!noteMarks && r.target() instanceof Target.NoteRef) continue;
            if (sb.length() > 0 && r.x() > end) sb.append(' ');
            sb.append(r.actualText() != null ? r.actualText() : r.text());
            end = r.x() + r.width();
        }
        return sb.toString();
    }

    /**
     * How far the next line starts in the block's plain text: this line's letters, less the
     * hyphen the breaker added, plus the space the line break replaced (none after a word broken
     * at a hyphen, dash or slash).
     */
    static int nextOffset(Line line) {
        // the length and last char of text(line, false), without making it
        int length = 0;
        char lastChar = 0;
        long end = Long.MIN_VALUE;
        for (Run r : line.runs()) {
            if (r.target() instanceof Target.NoteRef) continue;
            if (length > 0 && r.x() > end) {
                length++;
                lastChar = ' ';
            }
            String s = r.actualText() != null ? r.actualText() : r.text();
            if (!s.isEmpty()) {
                length += s.length();
                lastChar = s.charAt(s.length() - 1);
            }
            end = r.x() + r.width();
        }
        if (line.hyphenated()) return Math.max(0, length - 1);
        boolean joined = length > 0 && "-\u2010\u2013\u2014/".indexOf(lastChar) >= 0;
        return length + (joined ? 0 : 1);
    }
}
