package org.scholia.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholia.model.Block;
import org.scholia.model.Diagnostic;
import org.scholia.model.Inline;
import org.scholia.model.SourceSpan;

/**
 * Converts one parsed Markdown file into model blocks and footnotes: the only place where
 * flexmark's tree is read. Problems (dropped HTML, missing images, unsupported links) become
 * diagnostics with the file, line and column of the node.
 */
final class MarkdownConverter {
    private final LineIndex lines;
    private final Document document;
    private final List<Diagnostic> diagnostics;
    private final ImageResolver images;
    private final TableConverter tables = new TableConverter(this);
    private final Map<String, org.scholia.model.Footnote> notes = new LinkedHashMap<>();
    private final SmartPunctuation smart;
    private final List<FencedDivs.Div> divs;
    /** The language of the text being converted: the book's, or a passage's. */
    private String language;

    /** Resolves and checks image paths (shared with the cover check). */
    interface ImageResolver {
        /** The image for a path written at a place, or null after adding an error. */
        org.scholia.model.ImageFile resolve(String written, SourceSpan at);
    }

    /**
     * @param smart    the typographic punctuation of book.yaml's {@code smart}
     * @param language the book's language, for its quotation marks
     * @param divs     the passages in another language of the file ({@link FencedDivs})
     */
    MarkdownConverter(LineIndex lines, Document document, List<Diagnostic> diagnostics, ImageResolver images,
                      SmartPunctuation smart, String language, List<FencedDivs.Div> divs) {
        this.lines = lines;
        this.document = document;
        this.diagnostics = diagnostics;
        this.images = images;
        this.smart = smart;
        this.language = language;
        this.divs = divs;
    }

    /** The footnote definitions met so far, in order of definition. */
    List<org.scholia.model.Footnote> notes() {
        return List.copyOf(notes.values());
    }

    SourceSpan span(Node node) {
        return lines.at(node.getStartOffset());
    }

    /** The blocks among the children of a node (the document, a quote, a list item …). */
    List<Block> blocks(Node parent) {
        guardDepth(parent, false);
        if (parent == document && !divs.isEmpty()) return passages(parent);
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, out);
        return out;
    }

    /** A passage being collected: its blocks, and the language around it. */
    private record Open(FencedDivs.Div div, List<Block> content, String outer) {
    }

    /** The document's blocks, those between a passage's fences gathered in a language block. */
    private List<Block> passages(Node parent) {
        List<Block> top = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int next = 0;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            int at = n.getStartOffset();
            while (true) {
                if (!open.isEmpty() && open.peek().div().end() <= at) {
                    close(open, top);
                } else if (next < divs.size() && divs.get(next).start() <= at) {
                    open.push(new Open(divs.get(next), new ArrayList<>(), language));
                    language = divs.get(next++).language();
                } else {
                    break;
                }
            }
            block(n, open.isEmpty() ? top : open.peek().content());
        }
        while (!open.isEmpty()) close(open, top);
        return top;
    }

    private void close(Deque<Open> open, List<Block> top) {
        Open o = open.pop();
        language = o.outer();
        if (o.content().isEmpty()) return;
        (open.isEmpty() ? top : open.peek().content()).add(new Block.LanguageBlock(o.div().language(), o.content(), o.div().span()));
    }

    /** A unit of running text (a paragraph's, heading's or cell's content), its punctuation made typographic. */
    List<Inline> unit(Node parent) {
        return smart.unit(inlines(parent), language);
    }

    private void block(Node n, List<Block> out) {
        SourceSpan at = span(n);
        if (n instanceof Heading h) {
            out.add(new Block.Heading(h.getLevel(), unit(h), "", at));
        } else if (n instanceof Paragraph p) {
            List<Inline> content = unit(p);
            if (content.size() == 1 && content.get(0) instanceof Inline.Image img) {
                out.add(new Block.Figure(img, at));
            } else if (!content.isEmpty()) {
                out.add(new Block.Paragraph(content, "", 0, at));
            }
        } else if (n instanceof BlockQuote) {
            out.add(new Block.Quote(blocks(n), at));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) items.add(blocks(item));
            }
            int start = n instanceof OrderedList ol ? ol.getStartNumber() : 1;
            out.add(new Block.ListBlock(n instanceof OrderedList, start, items, at));
        } else if (n instanceof FencedCodeBlock f) {
            String lang = f.getInfo().toString().strip().split("\\s+")[0];
            out.add(new Block.CodeBlock(lang, stripFinalNewline(f.getContentChars().toString()), at));
        } else if (n instanceof IndentedCodeBlock c) {
            out.add(new Block.CodeBlock("", stripFinalNewline(c.getContentChars().toString()), at));
        } else if (n instanceof ThematicBreak) {
            out.add(new Block.ThematicBreak(at));
        } else if (n instanceof TableBlock t) {
            out.add(tables.table(t, at));
        } else if (n instanceof FootnoteBlock fb) {
            String label = fb.getText().toString();
            if (notes.containsKey(label)) {
                diagnostics.add(Diagnostic.warning("note-defined-twice", at,
                        "The footnote [^" + label + "] is defined twice; this second definition is ignored.",
                        "Delete one of the two definitions, or give this one another label."));
            } else {
                notes.put(label, new org.scholia.model.Footnote(label, 0, blocks(fb), 0, at));
            }
        } else if (n instanceof DefinitionList) {
            definitionListAsBlocks(n, out);
        } else if (n instanceof HtmlCommentBlock || n instanceof Reference) {
            // comments and link reference definitions produce no content
        } else if (n instanceof HtmlBlock) {
            diagnostics.add(Diagnostic.warning("raw-html-dropped", at,
                    "A block of raw HTML was dropped: Scholia does not copy HTML into its outputs.",
                    "Write the content in Markdown (emphasis, lists, tables, images) instead of HTML."));
        } else {
            out.addAll(blocks(n));
        }
    }

    /** A definition list inside a chapter: each term in bold, its definitions as a quote. */
    private void definitionListAsBlocks(Node list, List<Block> out) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            SourceSpan at = span(n);
            if (n instanceof DefinitionTerm) {
                out.add(new Block.Paragraph(List.of(new Inline.Strong(termInlines(n), at)), "", 0, at));
            } else if (n instanceof DefinitionItem) {
                out.add(new Block.Quote(blocks(n), at));
            }
        }
    }

    /** The words of a definition-list term (flexmark may wrap them in a paragraph). */
    List<Inline> termInlines(Node term) {
        Node first = term.getFirstChild();
        List<Inline> out = new ArrayList<>(smart.unit(first instanceof Paragraph && first.getNext() == null
                ? inlines(first) : inlines(term), language));
        trimEnds(out);
        return out;
    }

    /** The inline content of a node, with adjacent texts merged and soft breaks made spaces. */
    List<Inline> inlines(Node parent) {
        guardDepth(parent, true);
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof LinkRef ref && !ref.isDefined() && n.getNext() instanceof Text after) {
                Matcher m = SPAN_LANGUAGE.matcher(after.getChars());
                if (m.lookingAt()) {
                    languageSpan(ref, m.group(2), after, m.end(), out);
                    n = after;
                    continue;
                }
            }
            inline(n, out);
        }
        out.removeIf(i -> i == LINE_END);
        if (parent instanceof Paragraph || parent instanceof Heading
                || parent instanceof com.vladsch.flexmark.ext.tables.TableCell) trimEnds(out);
        return out;
    }

    private void inline(Node n, List<Inline> out) {
        SourceSpan at = span(n);
        if (n instanceof Text) {
            appendText(out, SmartPunctuation.protect(n.getChars()), at);
        } else if (n instanceof HtmlEntity) {
            appendText(out, SmartPunctuation.literal(n.getChars().unescape()), at);
        } else if (n instanceof SoftLineBreak) {
            // the space ends this line's text node; the next line starts a new one with its own span
            appendText(out, " ", at);
            out.add(LINE_END);
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak(at));
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(n), at));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(n), at));
        } else if (n instanceof Code c) {
            out.add(new Inline.Code(c.getText().toString().replace('\n', ' '), at));
        } else if (n instanceof Footnote f) {
            out.add(new Inline.NoteRef(f.getText().toString(), 0, 0, at));
        } else if (n instanceof WikiLink w) {
            String headword = w.getLink().toString().strip();
            String shown = w.getText().isEmpty() ? headword : w.getText().toString();
            out.add(new Inline.TermRef(headword, List.of(new Inline.Text(shown, at)), true, at));
        } else if (n instanceof Image img) {
            image(img.getUrl().toString(), img.getText().toString(), img.getTitle().toString(), at, out);
        } else if (n instanceof ImageRef ref) {
            Reference r = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (r == null) appendText(out, ref.getChars().toString(), at);
            else image(r.getUrl().toString(), ref.getText().toString(), r.getTitle().toString(), at, out);
        } else if (n instanceof Link l) {
            link(l.getUrl().unescape(), l.getTitle().toString(), inlines(l), at, out);
        } else if (n instanceof LinkRef ref) {
            Reference r = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (r == null) appendText(out, ref.getChars().toString(), at);
            else link(r.getUrl().unescape(), r.getTitle().toString(), inlines(ref), at, out);
        } else if (n instanceof AutoLink a) {
            link(a.getText().toString(), "", List.of(new Inline.Text(a.getText().toString(), at)), at, out);
        } else if (n instanceof MailLink m) {
            link("mailto:" + m.getText(), "", List.of(new Inline.Text(m.getText().toString(), at)), at, out);
        } else if (n instanceof HtmlInlineComment) {
            // an HTML comment is the author's note to self
        } else if (n instanceof HtmlInline h) {
            htmlInline(h.getChars().toString(), at, out);
        } else {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, out);
        }
    }

    /** Inline elements (emphasis, links …) nested inside one another. */
    static final int MAX_INLINE_NESTING = 32;
    /** Blocks nested inside one another (a quote, a list and its item count one each). */
    static final int MAX_BLOCK_NESTING = 2 * SourceShape.MAX_NESTING + 8;

    /**
     * Stops the conversion, which recurses once per level, where the nesting exceeds what any
     * book needs; flexmark parses deeper nesting than the stack of a walk over it can take.
     */
    private void guardDepth(Node parent, boolean inline) {
        int depth = 0;
        for (Node n = parent; n != null; n = n.getParent()) {
            if (inline && n instanceof com.vladsch.flexmark.util.ast.Block) break;
            if (++depth > (inline ? MAX_INLINE_NESTING : MAX_BLOCK_NESTING)) {
                throw new TooDeep(Diagnostic.error("too-deep", span(parent), inline
                        ? "Emphasis, links and other inline marks nested more than " + MAX_INLINE_NESTING + " levels deep are more than Scholia reads."
                        : "Blocks nested more than " + MAX_BLOCK_NESTING + " levels deep are more than Scholia reads.",
                        "Nest fewer levels: close the marks (** * ] …) sooner."));
            }
        }
    }

    /** Nesting beyond the limits: the chapter is reported at the place and not converted. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        TooDeep(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** Pandoc's {@code {lang=ru}} after a bracketed span: its words in that language. */
    private static final Pattern SPAN_LANGUAGE = Pattern.compile("\\{\\s*lang=(\"?)([^\"\\s}]*)\\1\\s*\\}");

    /** {@code [words]{lang=ru}}: flexmark reads an undefined link reference then text starting with the attribute. */
    private void languageSpan(LinkRef ref, String tag, Text after, int attributeEnd, List<Inline> out) {
        SourceSpan at = span(ref);
        String checked = FencedDivs.checkedTag(tag, at, diagnostics);
        List<Inline> content = inlines(ref);
        if (checked == null) out.addAll(content); else out.add(new Inline.LanguageSpan(checked, content, at));
        String rest = SmartPunctuation.protect(after.getChars().subSequence(attributeEnd));
        appendText(out, rest, lines.at(after.getStartOffset() + attributeEnd));
    }

    private void image(String url, String alt, String title, SourceSpan at, List<Inline> out) {
        var file = images.resolve(url, at);
        if (file != null) out.add(new Inline.Image(file, alt.strip(), title, at));
    }

    private void link(String url, String title, List<Inline> content, SourceSpan at, List<Inline> out) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            var clean = WebAddress.clean(url);
            if (clean.isPresent()) {
                if (!clean.get().equals(url.strip())) {
                    diagnostics.add(Diagnostic.warning("link-encoded", at, "The link target '" + url.strip()
                            + "' holds characters no address may hold; it is written as '" + clean.get() + "'.",
                            "Write the address as your browser shows it after you open it, with %20 for a space."));
                }
                out.add(new Inline.Link(clean.get(), title, content, at));
                return;
            }
        }
        diagnostics.add(Diagnostic.warning("unsupported-link", at,
                "The link target '" + url + "' is not a web or mail address; the words are kept without a link.",
                "Use an http(s):// or mailto: address, [[headword]] for a glossary term, or [^label] for a note."));
        out.addAll(content);
    }

    /** Inline HTML: a line break is kept, any other tag is dropped (its text stays). */
    private void htmlInline(String tag, SourceSpan at, List<Inline> out) {
        if (tag.matches("(?i)<br\\s*/?>")) {
            out.add(new Inline.LineBreak(at));
            return;
        }
        diagnostics.add(Diagnostic.warning("raw-html-dropped", at,
                "The HTML tag " + tag + " was dropped (the text around it is kept).",
                "Use Markdown instead: *emphasis*, **strong**, `code`, [text](https://…)."));
    }

    /** A marker, removed again by {@link #inlines}, that keeps the next line's text out of this line's node. */
    private static final Inline LINE_END = new Inline.LineBreak(new SourceSpan("", 0, 0));

    private static void appendText(List<Inline> out, String text, SourceSpan at) {
        if (text.isEmpty()) return;
        if (!out.isEmpty() && out.get(out.size() - 1) == LINE_END) {
            out.remove(out.size() - 1);
            out.add(new Inline.Text(text, at));
        } else if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
            out.set(out.size() - 1, new Inline.Text(prev.text() + text, prev.span()));
        } else {
            out.add(new Inline.Text(text, at));
        }
    }

    private static void trimEnds(List<Inline> out) {
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
            String s = t.text().stripLeading();
            if (s.isEmpty()) out.remove(0); else out.set(0, new Inline.Text(s, t.span()));
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
            String s = t.text().stripTrailing();
            if (s.isEmpty()) out.remove(out.size() - 1); else out.set(out.size() - 1, new Inline.Text(s, t.span()));
        }
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
