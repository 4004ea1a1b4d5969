package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Breaks a flow of pieces (one chapter) into pages, placing footnotes as insertions at the foot
 * of the page, in the manner of TeX's page builder (TeX by Topic, ch. 27 and 29) simplified to a
 * ragged bottom.
 *
 * <p>The flow is consumed in <em>chunks</em>: runs of pieces joined by {@link FlowPiece#keepWithNext()}
 * (a heading and the first lines after it, the lines a widow or orphan rule binds). A chunk is
 * placed whole on the current page if it fits together with the notes its pieces cite; otherwise
 * the page is ejected and the chunk goes to the next one.
 *
 * <p>The footnote invariant: <b>a note starts on the page of its reference, or the reference's
 * chunk moves to the next page.</b> A note that does not fit whole may be split, as TeX splits an
 * insertion, when it is long (the profile's {@code note-split.min-lines}, 4 in the handout, or
 * more) and at least {@code note-split.keep-lines} (2) of its lines fit here and as many remain; its rest is carried to the next page's footnote area, ahead of
 * that page's own notes. A short note is never separated from its reference line.
 *
 * <p>A figure (a chunk holding a picture) that does not fit floats to the top of the next page
 * while the text after it fills the current one; figures keep their order. A table that breaks
 * repeats its header rows ({@link FlowPiece#header()}) at the top of the next page.
 *
 * <p>Only when a chunk cannot fit even on an empty page is it placed piece by piece, ignoring
 * keeps, and only a piece taller than the whole text block can overfill a page.
 *
 * <p>An instance is used for one flow at a time; it is not thread-safe.
 */
public final class PageBuilder {
    private final long textHeight;
    private final long separator;
    private final long minBody;
    private final int splitMinLines;
    private final int splitKeepLines;
    private final Function<NoteKey, List<FlowPiece>> noteLines;
    private final Set<NoteKey> placed = new HashSet<>();
    private final List<ComposedPage> pages = new ArrayList<>();

    /**
     * @param textHeight height of the text block, in sp
     * @param separator  space the footnote rule takes between text and notes, in sp
     * @param minBody    height a continued note leaves free for running text on its page, so that
     *                   a very long note cannot crowd the text off page after page
     * @param splitMinLines  notes with fewer lines are never split: their reference moves instead
     * @param splitKeepLines fewest lines of a split note on each of its two pages
     * @param notes      the set lines of each note (at the note size and measure)
     */
    public PageBuilder(long textHeight, long separator, long minBody, int splitMinLines, int splitKeepLines,
                       Function<NoteKey, List<FlowPiece>> notes) {
        this.textHeight = textHeight;
        this.separator = separator;
        this.minBody = minBody;
        this.splitMinLines = splitMinLines;
        this.splitKeepLines = splitKeepLines;
        this.noteLines = notes;
    }

    /** Breaks the flow into pages. The last page may be short; carried notes get pages of their own. */
    public List<ComposedPage> build(List<FlowPiece> flow) {
        pages.clear();
        placed.clear();
        PageInProgress page = newPage(List.of(), true);
        List<List<FlowPiece>> deferred = new ArrayList<>();
        int i = 0;
        while (i < flow.size()) {
            int end = i;
            while (end < flow.size() - 1 && flow.get(end).keepWithNext()) end++;
            List<FlowPiece> chunk = flow.subList(i, end + 1);
            if (!page.hasBody() && chunk.get(0).header() != null) {
                // a table continues on a fresh page: repeat its header rows first
                List<FlowPiece> withHeader = new ArrayList<>();
                for (FlowPiece h : chunk.get(0).header()) withHeader.add(h.asRepeat());
                withHeader.addAll(chunk);
                chunk = withHeader;
            }
            boolean isFloat = isFloat(chunk);
            if (isFloat && !deferred.isEmpty()) {
                // figures keep their order: one waiting means this one waits too
                i = defer(flow, chunk, end + 1, deferred);
                continue;
            }
            PageInProgress trial = page.copy();
            if (trial.addAll(chunk, true)) {
                page = trial;
            } else if (isFloat && page.hasBody()) {
                // a figure that does not fit floats to the top of the next page; text fills this one
                page.dropTrailingSpace();
                i = defer(flow, chunk, end + 1, deferred);
                continue;
            } else if (page.hasBody()) {
                page = placeFloats(eject(page, true), deferred);
                continue;
            } else {
                page = force(page, chunk);
            }
            i = end + 1;
        }
        if (!deferred.isEmpty()) {
            PageInProgress trial = page.copy();
            boolean fits = true;
            for (List<FlowPiece> f : deferred) fits = fits && trial.addAll(f, true);
            page = fits ? trial : placeFloats(eject(page, false), deferred);
        }
        page = eject(page, false);
        while (!page.carry.isEmpty() || page.hasBody() || !page.notes.isEmpty()) {
            page = eject(page, false);
        }
        return List.copyOf(pages);
    }

    /** A figure (with its caption): may float to the next page's top. */
    private static boolean isFloat(List<FlowPiece> chunk) {
        for (FlowPiece p : chunk) for (FrameItem it : p.items()) if (it.accept(FrameItem.PICTURE) != null) return true;
        return false;
    }

    /** Sets a figure aside with the blank space after it; returns where the flow goes on. */
    private static int defer(List<FlowPiece> flow, List<FlowPiece> chunk, int next, List<List<FlowPiece>> deferred) {
        List<FlowPiece> f = new ArrayList<>(chunk);
        if (next < flow.size() && flow.get(next).discardable() && flow.get(next).items().isEmpty()) f.add(flow.get(next++));
        deferred.add(f);
        return next;
    }

    /** Puts waiting figures at the top of a fresh page. */
    private PageInProgress placeFloats(PageInProgress page, List<List<FlowPiece>> deferred) {
        while (!deferred.isEmpty()) {
            List<FlowPiece> f = new ArrayList<>(deferred.get(0));
            PageInProgress trial = page.copy();
            if (trial.addAll(f, true)) {
                page = trial;
            } else if (page.hasBody()) {
                break;
            } else {
                page = force(page, f);
            }
            deferred.remove(0);
        }
        return page;
    }

    /** Places a chunk that fits on no page: piece by piece, splitting notes wherever needed. */
    private PageInProgress force(PageInProgress page, List<FlowPiece> chunk) {
        for (FlowPiece piece : chunk) {
            PageInProgress trial = page.copy();
            if (trial.add(piece, false)) {
                page = trial;
                continue;
            }
            if (page.hasBody()) {
                page = eject(page, true);
                trial = page.copy();
                if (trial.add(piece, false)) {
                    page = trial;
                    continue;
                }
            }
            if (page.giveBackNotesFor(piece)) {
                trial = page.copy();
                if (trial.add(piece, false)) {
                    page = trial;
                    continue;
                }
            }
            page.addOverfull(piece);
        }
        return page;
    }

    /** Records the page (if it has anything) and starts the next with the carried notes. */
    private PageInProgress eject(PageInProgress page, boolean moreBody) {
        if (page.hasBody() || !page.notes.isEmpty()) {
            pages.add(new ComposedPage(page.body, page.notes, page.continued));
            placed.addAll(page.placedHere);
        }
        return newPage(page.carry, moreBody);
    }

    private PageInProgress newPage(List<FlowPiece> carried, boolean moreBody) {
        PageInProgress page = new PageInProgress();
        if (carried.isEmpty()) return page;
        long room = textHeight - separator - (moreBody ? minBody : 0);
        int k = 0;
        long h = 0;
        while (k < carried.size() && h + carried.get(k).height() <= room) h += carried.get(k++).height();
        if (k == 0) k = 1; // always make progress
        page.notes.addAll(carried.subList(0, k));
        page.notesHeight = carried.subList(0, k).stream().mapToLong(FlowPiece::height).sum();
        page.carry = new ArrayList<>(carried.subList(k, carried.size()));
        page.continuedLines = k;
        page.continued = true;
        return page;
    }

    /** The page being filled; copied for each trial so a failed chunk leaves no trace. */
    private final class PageInProgress {
        List<FlowPiece> body = new ArrayList<>();
        List<FlowPiece> notes = new ArrayList<>();
        List<FlowPiece> carry = new ArrayList<>();
        List<NoteKey> placedHere = new ArrayList<>();
        long bodyHeight;
        long notesHeight;
        /** How many of the first note lines continue a note from the previous page. */
        int continuedLines;
        boolean continued;

        PageInProgress copy() {
            PageInProgress p = new PageInProgress();
            p.body = new ArrayList<>(body);
            p.notes = new ArrayList<>(notes);
            p.carry = new ArrayList<>(carry);
            p.placedHere = new ArrayList<>(placedHere);
            p.bodyHeight = bodyHeight;
            p.notesHeight = notesHeight;
            p.continuedLines = continuedLines;
            p.continued = continued;
            return p;
        }

        /** Removes blank space left at the foot of the body (before a figure that floated away). */
        void dropTrailingSpace() {
            while (!body.isEmpty() && body.get(body.size() - 1).discardable() && body.get(body.size() - 1).items().isEmpty()) {
                bodyHeight -= body.remove(body.size() - 1).height();
            }
        }

        boolean hasBody() {
            return !body.isEmpty();
        }

        boolean addAll(List<FlowPiece> chunk, boolean strict) {
            for (FlowPiece p : chunk) if (!add(p, strict)) return false;
            return true;
        }

        /** Adds a piece and the notes it cites; false if the page would overflow. */
        boolean add(FlowPiece piece, boolean strict) {
            if (body.isEmpty() && piece.discardable()) return true;
            body.add(piece);
            bodyHeight += piece.height();
            for (NoteKey key : piece.notes()) {
                if (placed.contains(key) || placedHere.contains(key)) continue;
                placedHere.add(key);
                if (!placeNote(noteLines.apply(key), strict)) return false;
            }
            return fits();
        }

        void addOverfull(FlowPiece piece) {
            body.add(piece);
            bodyHeight += piece.height();
            for (NoteKey key : piece.notes()) {
                if (placed.contains(key) || placedHere.contains(key)) continue;
                placedHere.add(key);
                carry.addAll(noteLines.apply(key));
            }
        }

        /**
         * On a page holding only a continued note, hands note lines back to the carry until the
         * piece fits: running text must advance on every page.
         */
        boolean giveBackNotesFor(FlowPiece piece) {
            if (hasBody() || notes.isEmpty()) return false;
            while (!notes.isEmpty() && piece.height() + separator + notesHeight > textHeight) {
                FlowPiece last = notes.remove(notes.size() - 1);
                notesHeight -= last.height();
                carry.add(0, last);
                continuedLines = Math.min(continuedLines, notes.size());
            }
            return true;
        }

        boolean fits() {
            return bodyHeight + (notes.isEmpty() ? 0 : separator + notesHeight) <= textHeight;
        }

        private boolean placeNote(List<FlowPiece> lines, boolean strict) {
            if (lines.isEmpty()) return true;
            long room = textHeight - bodyHeight - separator - notesHeight;
            if (!strict) {
                // running text cannot wait: a note continued from the previous page holds back
                // more of itself so that this note still starts beside its reference
                long need = lines.get(0).height() + (lines.size() > 1 ? lines.get(1).height() : 0);
                while (room < need && continuedLines > 0) {
                    FlowPiece back = notes.remove(--continuedLines);
                    notesHeight -= back.height();
                    room += back.height();
                    carry.add(0, back);
                }
            }
            if (!carry.isEmpty()) {
                // an earlier note on this page is already split: this one cannot start here
                if (strict) return false;
                int k = 0;
                long h = 0;
                while (k < lines.size() && h + lines.get(k).height() <= room) h += lines.get(k++).height();
                notes.addAll(lines.subList(0, k));
                notesHeight += h;
                carry.addAll(lines.subList(k, lines.size()));
                return true;
            }
            long total = lines.stream().mapToLong(FlowPiece::height).sum();
            if (total <= room) {
                notes.addAll(lines);
                notesHeight += total;
                return true;
            }
            int k = 0;
            long h = 0;
            while (k < lines.size() && h + lines.get(k).height() <= room) h += lines.get(k++).height();
            if (strict) {
                while (k > 0 && lines.get(k - 1).keepWithNext()) k--;
                if (lines.size() < splitMinLines || k < splitKeepLines || lines.size() - k < splitKeepLines) return false;
            }
            List<FlowPiece> head = lines.subList(0, k);
            notes.addAll(head);
            notesHeight += head.stream().mapToLong(FlowPiece::height).sum();
            carry.addAll(lines.subList(k, lines.size()));
            return true;
        }
    }
}
