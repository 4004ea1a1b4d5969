package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.scholia.model.SourceSpan;
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
    static List<FlowPiece> of(List<Line> lines, long x, long leading, Tag tag, String blockId, int startOffset,
                          int widows, int orphans) {
        return of(lines, x, leading, tag, blockId, startOffset, widows, orphans, null);
    }

    /** As {@link #of(List, long, long, Tag, String, int, int, int)}, the lines' text coming from {@code source}. */
    static List<FlowPiece> of(List<Line> lines, long x, long leading, Tag tag, String blockId, int startOffset,
                              int widows, int orphans, SourceSpan source) {
        List<FlowPiece> out = new ArrayList<>(lines.size());
        int n = lines.size();
        int end = startOffset;  // where the source text of the lines so far ends
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            int before = i + 1;
            boolean breakable = before >= orphans && n - before >= widows;
            // the offset the text engine carried from the model; a line of generated text only
            // (glossary page numbers) begins where the line before it ended
            int offset = line.sourceStart() >= 0 ? line.sourceStart() : end;
            out.add(piece(line, x, leading, tag, blockId, offset, i < n - 1 && !breakable, source));
            if (line.sourceEnd() >= 0) end = line.sourceEnd();
        }
        return out;
    }

    /** One line as a piece, with its links and note anchors. */
    static FlowPiece piece(Line line, long x, long leading, Tag tag, String blockId, int offset, boolean keepWithNext,
                           SourceSpan source) {
        long depth = Math.max(line.descent(), leading / 4);
        long height = Math.max(leading, line.ascent() + depth);
        long baseline = height - depth;
        List<FrameItem> items = new ArrayList<>();
        items.add(new FrameItem.TextLine(x, baseline, line, tag, source));
        List<NoteKey> notes = new ArrayList<>();
        addLinks(line, x, baseline, tag, items, notes);
        return new FlowPiece(height, items, notes, keepWithNext, false, blockId, offset, null);
    }

    /**
     * Link areas over runs with a target (consecutive runs with one target make one area), each
     * tagged as a link inside {@code within}, the element whose text it covers. A link's id is
     * the element's id and the destination, so the pieces of one link broken across lines share
     * one structure element.
     */
    static void addLinks(Line line, long x, long baseline, Tag within, List<FrameItem> items, List<NoteKey> notes) {
        List<Run> runs = line.runs();
        int i = 0;
        while (i < runs.size()) {
            Target t = runs.get(i).target();
            int j = i;
            while (j + 1 < runs.size() && runs.get(j + 1).target().equals(t)) j++;
            Run first = runs.get(i), last = runs.get(j);
            double size = first.size();
            long top = baseline - first.rise() - Sp.of(size * 0.9);
            long left = x + first.x();
            long width = last.x() + last.width() - first.x();
            long height = Sp.of(size * 1.15);
            t.accept(new Target.Visitor<Void>() {
                public Void none(Target.None n) {
                    return null;
                }

                public Void noteRef(Target.NoteRef r) {
                    NoteKey key = new NoteKey(r.chapterId(), r.label());
                    if (!notes.contains(key)) notes.add(key);
                    String ref = key.refAnchor(r.occurrence());
                    items.add(new FrameItem.Anchor(ref, left, top));
                    return area(key.anchor(), null, within.child(Role.NOTE_REFERENCE, ref));
                }

                public Void termRef(Target.TermRef term) {
                    return area(term.entryId(), null, within.child(Role.LINK, linkId(within, term.entryId(), term.at())));
                }

                public Void termUse(Target.TermUse use) {
                    return null;  // a use, not a link: nothing to click
                }

                public Void uri(Target.Uri u) {
                    return area(null, u.url(), within.child(Role.LINK, linkId(within, u.url(), u.at())));
                }

                public Void internal(Target.Internal in) {
                    return area(in.anchor(), null, within.child(Role.LINK, within.id() + ">" + in.anchor()));
                }

                private Void area(String anchor, String uri, Tag tag) {
                    items.add(new FrameItem.LinkArea(left, top, width, height, anchor, uri, tag));
                    return null;
                }
            });
            i = j + 1;
        }
    }

    /**
     * A link's structure id: its element, its destination and where it starts in the element's
     * text, so that two links to one place in a paragraph are two Link elements, and the lines
     * of one link broken across them are one.
     */
    private static String linkId(Tag within, String destination, int at) {
        return within.id() + ">" + destination + (at >= 0 ? "@" + at : "");
    }
}
