package org.scholia.render.epub;

import java.util.List;
import org.scholia.model.Block;
import org.scholia.model.Footnote;

/**
 * Writes the asides at the end of a content document (a chapter or the glossary): its footnotes.
 *
 * <p><b>Why at the end of the document, and as asides.</b> Thorium only pops up a note that is
 * in the <em>same</em> file as its reference (edrlab/thorium-reader#1606), and Apple Books pops
 * up an {@code aside epub:type="footnote"}, so notes do not live in a separate notes file.
 * Apple Books, Kobo and Foliate also hide such asides from the reading flow, but KOReader, Calibre and Kindle show them where
 * they are: after each paragraph they would interrupt the text (and a note cited twice would
 * need two copies); at the end of the chapter they read as ordinary endnotes, in number order,
 * each with a back-link to every place it is cited.
 */
final class NoteWriter {
    private final ContentDocument doc;
    private final Xhtml out;

    NoteWriter(ContentDocument doc) {
        this.doc = doc;
        this.out = doc.out;
    }

    /**
     * The document's footnotes, in a section named "Notes" for assistive technology; nothing
     * when there are none. Nothing in the section but the asides: no heading and no rule, which
     * would stand alone at the end of every chapter in readers that hide the asides (Apple Books,
     * Kobo, Foliate, foliate-js). The rule above the notes is the first aside's top border.
     */
    void footnotes() {
        NoteIndex notes = doc.notes;
        if (notes.notes().isEmpty()) return;
        out.start("section").attr("id", doc.claim(notes.prefix() + "-notes")).attr("class", "footnotes")
                .epubType("footnotes").attr("aria-label", doc.words.notes()).nl();
        BlockWriter blocks = new BlockWriter(doc, "note");
        for (int pos = 1; pos <= notes.notes().size(); pos++) {
            Footnote note = notes.notes().get(pos - 1);
            out.start("aside").attr("id", doc.claim(notes.asideId(pos))).attr("class", "footnote")
                    .epubType("footnote").attr("role", "doc-footnote").nl();
            List<Integer> occurrences = notes.occurrences(pos);
            int p = pos;
            withLead(blocks, note.content(), () -> noteLabel(notes, p, occurrences));
            out.end().nl();
        }
        out.end().nl();
    }

    /**
     * The note's number, which is also its way back: one citation, the number links back to it;
     * several, the number is followed by one back-link per citation (a, b, c …).
     */
    private void noteLabel(NoteIndex notes, int pos, List<Integer> occurrences) {
        String number = notes.printed(pos);
        if (occurrences.size() == 1) {
            out.start("a").attr("href", "#" + notes.refId(pos, occurrences.get(0))).attr("class", "backlink")
                    .attr("role", "doc-backlink").attr("title", doc.words.backToText())
                    .text(number + ".").end();
            return;
        }
        out.start("span").attr("class", "note-number").text(number + ".").end();
        backlinks(occurrences.stream().map(k -> notes.refId(pos, k)).toList());
    }

    /** One back-link per place: "↩" alone, or "↩a ↩b …" when there are several. */
    private void backlinks(List<String> anchors) {
        for (int i = 0; i < anchors.size(); i++) {
            String mark = anchors.size() == 1 ? "\u21A9" : "\u21A9" + occurrenceMark(i);
            out.text(" ").start("a").attr("href", "#" + anchors.get(i)).attr("class", "backlink")
                    .attr("role", "doc-backlink").attr("title", doc.words.backToText()).text(mark).end();
        }
    }

    private static String occurrenceMark(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : Integer.toString(i + 1);
    }

    /**
     * Writes blocks with a lead (a note's number, a term's headword) at the start of the first
     * paragraph, or in a paragraph of its own when the content starts with a list or a quote.
     */
    private void withLead(BlockWriter blocks, List<Block> content, Runnable lead) {
        if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph) {
            Block.Paragraph first = (Block.Paragraph) content.get(0);
            out.start("p").attr("class", blocks.paragraphClass());
            lead.run();
            out.text(" ");
            blocks.inline().beginBlock(List.of());
            blocks.inline().write(first.content());
            blocks.inline().endBlock();
            out.end().nl();
            blocks.write(content.subList(1, content.size()));
        } else {
            out.start("p").attr("class", blocks.paragraphClass());
            lead.run();
            out.end().nl();
            blocks.write(content);
        }
    }
}
