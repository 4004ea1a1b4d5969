package org.scholia.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Diagnostic;
import org.scholia.model.Footnote;
import org.scholia.model.Glossary;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.ManuscriptException;
import org.scholia.model.TermUses;

/**
 * Runs the annotation passes over a loaded book, in this order: structure checks, glossary
 * linking (explicit references resolved, terms autolinked), footnote numbering per chapter,
 * paragraph ids. Warnings go to the caller's list; errors are thrown together.
 */
public final class Annotator {

    public Book annotate(Book book, List<Diagnostic> diagnostics) throws ManuscriptException {
        List<Diagnostic> found = new ArrayList<>();
        StructureChecks checks = new StructureChecks(found);
        for (Chapter c : book.chapters()) {
            checks.chapter(c.blocks());
            for (Footnote n : c.notes()) checks.notes(n.content());
        }
        for (GlossaryEntry e : book.glossary().entries()) checks.notes(e.definition());
        for (Footnote n : book.glossary().notes()) checks.notes(n.content());

        TermIndex terms = new TermIndex(book.glossary(), found);
        GlossaryLinking linking = new GlossaryLinking(terms, book.metadata().autolink(), found);
        ParagraphNumbering ids = new ParagraphNumbering();
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter c : book.chapters()) {
            linking.startChapter(true);
            var body = linking.blocks(c.blocks());
            List<Footnote> linkedNotes = new ArrayList<>();
            for (Footnote n : c.notes()) {
                linkedNotes.add(new Footnote(n.label(), n.number(), linking.blocks(n.content()), n.citations(), n.span()));
            }
            var numbered = new NoteNumbering(linkedNotes, found).number(body);
            List<Footnote> notes = new ArrayList<>();
            for (Footnote n : numbered.notes()) {
                notes.add(new Footnote(n.label(), n.number(), ids.unnumbered(c.id() + "-n" + n.number(), n.content()),
                        n.citations(), n.span()));
            }
            chapters.add(c.withContent(ids.chapter(c.id(), numbered.blocks()), notes));
        }

        Glossary glossary = annotateGlossary(book.glossary(), linking, ids, found);
        Book annotated = book.withChapters(chapters).withGlossary(glossary);
        Set<String> used = TermUses.usedEntries(annotated);
        for (GlossaryEntry e : book.glossary().entries()) {
            if (!used.contains(e.id())) {
                found.add(Diagnostic.warning("term-not-used", e.span(),
                        "The glossary term '" + e.headword() + "' is never used in the book.",
                        "Use the term in a chapter (or as [[" + e.headword() + "]]), add the form the text uses as a variant, or remove the entry."));
            }
        }

        // on error the exception carries every diagnostic; the caller's list gets warnings only on success
        if (found.stream().anyMatch(Diagnostic::isError)) throw new ManuscriptException(found);
        diagnostics.addAll(found);
        return annotated;
    }

    /** Definitions get their explicit references resolved (no autolinking inside the glossary) and their notes numbered. */
    private Glossary annotateGlossary(Glossary g, GlossaryLinking linking, ParagraphNumbering ids, List<Diagnostic> found) {
        linking.startChapter(false);
        List<GlossaryEntry> linked = new ArrayList<>();
        for (GlossaryEntry e : g.entries()) {
            linked.add(new GlossaryEntry(e.id(), e.headword(), e.variants(), linking.blocks(e.definition()), e.span()));
        }
        List<Footnote> linkedNotes = new ArrayList<>();
        for (Footnote n : g.notes()) {
            linkedNotes.add(new Footnote(n.label(), n.number(), linking.blocks(n.content()), n.citations(), n.span()));
        }
        NoteNumbering numbering = new NoteNumbering(linkedNotes, found);
        List<GlossaryEntry> entries = new ArrayList<>();
        for (GlossaryEntry e : linked) {
            var numbered = numbering.numberMore(e.definition());
            entries.add(new GlossaryEntry(e.id(), e.headword(), e.variants(), ids.unnumbered(e.id(), numbered), e.span()));
        }
        List<Footnote> notes = new ArrayList<>();
        for (Footnote n : numbering.finish()) {
            notes.add(new Footnote(n.label(), n.number(), ids.unnumbered("gl-n" + n.number(), n.content()), n.citations(), n.span()));
        }
        return new Glossary(g.file(), entries, notes);
    }
}
