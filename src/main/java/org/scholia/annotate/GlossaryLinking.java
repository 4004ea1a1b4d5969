package org.scholia.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scholia.load.Suggestion;
import org.scholia.model.Autolink;
import org.scholia.model.Diagnostic;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.Inline;
import org.scholia.model.InlineVisitor;
import org.scholia.model.PlainText;
import org.scholia.model.SourceSpan;

/**
 * Links glossary terms and records every use: resolves explicit {@code [[headword]]} references
 * (an unknown one is an error with a did-you-mean) and finds headwords and variants in running
 * text by {@link TermIndex}'s rule, never inside links, code or image alt text. Per the book's
 * autolink setting a use becomes a {@link Inline.TermRef} (a link); every other use is kept as
 * a {@link Inline.TermUse}, so the model holds each use once and every reader sees the same.
 * Uses found in headings are recorded but never linked (an explicit {@code [[term]]} there is).
 */
final class GlossaryLinking extends ContentRewriter {
    private final TermIndex index;
    private final Autolink mode;
    private final List<Diagnostic> diagnostics;
    private final Set<String> linkedInChapter = new HashSet<>();
    private boolean autolinkHere;
    /** Uses are recorded in the chapters and their notes, not in the glossary's own definitions. */
    private boolean recording;
    /** How deep {@link #inlines} is nested: 0 is a block's (or a table cell's) own content. */
    private int depth;
    /** Whether the next words begin a sentence: what the text before them ended with. */
    private boolean sentenceStart;

    GlossaryLinking(TermIndex index, Autolink mode, List<Diagnostic> diagnostics) {
        this.index = index;
        this.mode = mode;
        this.diagnostics = diagnostics;
    }

    /** Starts a new chapter (autolink true) or the glossary (false: explicit references only). */
    void startChapter(boolean autolink) {
        linkedInChapter.clear();
        this.autolinkHere = autolink && mode != Autolink.NONE;
        this.recording = autolink;
    }

    /**
     * Consecutive texts (one per source line) are searched together, so that a term broken
     * across two lines is still found, and each link keeps the line and column where it starts.
     */
    @Override
    List<Inline> inlines(List<Inline> in, Where where) {
        if (depth == 0) sentenceStart = true;
        depth++;
        try {
            return linkAll(in, where);
        } finally {
            depth--;
        }
    }

    private List<Inline> linkAll(List<Inline> in, Where where) {
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
            String text = joined(run);
            out.addAll(link(run, text, where));
            follow(text);
            i = j;
        }
        return out;
    }

    @Override
    List<Inline> inline(Inline i, Where where) {
        List<Inline> own = i.accept(leaves);
        return own != null ? own : super.inline(i, where);
    }

    /**
     * The kinds this pass handles itself (null: rewrite the content as usual). Links, code and
     * images are never searched, but their words still tell whether a sentence ends; a use
     * already recorded stays as it is, so annotating twice finds nothing twice.
     */
    private final InlineVisitor<List<Inline>> leaves = new InlineVisitor<>() {
        public List<Inline> text(Inline.Text t) { return null; }
        public List<Inline> emphasis(Inline.Emphasis e) { return null; }
        public List<Inline> strong(Inline.Strong s) { return null; }
        public List<Inline> noteRef(Inline.NoteRef n) { return null; }
        public List<Inline> languageSpan(Inline.LanguageSpan l) { return null; }

        public List<Inline> code(Inline.Code c) {
            follow(c.text());
            return List.of(c);
        }

        public List<Inline> link(Inline.Link l) {
            follow(PlainText.of(l.content()));
            return List.of(l);
        }

        public List<Inline> image(Inline.Image im) {
            follow("x");  // an image stands where a word would: what follows does not begin a sentence
            return List.of(im);
        }

        public List<Inline> lineBreak(Inline.LineBreak b) {
            return List.of(b);
        }

        public List<Inline> termRef(Inline.TermRef t) {
            follow(PlainText.of(t.content()));
            return List.of(explicit(t));
        }

        public List<Inline> termUse(Inline.TermUse t) {
            follow(PlainText.of(t.content()));
            return List.of(t);
        }
    };

    /** Notes what the words just passed end with: the words after a full stop begin a sentence. */
    private void follow(String text) {
        sentenceStart = TermIndex.startsSentence(text, text.length(), sentenceStart);
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
        linkedInChapter.add(e.id());
        return new Inline.TermRef(e.id(), t.content(), true, t.span());
    }

    private static String joined(List<Inline.Text> run) {
        if (run.size() == 1) return run.get(0).text();
        StringBuilder sb = new StringBuilder();
        for (Inline.Text t : run) sb.append(t.text());
        return sb.toString();
    }

    /** The run with every term found in it made a link or a recorded use. */
    private List<Inline> link(List<Inline.Text> run, String text, Where where) {
        if (!recording) return List.copyOf(run);
        boolean heading = where == Where.HEADING;
        List<TermIndex.Match> matches = index.find(text, sentenceStart, heading);
        if (matches.isEmpty()) return List.copyOf(run);
        List<Inline> out = new ArrayList<>();
        int done = 0;
        for (TermIndex.Match m : matches) {
            String id = m.entry().id();
            boolean link = !heading && autolinkHere && (mode == Autolink.EVERY || !linkedInChapter.contains(id));
            if (link) linkedInChapter.add(id);
            if (m.start() > done) out.add(new Inline.Text(text.substring(done, m.start()), spanAt(run, done)));
            SourceSpan at = spanAt(run, m.start());
            List<Inline> words = List.of(new Inline.Text(text.substring(m.start(), m.end()), at));
            out.add(link ? new Inline.TermRef(id, words, false, at) : new Inline.TermUse(id, words, at));
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
