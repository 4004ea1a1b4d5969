package org.scholia.render.epub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.scholia.model.Block;
import org.scholia.model.Footnote;
import org.scholia.model.Inline;
import org.scholia.model.InlineWalk;

/**
 * The footnotes of one content document (a chapter or the glossary) and the anchors that tie
 * each note to its citations: {@code ch02-n3} is the third note's aside, {@code ch02-r3} its
 * first citation, {@code ch02-r3-2} its second. Ids are built from the note's position in the
 * document, not its label, so any label is safe and ids never collide.
 *
 * <p>The citations are counted from the text itself (not from {@link Footnote#citations()}), so
 * that every back-link written points at a reference that really exists.
 */
final class NoteIndex {
    private final String prefix;
    private final List<Footnote> notes;
    private final Map<String, Integer> positionByLabel = new HashMap<>();
    private final List<TreeSet<Integer>> occurrences = new ArrayList<>();

    /**
     * @param prefix the document's id prefix ("ch02", "gl")
     * @param blocks every block whose note references belong to these notes (text and notes)
     */
    NoteIndex(String prefix, List<Footnote> notes, List<List<Block>> blocks) {
        this.prefix = prefix;
        this.notes = List.copyOf(notes);
        for (int i = 0; i < notes.size(); i++) {
            positionByLabel.putIfAbsent(notes.get(i).label(), i + 1);
            occurrences.add(new TreeSet<>());
        }
        for (List<Block> part : blocks) {
            InlineWalk.scan(part, inline -> {
                if (inline instanceof Inline.NoteRef) {
                    Inline.NoteRef ref = (Inline.NoteRef) inline;
                    Integer pos = positionByLabel.get(ref.label());
                    if (pos != null) occurrences.get(pos - 1).add(Math.max(1, ref.occurrence()));
                }
            }, block -> { });
        }
    }

    /** The notes of a document that has none (title page, cover, nav). */
    static NoteIndex none(String prefix) {
        return new NoteIndex(prefix, List.of(), List.of());
    }

    /** The document's id prefix ("ch02", "gl"). */
    String prefix() {
        return prefix;
    }

    List<Footnote> notes() {
        return notes;
    }

    /** 1-based position of the note with this label, or 0 if the document has no such note. */
    int position(String label) {
        return positionByLabel.getOrDefault(label, 0);
    }

    String asideId(int position) {
        return prefix + "-n" + position;
    }

    /** The id of a citation: the first keeps the short form. */
    String refId(int position, int occurrence) {
        return occurrence <= 1 ? prefix + "-r" + position : prefix + "-r" + position + "-" + occurrence;
    }

    /** The citations of a note found in the text, in order (empty for a note never cited). */
    List<Integer> occurrences(int position) {
        return List.copyOf(occurrences.get(position - 1));
    }

    /** The number printed for a note: the numbering pass's, or its position before numbering. */
    String printed(int position) {
        int n = notes.get(position - 1).number();
        return Integer.toString(n > 0 ? n : position);
    }
}
