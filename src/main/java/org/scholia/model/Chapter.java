package org.scholia.model;

import java.util.List;

/**
 * A chapter: one Markdown file. Its title is its first level-1 heading, which is also the
 * first block.
 *
 * @param id     a stable id ("ch01"), used for file names and anchors
 * @param number 1-based position in the book
 * @param notes  the chapter's footnotes in order of first citation (after numbering)
 */
public record Chapter(String id, int number, String file, String title, List<Block> blocks,
                      List<Footnote> notes, SourceSpan span) {
    public Chapter {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public Chapter withContent(List<Block> newBlocks, List<Footnote> newNotes) {
        return new Chapter(id, number, file, title, newBlocks, newNotes, span);
    }
}
