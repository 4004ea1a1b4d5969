package org.scholia.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholia.model.Block;
import org.scholia.model.Diagnostic;
import org.scholia.model.Footnote;
import org.scholia.model.Inline;

/**
 * Numbers the footnotes of one chapter (or of the glossary) 1, 2, 3 … in order of first
 * citation; a label cited twice is one note, its references numbered alike and counted as
 * occurrences 1, 2 … for back-links. A reference to a note that does not exist is reported
 * and removed; a note never cited is reported and left out.
 */
final class NoteNumbering extends ContentRewriter {
    private final Map<String, Footnote> defined = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Integer> citations = new LinkedHashMap<>();
    private final Deque<Footnote> toVisit = new ArrayDeque<>();
    private final List<Diagnostic> diagnostics;

    NoteNumbering(List<Footnote> notes, List<Diagnostic> diagnostics) {
        for (Footnote n : notes) defined.put(n.label(), n);
        this.diagnostics = diagnostics;
    }

    /** The body with its references numbered, and the numbered notes in order. */
    Result number(List<Block> body) {
        List<Block> numbered = numberMore(body);
        return new Result(numbered, finish());
    }

    /** Numbers the references in more content (the glossary numbers its definitions one by one). */
    List<Block> numberMore(List<Block> content) {
        return blocks(content);
    }

    /** The numbered notes in order; reports the notes never cited. Notes may cite further notes. */
    List<Footnote> finish() {
        Map<String, List<Block>> noteContent = new LinkedHashMap<>();
        while (!toVisit.isEmpty()) {
            Footnote n = toVisit.poll();
            noteContent.put(n.label(), blocks(n.content()));
        }
        List<Footnote> notes = new ArrayList<>();
        for (var e : numbers.entrySet()) {
            Footnote n = defined.get(e.getKey());
            notes.add(new Footnote(n.label(), e.getValue(), noteContent.get(n.label()), citations.get(n.label()), n.span()));
        }
        for (Footnote n : defined.values()) {
            if (!numbers.containsKey(n.label())) {
                diagnostics.add(Diagnostic.warning("note-not-cited", n.span(),
                        "The footnote [^" + n.label() + "] is defined but never cited; it is left out.",
                        "Cite it with [^" + n.label() + "] where it belongs, or delete the definition."));
            }
        }
        return notes;
    }

    @Override
    List<Inline> inline(Inline i, Where where) {
        if (!(i instanceof Inline.NoteRef r)) return super.inline(i, where);
        Footnote note = defined.get(r.label());
        if (note == null) {
            diagnostics.add(Diagnostic.warning("note-not-defined", r.span(),
                    "The footnote [^" + r.label() + "] is cited but never defined; the reference is left out.",
                    "Add a line '[^" + r.label() + "]: text of the note' at the end of the file, or fix the label."));
            return List.of();
        }
        Integer number = numbers.get(r.label());
        if (number == null) {
            number = numbers.size() + 1;
            numbers.put(r.label(), number);
            toVisit.add(note);
        }
        int occurrence = citations.merge(r.label(), 1, Integer::sum);
        return List.of(new Inline.NoteRef(r.label(), number, occurrence, r.span()));
    }

    record Result(List<Block> blocks, List<Footnote> notes) {
    }
}
