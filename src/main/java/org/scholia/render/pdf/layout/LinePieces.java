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
     * @param startOffset character offset in its block's plain text where a first line of only
     *                    generated text (a note number, a glossary headword) is said to begin
     */
    static List<Piece> of(List<Line> lines, long x, long leading, Tag tag, String blockId, int startOffset,
                          int widows, int orphans) {
        List<Piece> out = new ArrayList<>(lines.size());
        int n = lines.size();
        int end = startOffset;  // where the source text of the lines so far ends
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            int before = i + 1;
            boolean breakable = before >= orphans && n - before >= widows;
            // the offset the text engine carried from the model; a line of generated text only
            // (glossary page numbers) begins where the line before it ended
            int offset = line.sourceStart() >= 0 ? line.sourceStart() : end;
            out.add(piece(line, x, leading, tag, blockId, offset, i < n - 1 && !breakable));
            if (line.sourceEnd() >= 0) end = line.sourceEnd();
        }
        return out;
    }

    /** One line as a piece, with its links and note anchors. */
    static Piece piece(Line line, long x, long leading, Tag tag, String blockId, int offset, boolean keepWithNext) {
        long depth = Math.max(line.descent(), leading / 4);
        long height = Math.max(leading, line.ascent() + depth);
        long baseline = height - depth;
        List<Item> items = new ArrayList<>();
        items.add(new Item.TextLine(x, baseline, line, tag));
        List<NoteKey> notes = new ArrayList<>();
        addLinks(line, x, baseline, items, notes);
        return new Piece(height, items, notes, keepWithNext, false, blockId, offset, null);
    }

    /** Link areas over runs with a target (consecutive runs with one target make one area). */
    static void addLinks(Line line, long x, long baseline, List<Item> items, List<NoteKey> notes) {
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
                    items.add(new Item.Anchor(key.refAnchor(r.occurrence()), left, top));
                    items.add(new Item.LinkArea(left, top, width, height, key.anchor(), null, Tag.of(Role.NOTE_REFERENCE, key.anchor())));
                } else if (t instanceof Target.TermRef term) {
                    items.add(new Item.LinkArea(left, top, width, height, term.entryId(), null, Tag.of(Role.LINK, term.entryId())));
                } else if (t instanceof Target.Uri u) {
                    items.add(new Item.LinkArea(left, top, width, height, null, u.url(), Tag.of(Role.LINK, u.url())));
                } else if (t instanceof Target.Internal in) {
                    items.add(new Item.LinkArea(left, top, width, height, in.anchor(), null, Tag.of(Role.LINK, in.anchor())));
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
}
