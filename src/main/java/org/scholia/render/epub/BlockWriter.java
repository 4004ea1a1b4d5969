package org.scholia.render.epub;

import java.util.List;
import org.scholia.model.Block;
import org.scholia.model.BlockVisitor;
import org.scholia.model.Inline;

/**
 * Writes blocks as XHTML flow content. Paragraph and heading ids from the model are kept, so the
 * print edition's page map and any future cross-reference can point into the EPUB.
 *
 * <p>Paragraphs of notes and definitions carry a class ({@code note}, {@code definition}): a
 * reader that pops a note up lifts its paragraphs out of the {@code aside} or {@code dd}, so only
 * a class keeps them styled as notes there (foliate-js, Apple Books).
 */
final class BlockWriter implements BlockVisitor<Void> {
    private final ContentDocument doc;
    private final Xhtml out;
    private final InlineWriter inline;
    private final String paragraphClass;

    /** A writer of running text, whose paragraphs have no class. */
    BlockWriter(ContentDocument doc) {
        this(doc, null);
    }

    /** A writer whose paragraphs carry this class ("note", "definition"), or none when null. */
    BlockWriter(ContentDocument doc, String paragraphClass) {
        this.doc = doc;
        this.out = doc.out;
        this.paragraphClass = paragraphClass;
        this.inline = new InlineWriter(doc);
    }

    /** The class of this writer's paragraphs, or null. */
    String paragraphClass() {
        return paragraphClass;
    }

    void write(List<Block> blocks) {
        for (Block b : blocks) b.accept(this);
    }

    /** The inline writer of the same mode, for callers that write a block's parts themselves. */
    InlineWriter inline() {
        return inline;
    }

    /**
     * Writes one block of running text: page starts at its very beginning go before the element
     * (a marker inside a heading would become part of the heading's name), the others inside it.
     */
    private void textBlock(String element, String id, List<Inline> content) {
        textBlock(element, id, 0, content);
    }

    /** Marks the pages that begin at a block written elsewhere (a title the writer sets itself). */
    void pageBreaksAt(String id) {
        for (EpubPlan.PageTarget t : doc.plan.breaksAt(id)) inline.pageBreak(t);
    }

    /**
     * A paragraph or heading; a chapter's numbered paragraph starts with its number (the print
     * edition's margin number), a presentational mark hidden from screen readers, after the
     * marker of a page that starts with the paragraph and outside the text the markers count.
     */
    private void textBlock(String element, String id, int number, List<Inline> content) {
        List<EpubPlan.PageTarget> breaks = doc.plan.breaksAt(id);
        for (EpubPlan.PageTarget t : breaks) if (t.page().offset() <= 0) inline.pageBreak(t);
        out.start(element).attr("id", doc.claim(id));
        if (element.equals("p")) out.attr("class", paragraphClass);
        if (number > 0) {
            out.start("span").attr("class", "para-num").attr("aria-hidden", "true").text(Integer.toString(number)).end();
        }
        inline.beginBlock(breaks);
        inline.write(content);
        inline.endBlock();
        out.end().nl();
    }

    @Override
    public Void heading(Block.Heading h) {
        textBlock("h" + Math.max(1, Math.min(6, h.level())), h.id(), h.content());
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        textBlock("p", p.id(), p.number(), p.content());
        return null;
    }

    @Override
    public Void quote(Block.Quote q) {
        out.start("blockquote").nl();
        write(q.content());
        out.end().nl();
        return null;
    }

    @Override
    public Void list(Block.ListBlock l) {
        out.start(l.ordered() ? "ol" : "ul");
        if (l.ordered() && l.start() != 1) out.attr("start", Integer.toString(l.start()));
        out.nl();
        for (List<Block> item : l.items()) {
            out.start("li");
            write(item);
            out.end().nl();
        }
        out.end().nl();
        return null;
    }

    /** A table: header cells are {@code th scope="col"}, so each data cell has a header. */
    @Override
    public Void table(Block.Table t) {
        int columns = t.columns();
        out.start("table").nl();
        if (!t.header().isEmpty()) {
            out.start("thead").nl();
            for (var row : t.header()) row(row, columns, t.alignments(), true);
            out.end().nl();
        }
        if (!t.body().isEmpty()) {
            out.start("tbody").nl();
            for (var row : t.body()) row(row, columns, t.alignments(), false);
            out.end().nl();
        }
        out.end().nl();
        return null;
    }

    private void row(List<List<Inline>> cells, int columns, List<Block.Alignment> alignments, boolean header) {
        out.start("tr");
        for (int c = 0; c < columns; c++) {
            out.start(header ? "th" : "td");
            if (header) out.attr("scope", "col");
            Block.Alignment a = c < alignments.size() ? alignments.get(c) : Block.Alignment.DEFAULT;
            if (a != Block.Alignment.DEFAULT) out.attr("class", "align-" + a.name().toLowerCase(java.util.Locale.ROOT));
            if (c < cells.size()) {
                inline.beginBlock(List.of());
                inline.write(cells.get(c));
                inline.endBlock();
            }
            out.end();
        }
        out.end().nl();
    }

    @Override
    public Void code(Block.CodeBlock c) {
        out.start("pre").start("code");
        if (c.language() != null && c.language().matches("[A-Za-z0-9_+-]+")) out.attr("class", "language-" + c.language());
        out.text(c.text()).end().end().nl();
        return null;
    }

    /** A figure: the image with its alt text, and its title as a visible caption. */
    @Override
    public Void figure(Block.Figure f) {
        Inline.Image img = f.image();
        out.start("figure").nl();
        out.empty("img").attr("src", doc.plan.imageHref(img.file())).attr("alt", img.alt()).nl();
        if (img.title() != null && !img.title().isBlank()) {
            out.start("figcaption").text(img.title()).end().nl();
        }
        out.end().nl();
        return null;
    }

    /** A passage in another language: a div with {@code lang} and {@code xml:lang} around its blocks. */
    @Override
    public Void languageBlock(Block.LanguageBlock l) {
        out.start("div").attr("lang", l.language()).xmlLang(l.language()).nl();
        write(l.content());
        out.end().nl();
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak t) {
        out.empty("hr").nl();
        return null;
    }
}
