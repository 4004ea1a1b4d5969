package org.scholia.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholia.load.Suggestion;
import org.scholia.model.Autolink;
import org.scholia.model.Diagnostic;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.Inline;
import org.scholia.model.PlainText;
import org.scholia.model.SourceSpan;

/**
 * Links glossary terms: resolves explicit {@code [[headword]]} references (an unknown one is
 * an error with a did-you-mean) and, per the book's autolink setting, turns headwords and
 * variants found in running text into term references — whole words, case-insensitive, never
 * inside headings, links, code, image alt text or another term. Counts every occurrence so
 * that a term the book never uses can be reported.
 */
final class GlossaryLinking extends ContentRewriter {
    private final TermIndex index;
    private final Autolink mode;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Integer> uses = new LinkedHashMap<>();
    private final Set<String> linkedInChapter = new HashSet<>();
    private boolean autolinkHere;

    GlossaryLinking(TermIndex index, Autolink mode, List<Diagnostic> diagnostics) {
        this.index = index;
        this.mode = mode;
        this.diagnostics = diagnostics;
    }

    /** Starts a new chapter: with first-per-chapter, each term is linked once again. */
    void startChapter(boolean autolink) {
        linkedInChapter.clear();
        this.autolinkHere = autolink && mode != Autolink.NONE;
    }

    /** How many times each entry (by id) occurs, linked or not. */
    int uses(GlossaryEntry e) {
        return uses.getOrDefault(e.id(), 0);
    }

    @Override
    List<Inline> inline(Inline i, Where where) {
        if (i instanceof Inline.TermRef t) return List.of(explicit(t, where));
        if (i instanceof Inline.Link || i instanceof Inline.Code || i instanceof Inline.Image) return List.of(i);
        if (i instanceof Inline.Text t) return where == Where.HEADING ? countOnly(t) : link(t);
        return super.inline(i, where);
    }

    private Inline explicit(Inline.TermRef t, Where where) {
        if (!t.explicit()) return t;
        var entry = index.lookup(t.entryId());
        if (entry.isEmpty()) {
            String hint = Suggestion.closest(t.entryId(), index.allForms())
                    .map(s -> "Did you mean [[" + s + "]]? ").orElse("")
                    + "Use a headword or variant from the glossary, or add an entry for '" + t.entryId() + "' to the glossary.";
            diagnostics.add(Diagnostic.error("unknown-term", t.span(),
                    "[[" + t.entryId() + "]] names no glossary entry.", hint));
            return new Inline.Text(PlainText.of(t.content()), t.span());
        }
        GlossaryEntry e = entry.get();
        uses.merge(e.id(), 1, Integer::sum);
        linkedInChapter.add(e.id());
        return new Inline.TermRef(e.id(), t.content(), true, t.span());
    }

    private List<Inline> countOnly(Inline.Text t) {
        for (TermIndex.Match m : index.find(t.text())) uses.merge(m.entry().id(), 1, Integer::sum);
        return List.of(t);
    }

    private List<Inline> link(Inline.Text t) {
        List<TermIndex.Match> matches = index.find(t.text());
        if (matches.isEmpty()) return List.of(t);
        List<Inline> out = new ArrayList<>();
        String text = t.text();
        int done = 0;
        for (TermIndex.Match m : matches) {
            String id = m.entry().id();
            uses.merge(id, 1, Integer::sum);
            boolean link = autolinkHere && (mode == Autolink.EVERY || !linkedInChapter.contains(id));
            if (!link) continue;
            linkedInChapter.add(id);
            if (m.start() > done) out.add(new Inline.Text(text.substring(done, m.start()), t.span()));
            SourceSpan at = new SourceSpan(t.span().file(), t.span().line(), t.span().column() + m.start());
            out.add(new Inline.TermRef(id, List.of(new Inline.Text(text.substring(m.start(), m.end()), at)), false, at));
            done = m.end();
        }
        if (done < text.length()) out.add(new Inline.Text(text.substring(done), t.span()));
        return out;
    }
}
