package org.scholia.render.pdf.layout;

import java.util.List;

/**
 * The unit the page builder stacks: a rigid box of items (a line of text with its marks and
 * links, a table row, a figure, a blank space), with what the page builder must know to break
 * pages well.
 *
 * @param height       vertical space the piece takes, in sp
 * @param items        its content, positioned relative to the piece's top-left corner (x from
 *                     the text block's left edge)
 * @param notes        notes cited by this piece, in order: each must start on the piece's page
 * @param keepWithNext no page break is allowed between this piece and the next (headings,
 *                     widow and orphan control, a table header and its first row)
 * @param discardable  blank space that vanishes at the top of a page
 * @param blockId      the model block this piece belongs to ("" for none), for the PageMap
 * @param offset       character offset in that block's plain text where this piece begins
 * @param header       for a table body row: the table's header rows, repeated at the top of a
 *                     page the table continues on; else null
 * @param repeated     a header row repeated on a page the table continues on: a copy, not a
 *                     second occurrence of its words (the glossary does not count it as a use)
 * @param paragraphNumber the model's number of the paragraph whose first line this piece is
 *                     (printed in the margin where the profile asks for it); 0 for any other piece
 */
public record FlowPiece(long height, List<FrameItem> items, List<NoteKey> notes, boolean keepWithNext,
                    boolean discardable, String blockId, int offset, List<FlowPiece> header, boolean repeated,
                    int paragraphNumber) {
    public FlowPiece {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
        header = header == null ? null : List.copyOf(header);
    }

    /** A piece in its first place (not a repeated header row). */
    public FlowPiece(long height, List<FrameItem> items, List<NoteKey> notes, boolean keepWithNext,
                     boolean discardable, String blockId, int offset, List<FlowPiece> header) {
        this(height, items, notes, keepWithNext, discardable, blockId, offset, header, false, 0);
    }

    /** Blank vertical space, discarded at a page top. */
    public static FlowPiece space(long height, boolean keepWithNext) {
        return new FlowPiece(height, List.of(), List.of(), keepWithNext, true, "", 0, null);
    }

    public FlowPiece withKeepWithNext(boolean keep) {
        return new FlowPiece(height, items, notes, keep, discardable, blockId, offset, header, repeated, paragraphNumber);
    }

    public FlowPiece withHeader(List<FlowPiece> rows) {
        return new FlowPiece(height, items, notes, keepWithNext, discardable, blockId, offset, rows, repeated, paragraphNumber);
    }

    /** This header row as repeated on a later page. */
    public FlowPiece asRepeat() {
        return new FlowPiece(height, items, notes, keepWithNext, discardable, blockId, offset, header, true, paragraphNumber);
    }

    /** This piece as the first line of paragraph number {@code n}. */
    public FlowPiece withParagraphNumber(int n) {
        return new FlowPiece(height, items, notes, keepWithNext, discardable, blockId, offset, header, repeated, n);
    }
}
