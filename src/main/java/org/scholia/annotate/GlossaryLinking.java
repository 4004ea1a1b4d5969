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
    /** Uses are counted in the chapters and their notes, not in the glossary's own definitions. */
    private boolean counting;

    GlossaryLinking(TermIndex index, Autolink mode, List<Diagnostic> diagnostics) {
        this.index = index;
        this.mode = mode;
        this.diagnostics = diagnostics;
    }

    /**
     * Starts a new chapter (autolink true) or the glossary (false: explicit references only,
     * and uses there do not count as uses of the term).
     */
    void startChapter(boolean autolink) {
        linkedInChapter.clear();
        this.autolinkHere = autolink && mode != Autolink.NONE;
        this.counting = autolink;
    }

    /** How many times each entry (by id) occurs, linked or not. */
    int uses(GlossaryEntry e) {
        return uses.getOrDefault(e.id(), 0);
    }

    /**
     * Consecutive texts (one per source line) are searched together, so that a term broken
     * across two lines is still found, and each link keeps the line and column where it starts.
     */
    @Override
    List<Inline> inlines(List<Inline> in, Where where) {
        List<Inline> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            if (!(in.get(i) instanceof Inline.Text)) {
                out.addAll(inline(in.get(i), where));
                i++;
                continue;
            }
            int j = i;
            while (j < in.size() && in.get(j) instanceof Inline.Text) j++;
            List<Inline.Text> run = new ArrayList<>();
            for (Inline t : in.subList(i, j)) run.add((Inline.Text) t);
            out.addAll(where == Where.HEADING ? countOnly(run) : link(run));
            i = j;
        }
        return out;
    }

    @Override
    List<Inline> inline(Inline i, Where where) {
        if (i instanceof Inline.TermRef t) return List.of(explicit(t));
        if (i instanceof Inline.Link || i instanceof Inline.Code || i instanceof Inline.Image) return List.of(i);
        return super.inline(i, where);
    }

    private Inline explicit(Inline.TermRef t) {
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
        count(e.id());
        linkedInChapter.add(e.id());
        return new Inline.TermRef(e.id(), t.content(), true, t.span());
    }

    private void count(String entryId) {
        if (counting) uses.merge(entryId, 1, Integer::sum);
    }

    private List<Inline> countOnly(List<Inline.Text> run) {
        for (TermIndex.Match m : index.find(joined(run))) count(m.entry().id());
        return List.copyOf(run);
    }

    private static String joined(List<Inline.Text> run) {
        if (run.size() == 1) return run.get(0).text();
        StringBuilder sb = new StringBuilder();
        for (Inline.Text t : run) sb.append(t.text());
        return sb.toString();
    }

    private List<Inline> link(List<Inline.Text> run) {
        String text = joined(run);
        List<TermIndex.Match> matches = index.find(text);
        if (matches.isEmpty()) return List.copyOf(run);
        List<Inline> out = new ArrayList<>();
        int done = 0;
        for (TermIndex.Match m : matches) {
            String id = m.entry().id();
            count(id);
            boolean link = autolinkHere && (mode == Autolink.EVERY || !linkedInChapter.contains(id));
            if (!link) continue;
            linkedInChapter.add(id);
            if (m.start() > done) out.add(new Inline.Text(text.substring(done, m.start()), spanAt(run, done)));
            SourceSpan at = spanAt(run, m.start());
            out.add(new Inline.TermRef(id, List.of(new Inline.Text(text.substring(m.start(), m.end()), at)), false, at));
            done = m.end();
        }
        if (done < text.length()) out.add(new Inline.Text(text.substring(done), spanAt(run, done)));
        return out;
    }

    /** The source position of a character of the joined run: its text node's span moved along the line. */
    private static SourceSpan spanAt(List<Inline.Text> run, int offset) {
        int start = 0;
        for (Inline.Text t : run) {
            if (offset < start + t.text().length()) {
                SourceSpan s = t.span();
                return new SourceSpan(s.file(), s.line(), s.column() + offset - start);
            }
            start += t.text().length();
        }
        return run.get(run.size() - 1).span();
    }
}
