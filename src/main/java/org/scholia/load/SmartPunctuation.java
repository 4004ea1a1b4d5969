package org.scholia.load;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.scholia.model.Inline;
import org.scholia.model.InlineVisitor;

/**
 * Typewriter punctuation made typographic, as the loader reads each paragraph, heading, table
 * cell and glossary term, so that every edition gets it from the model: straight quotes become
 * the language's opening and closing marks ({@link QuoteMarks}) by context, an apostrophe
 * U+2019, {@code --} an en dash, {@code ---} an em dash, {@code ...} an ellipsis; French gets
 * its narrow no-break spaces. Code, the words of a link that show its address, and image
 * descriptions are left as written; a backslash keeps the straight character ({@code \"},
 * {@code \'}, {@code \-}, {@code \.}), and so does an HTML entity ({@code &quot;}).
 *
 * <p>Why not flexmark's typographic extension: it has one fixed set of marks (English “…” and
 * ‘…’, set by options for the whole document), so it cannot quote a German book „…“, a French
 * one « … » with U+202F inside, or a Russian passage inside an English book «…»; and it knows
 * nothing of the narrow spaces before {@code ; : ! ?}. Here each character is quoted with the
 * marks of the language of the words it sits in (a language span or block of the model).
 *
 * <p>Context crosses inline boundaries: in {@code "*word*"} the quote before the emphasis opens.
 * The loader marks escaped characters with private-use stand-ins ({@link #protect}), which this
 * class turns back into the straight characters, also when smart punctuation is off.
 */
final class SmartPunctuation {
    private static final char ESCAPED_DOUBLE = '\uE022';
    private static final char ESCAPED_SINGLE = '\uE027';
    private static final char ESCAPED_HYPHEN = '\uE02D';
    private static final char ESCAPED_DOT = '\uE02E';

    private final boolean on;

    /** @param on false for {@code smart: false} in book.yaml: only the escapes are resolved */
    SmartPunctuation(boolean on) {
        this.on = on;
    }

    /**
     * The text of a Markdown text node from its source characters: escapes resolved as
     * CommonMark does, except that an escaped quote, hyphen or full stop becomes a stand-in
     * that {@link #unit} turns back into the straight character.
     */
    static String protect(CharSequence raw) {
        String s = raw.toString();
        if (s.indexOf('\\') < 0 && s.indexOf('&') < 0) return s;  // nearly every text node: nothing to unescape
        if (s.indexOf('\\') < 0) return Escaping.unescapeString(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                char stand = next == '"' ? ESCAPED_DOUBLE : next == '\'' ? ESCAPED_SINGLE
                        : next == '-' ? ESCAPED_HYPHEN : next == '.' ? ESCAPED_DOT : 0;
                if (stand != 0) {
                    sb.append(stand);
                } else {
                    sb.append(c).append(next);  // "\\" stays a pair, for the unescaping below
                }
                i++;
            } else {
                sb.append(c);
            }
        }
        return Escaping.unescapeString(sb.toString());
    }

    /**
     * One unit of running text (a paragraph's, heading's or cell's inline content) with its
     * punctuation made typographic in {@code language}, and language spans in theirs.
     */
    List<Inline> unit(List<Inline> content, String language) {
        List<Leaf> leaves = new ArrayList<>();
        new Flatten(leaves, QuoteMarks.forLanguage(language), true).all(content);
        if (!anyToDo(leaves)) return content;
        Map<Inline.Text, String> changed = new Converter(leaves, on).run();
        if (changed.isEmpty()) return content;
        Rebuild r = new Rebuild(changed);
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline i : content) out.add(i.accept(r));
        return out;
    }

    /**
     * A character the author wrote as an HTML entity ({@code &quot;}, {@code &#39;}): meant as
     * typed, so kept straight like an escaped one.
     */
    static String literal(String entity) {
        return entity.length() != 1 ? entity : switch (entity.charAt(0)) {
            case '"' -> String.valueOf(ESCAPED_DOUBLE);
            case '\'' -> String.valueOf(ESCAPED_SINGLE);
            case '-' -> String.valueOf(ESCAPED_HYPHEN);
            case '.' -> String.valueOf(ESCAPED_DOT);
            default -> entity;
        };
    }

    /** Whether some editable leaf holds a character this class may change (most sentences hold none). */
    private boolean anyToDo(List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            if (!leaf.editable()) continue;
            String s = leaf.text();
            boolean french = on && leaf.marks().frenchSpacing();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= ESCAPED_DOUBLE && c <= ESCAPED_DOT) return true;
                if (!on) continue;
                if (c == '"' || c == '\'' || (c == '-' || c == '.') && i + 1 < s.length() && s.charAt(i + 1) == c) return true;
                if (french && ";:!?«»".indexOf(c) >= 0) return true;
            }
        }
        return false;
    }

    /**
     * A piece of the unit's text in reading order: a text node that may change, or text that
     * only gives context (code, a link showing its address, a line break, an image).
     */
    record Leaf(Inline.Text node, String text, QuoteMarks marks, boolean editable) {
    }

    /** Collects the leaves of inline content in order, each with the marks of its language. */
    private static final class Flatten implements InlineVisitor<Void> {
        private final List<Leaf> out;
        private final QuoteMarks marks;
        private final boolean editable;

        Flatten(List<Leaf> out, QuoteMarks marks, boolean editable) {
            this.out = out;
            this.marks = marks;
            this.editable = editable;
        }

        void all(List<Inline> content) {
            for (Inline i : content) i.accept(this);
        }

        private void context(String text) {
            out.add(new Leaf(null, text, marks, false));
        }

        public Void text(Inline.Text t) { out.add(new Leaf(t, t.text(), marks, editable)); return null; }
        public Void emphasis(Inline.Emphasis e) { all(e.content()); return null; }
        public Void strong(Inline.Strong s) { all(s.content()); return null; }
        public Void code(Inline.Code c) { context(c.text()); return null; }
        public Void noteRef(Inline.NoteRef n) { return null; }
        public Void termRef(Inline.TermRef t) { all(t.content()); return null; }
        public Void termUse(Inline.TermUse t) { all(t.content()); return null; }
        public Void lineBreak(Inline.LineBreak b) { context(" "); return null; }
        public Void image(Inline.Image i) { context("x"); return null; }

        /** A link's words are typeset unless they show the address itself (an autolink). */
        public Void link(Inline.Link l) {
            String shown = org.scholia.model.PlainText.of(l.content()).strip();
            boolean address = shown.equals(l.url()) || ("mailto:" + shown).equals(l.url());
            new Flatten(out, marks, editable && !address).all(l.content());
            return null;
        }

        public Void languageSpan(Inline.LanguageSpan s) {
            new Flatten(out, QuoteMarks.forLanguage(s.language()), editable).all(s.content());
            return null;
        }
    }

    /** Replaces the text nodes that changed, rebuilding their containers. */
    private static final class Rebuild implements InlineVisitor<Inline> {
        private final Map<Inline.Text, String> changed;

        Rebuild(Map<Inline.Text, String> changed) {
            this.changed = changed;
        }

        private List<Inline> all(List<Inline> content) {
            List<Inline> out = new ArrayList<>(content.size());
            for (Inline i : content) out.add(i.accept(this));
            return out;
        }

        public Inline text(Inline.Text t) {
            String s = changed.get(t);
            return s == null ? t : new Inline.Text(s, t.span());
        }
        public Inline emphasis(Inline.Emphasis e) { return new Inline.Emphasis(all(e.content()), e.span()); }
        public Inline strong(Inline.Strong s) { return new Inline.Strong(all(s.content()), s.span()); }
        public Inline code(Inline.Code c) { return c; }
        public Inline link(Inline.Link l) { return new Inline.Link(l.url(), l.title(), all(l.content()), l.span()); }
        public Inline noteRef(Inline.NoteRef n) { return n; }
        public Inline termRef(Inline.TermRef t) { return new Inline.TermRef(t.entryId(), all(t.content()), t.explicit(), t.span()); }
        public Inline termUse(Inline.TermUse t) { return new Inline.TermUse(t.entryId(), all(t.content()), t.span()); }
        public Inline lineBreak(Inline.LineBreak b) { return b; }
        public Inline image(Inline.Image i) { return i; }
        public Inline languageSpan(Inline.LanguageSpan s) {
            return new Inline.LanguageSpan(s.language(), all(s.content()), s.span());
        }
    }

    /** The conversion proper: one pass over the unit's leaves, deciding each mark by its neighbours. */
    private static final class Converter {
        private final List<Leaf> leaves;
        private final boolean on;
        private final String all;
        private final int[] leafStart;
        /** The last character written (0 at the start of the unit) and whether it opened a quotation. */
        private char prev;
        private boolean prevOpened;
        /** Inner quotations open now: a closing single quote ends one, else it is an apostrophe. */
        private int innerOpen;

        Converter(List<Leaf> leaves, boolean on) {
            this.leaves = leaves;
            this.on = on;
            StringBuilder sb = new StringBuilder();
            leafStart = new int[leaves.size() + 1];
            for (int k = 0; k < leaves.size(); k++) {
                leafStart[k] = sb.length();
                sb.append(leaves.get(k).text());
            }
            leafStart[leaves.size()] = sb.length();
            all = sb.toString();
        }

        Map<Inline.Text, String> run() {
            Map<Inline.Text, String> changed = new IdentityHashMap<>();
            for (int k = 0; k < leaves.size(); k++) {
                Leaf leaf = leaves.get(k);
                if (!leaf.editable()) {
                    for (int i = 0; i < leaf.text().length(); i++) wrote(leaf.text().charAt(i), false);
                    continue;
                }
                String out = convert(leaf, leafStart[k], leafStart[k + 1]);
                if (!out.equals(leaf.text())) changed.put(leaf.node(), out);
            }
            return changed;
        }

        private void wrote(char c, boolean opened) {
            prev = c;
            prevOpened = opened;
        }

        private char at(int g) {
            return g >= 0 && g < all.length() ? all.charAt(g) : 0;
        }

        private String convert(Leaf leaf, int from, int to) {
            QuoteMarks m = leaf.marks();
            StringBuilder out = new StringBuilder(to - from + 4);
            for (int g = from; g < to; g++) {
                char c = all.charAt(g);
                char restored = restored(c);
                if (restored != 0) {
                    out.append(restored);
                    wrote(restored, false);
                } else if (!on) {
                    out.append(c);
                    wrote(c, false);
                } else if (c == '-' && g + 1 < to && all.charAt(g + 1) == '-') {
                    boolean em = g + 2 < to && all.charAt(g + 2) == '-';
                    char dash = em ? '\u2014' : '\u2013';
                    out.append(dash);
                    wrote(dash, false);
                    g += em ? 2 : 1;
                } else if (c == '.' && g + 2 < to && all.charAt(g + 1) == '.' && all.charAt(g + 2) == '.') {
                    out.append('\u2026');
                    wrote('\u2026', false);
                    g += 2;
                } else if (c == '"') {
                    quote(out, m, at(g + 1), true);
                } else if (c == '\'') {
                    single(out, m, g);
                } else if (m.frenchSpacing() && (c == '«' || c == '»')) {
                    guillemet(out, c == '«', at(g + 1));
                } else if (m.frenchSpacing() && (c == ';' || c == ':' || c == '!' || c == '?')) {
                    frenchMark(out, c, at(g + 1));
                } else if (m.frenchSpacing() && c == ' ' && prevOpened && prev == QuoteMarks.NARROW_NO_BREAK_SPACE) {
                    // the author's space after an opening guillemet: the narrow space is already there
                } else {
                    out.append(c);
                    wrote(c, false);
                }
            }
            return out.toString();
        }

        private static char restored(char c) {
            return switch (c) {
                case ESCAPED_DOUBLE -> '"';
                case ESCAPED_SINGLE -> '\'';
                case ESCAPED_HYPHEN -> '-';
                case ESCAPED_DOT -> '.';
                default -> 0;
            };
        }

        /** Whether a quote here opens: at the start, after a space, a bracket, a dash or an opening mark. */
        private boolean opens(char next) {
            boolean before = prev == 0 || prevOpened || isSpace(prev) || "([{\u2014\u2013-/".indexOf(prev) >= 0;
            return before && next != 0 && !isSpace(next);
        }

        private boolean closes() {
            return prev != 0 && !isSpace(prev) && !prevOpened;
        }

        private void quote(StringBuilder out, QuoteMarks m, char next, boolean primary) {
            if (opens(next)) {
                char mark = primary ? m.open() : m.openInner();
                out.append(mark);
                if (m.frenchSpacing() && mark == '«') {
                    out.append(QuoteMarks.NARROW_NO_BREAK_SPACE);
                    wrote(QuoteMarks.NARROW_NO_BREAK_SPACE, true);
                } else {
                    wrote(mark, true);
                }
                if (!primary) innerOpen++;
            } else if (closes()) {
                char mark = primary ? m.close() : m.closeInner();
                if (m.frenchSpacing() && mark == '»') narrowSpaceBefore(out);
                out.append(mark);
                wrote(mark, false);
                if (!primary) innerOpen = Math.max(0, innerOpen - 1);
            } else {
                char straight = primary ? '"' : '\'';
                out.append(straight);  // between two spaces: neither opens nor closes anything
                wrote(straight, false);
            }
        }

        /** A straight single quote: an apostrophe in or after a word ("don't", "the '90s"), else an inner quote. */
        private void single(StringBuilder out, QuoteMarks m, int g) {
            char next = at(g + 1);
            boolean apostrophe = Character.isLetterOrDigit(prev) && Character.isLetter(next)
                    || (!closes() && decade(g + 1))
                    || (closes() && innerOpen == 0);
            if (apostrophe) {
                out.append(QuoteMarks.APOSTROPHE);
                wrote(QuoteMarks.APOSTROPHE, false);
            } else {
                quote(out, m, next, false);
            }
        }

        /** Two digits then a boundary or "s" (the '90s, the summer of '68). */
        private boolean decade(int g) {
            if (!Character.isDigit(at(g)) || !Character.isDigit(at(g + 1))) return false;
            char after = at(g + 2);
            return after == 0 || after == 's' || !Character.isLetterOrDigit(after);
        }

        /** A guillemet typed as such in French: the narrow space inside it, replacing a typed space. */
        private void guillemet(StringBuilder out, boolean opening, char next) {
            if (opening) {
                out.append('«').append(QuoteMarks.NARROW_NO_BREAK_SPACE);
                wrote(QuoteMarks.NARROW_NO_BREAK_SPACE, true);
            } else {
                narrowSpaceBefore(out);
                out.append('»');
                wrote('»', false);
            }
        }

        /**
         * French {@code ; : ! ?}: a narrow no-break space before, replacing a typed space; not
         * inside a word or number ("10:30", "http://") nor between two marks ("?!").
         */
        private void frenchMark(StringBuilder out, char c, char next) {
            boolean ends = next == 0 || isSpace(next) || "»”)!?;:".indexOf(next) >= 0;
            boolean afterWord = Character.isLetterOrDigit(prev) || "»”)’]".indexOf(prev) >= 0;
            if (out.length() > 0 && (prev == ' ' || prev == '\u00A0')) {
                out.setCharAt(out.length() - 1, QuoteMarks.NARROW_NO_BREAK_SPACE);
            } else if (afterWord && ends) {
                out.append(QuoteMarks.NARROW_NO_BREAK_SPACE);
            }
            out.append(c);
            wrote(c, false);
        }

        /** Before a closing guillemet: the typed space made narrow, or a narrow space added. */
        private void narrowSpaceBefore(StringBuilder out) {
            int n = out.length();
            if (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\u00A0')) {
                out.setCharAt(n - 1, QuoteMarks.NARROW_NO_BREAK_SPACE);
            } else if (prev != QuoteMarks.NARROW_NO_BREAK_SPACE) {
                out.append(QuoteMarks.NARROW_NO_BREAK_SPACE);
            }
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }
}
