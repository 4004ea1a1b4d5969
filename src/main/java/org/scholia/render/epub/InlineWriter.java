package org.scholia.render.epub;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.scholia.model.Inline;
import org.scholia.model.InlineVisitor;

/**
 * Writes inline content as XHTML phrasing content: note references and glossary terms get ids
 * (the targets of back-links and of the glossary's "used in"); notes link to asides in the same
 * document, terms to their entry in the glossary.
 *
 * <p>Page-break markers that fall inside a block are placed here, at the character offset the
 * print edition gives into the block's {@link org.scholia.model.PlainText}, counted as
 * PlainText counts: text and code by their chars, one char per hard line break, nothing for
 * note references (their printed numbers are not in the model's text) or images.
 */
final class InlineWriter implements InlineVisitor<Void> {
    private final ContentDocument doc;
    private final Xhtml out;
    private final Deque<EpubPlan.PageTarget> pendingBreaks = new ArrayDeque<>();
    private int offset;

    InlineWriter(ContentDocument doc) {
        this.doc = doc;
        this.out = doc.out;
    }

    void write(List<Inline> inlines) {
        for (Inline i : inlines) i.accept(this);
    }

    /** Starts a block whose text holds page starts at these offsets (those at 0 are already written). */
    void beginBlock(List<EpubPlan.PageTarget> breaks) {
        pendingBreaks.clear();
        offset = 0;
        for (EpubPlan.PageTarget t : breaks) if (t.page().offset() > 0) pendingBreaks.add(t);
    }

    /** Ends the block: a page said to start past its last character is marked at its end. */
    void endBlock() {
        while (!pendingBreaks.isEmpty()) pageBreak(pendingBreaks.removeFirst());
    }

    /**
     * An empty span marking where a page of the print edition begins: {@code epub:type} for
     * reading systems, {@code doc-pagebreak} with the page's label for assistive technology.
     */
    void pageBreak(EpubPlan.PageTarget t) {
        String id = doc.claim(t.markerId());
        if (id == null) return;
        out.empty("span").attr("id", id).epubType("pagebreak").attr("role", "doc-pagebreak")
                .attr("aria-label", t.label());
    }

    @Override
    public Void text(Inline.Text t) {
        writeText(t.text());
        return null;
    }

    /**
     * Model text, with the markers of pages that begin inside it written at their offsets. The
     * print edition carried each offset from the model text through line breaking, so it is
     * where the page's first line begins. That is inside a word only when the word is
     * hyphenated across the two pages; the marker then goes before the word, since a marker
     * inside it would make a screen reader read two words (the offset itself is not changed).
     */
    private void writeText(String s) {
        int start = 0;
        while (!pendingBreaks.isEmpty() && pendingBreaks.peekFirst().page().offset() < offset + s.length()) {
            int cut = beforeWord(s, Math.max(start, pendingBreaks.peekFirst().page().offset() - offset), start);
            out.text(s.substring(start, cut));
            pageBreak(pendingBreaks.removeFirst());
            start = cut;
        }
        out.text(s.substring(start));
        offset += s.length();
    }

    /** The start of the word that {@code cut} falls inside (not before {@code floor}), or {@code cut} itself. */
    private static int beforeWord(String s, int cut, int floor) {
        int k = cut;
        while (k > floor && k < s.length() && !Character.isWhitespace(s.charAt(k - 1)) && !Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        return k;
    }

    @Override
    public Void emphasis(Inline.Emphasis e) {
        out.start("em");
        write(e.content());
        out.end();
        return null;
    }

    @Override
    public Void strong(Inline.Strong s) {
        out.start("strong");
        write(s.content());
        out.end();
        return null;
    }

    @Override
    public Void code(Inline.Code c) {
        out.start("code");
        writeText(c.text());
        out.end();
        return null;
    }

    @Override
    public Void link(Inline.Link l) {
        out.start("a").attr("href", Urls.escape(l.url()));
        if (l.title() != null && !l.title().isBlank()) out.attr("title", l.title());
        write(l.content());
        out.end();
        return null;
    }

    /**
     * A note reference: {@code noteref} linking to the note's aside in this same document, the
     * pattern Apple Books, Kobo, KOReader and Thorium turn into a pop-up.
     */
    @Override
    public Void noteRef(Inline.NoteRef n) {
        int pos = doc.notes.position(n.label());
        if (pos == 0) {
            out.start("sup").text(Integer.toString(n.number())).end();
            return null;
        }
        out.start("a").attr("id", doc.claim(doc.notes.refId(pos, n.occurrence())))
                .attr("href", "#" + doc.notes.asideId(pos)).attr("class", "noteref")
                .epubType("noteref").attr("role", "doc-noteref");
        out.start("sup").text(doc.notes.printed(pos)).end();
        out.end();
        return null;
    }

    /**
     * A glossary term: a link to its entry in the glossary document, the element that holds
     * the headword <em>and</em> the definition, so that a reader that pops the target up shows
     * both and a reader that follows links lands on the entry (nothing is copied into the
     * chapter). In a chapter it is typed {@code glossref noteref}: {@code glossref} says what it
     * is and comes first because checkers (DAISY Ace) match the ARIA role against the first
     * known type; {@code noteref} is what Apple Books, Kobo and KOReader look for before they
     * pop a target up. Reader by reader (the README's "Glossary pop-ups" has the table):
     * foliate-js pops up the target of a {@code glossref} or {@code noteref} link from any
     * document and shows an untyped element whole ({@code footnotes.js}); Kobo e-ink and iOS pop
     * up "the content being linked to" (kobolabs/epub-spec); KOReader trusts {@code epub:type}
     * on link and target and wants the target after the link, with an id, outside the contents
     * and without a heading ({@code readerlink.lua}, {@code showAsFootnotePopup}); Thorium pops
     * up same-document notes only (thorium-reader#1606) and so opens the entry, as calibre,
     * MuPDF and Kindle do.
     * In the glossary itself a term is a plain {@code glossref} to the entry.
     */
    @Override
    public Void termRef(Inline.TermRef t) {
        if (doc.plan.entry(t.entryId()).isEmpty()) {
            write(t.content());
            return null;
        }
        out.start("a");
        if (doc.chapter != null) {
            String anchor = doc.plan.termAnchor(t);
            out.attr("id", anchor == null ? null : doc.claim(anchor))
                    .attr("href", EpubPlan.GLOSSARY + "#" + t.entryId())
                    .attr("class", "glossref").epubType("glossref noteref");
        } else {
            out.attr("href", "#" + t.entryId()).attr("class", "glossref").epubType("glossref");
        }
        out.attr("role", "doc-glossref");
        write(t.content());
        out.end();
        return null;
    }

    /**
     * A use of a term that is not a link: its words as they are, in a span with an id only when
     * the glossary's "used in" points here (the chapter's first use of the term).
     */
    @Override
    public Void termUse(Inline.TermUse t) {
        String anchor = doc.chapter != null ? doc.plan.termAnchor(t) : null;
        if (anchor == null) {
            write(t.content());
            return null;
        }
        out.start("span").attr("id", doc.claim(anchor));
        write(t.content());
        out.end();
        return null;
    }

    /** Words in another language: a span with {@code lang} and {@code xml:lang}, as EPUB 3 asks of XHTML. */
    @Override
    public Void languageSpan(Inline.LanguageSpan l) {
        out.start("span").attr("lang", l.language()).xmlLang(l.language());
        write(l.content());
        out.end();
        return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak b) {
        offset++;
        out.empty("br");
        return null;
    }

    @Override
    public Void image(Inline.Image i) {
        out.empty("img").attr("src", doc.plan.imageHref(i.file())).attr("alt", i.alt());
        if (i.title() != null && !i.title().isBlank()) out.attr("title", i.title());
        return null;
    }
}
