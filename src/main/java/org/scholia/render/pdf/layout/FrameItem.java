package org.scholia.render.pdf.layout;

import org.scholia.model.ImageFile;
import org.scholia.model.SourceSpan;
import org.scholia.render.pdf.text.Line;

/**
 * One positioned thing on a page frame. Coordinates are scaled points measured from the
 * page's top-left corner (y grows downwards), or, inside a {@link FlowPiece}, from the piece's
 * top-left corner; the painter converts to PDF's bottom-up space. Items are plain data: the
 * painter draws them without making any layout decision.
 *
 * <p>Every use that depends on the kind of item goes through {@link Visitor}, so that a new kind
 * (a margin number, a structure marker) fails to compile wherever it is not handled instead of
 * silently vanishing from the page.
 */
public sealed interface FrameItem {

    Tag tag();

    /** The same item moved by (dx, dy). */
    FrameItem shift(long dx, long dy);

    /** Calls the visitor's method for this kind of item. */
    <R> R accept(Visitor<R> v);

    /**
     * One method per kind of frame item. A visitor can be one long-lived object with its own
     * state (the painter keeps its pen state in it), so dispatching allocates nothing.
     */
    interface Visitor<R> {
        R text(TextLine t);

        R rule(Rule r);

        R picture(Picture p);

        R link(LinkArea l);

        R anchor(Anchor a);
    }

    /** The item itself if it is a text line, else null (no allocation: for filters over frames). */
    Visitor<TextLine> TEXT_LINE = new Pick<>() {
        @Override
        public TextLine text(TextLine t) {
            return t;
        }
    };

    /** The item itself if it is a picture, else null. */
    Visitor<Picture> PICTURE = new Pick<>() {
        @Override
        public Picture picture(Picture p) {
            return p;
        }
    };

    /** The item itself if it is a link area, else null. */
    Visitor<LinkArea> LINK_AREA = new Pick<>() {
        @Override
        public LinkArea link(LinkArea l) {
            return l;
        }
    };

    /** The item itself if it is an anchor, else null. */
    Visitor<Anchor> ANCHOR = new Pick<>() {
        @Override
        public Anchor anchor(Anchor a) {
            return a;
        }
    };

    /**
     * A visitor answering null for every kind, for the pickers above: code that depends on what
     * each kind is implements {@link Visitor} itself, so that a new kind fails to compile there.
     */
    abstract class Pick<T> implements Visitor<T> {
        public T text(TextLine t) {
            return null;
        }

        public T rule(Rule r) {
            return null;
        }

        public T picture(Picture p) {
            return null;
        }

        public T link(LinkArea l) {
            return null;
        }

        public T anchor(Anchor a) {
            return null;
        }
    }

    /**
     * A set line of text; runs are positioned from {@code x}, on the baseline {@code baseline}.
     *
     * @param source where in the manuscript the line's text comes from (the block's span), so
     *               that the painter can name the place of text it cannot draw; null for the
     *               furniture (running heads, page numbers, the contents)
     */
    record TextLine(long x, long baseline, Line line, Tag tag, SourceSpan source) implements FrameItem {
        /** A line of the furniture: no place in the manuscript. */
        public TextLine(long x, long baseline, Line line, Tag tag) {
            this(x, baseline, line, tag, null);
        }

        public <R> R accept(Visitor<R> v) {
            return v.text(this);
        }

        public TextLine shift(long dx, long dy) {
            return new TextLine(x + dx, baseline + dy, line, tag, source);
        }
    }

    /** A filled rectangle: rules, table lines. {@code y} is the rectangle's top edge. */
    record Rule(long x, long y, long width, long thickness, int rgb, Tag tag) implements FrameItem {
        public <R> R accept(Visitor<R> v) {
            return v.rule(this);
        }

        public Rule shift(long dx, long dy) {
            return new Rule(x + dx, y + dy, width, thickness, rgb, tag);
        }
    }

    /**
     * An image scaled into the box; {@code alt} is its accessible alternative text, {@code span}
     * where the manuscript asks for it (so the painter can name the place of an image it cannot read).
     */
    record Picture(long x, long y, long width, long height, ImageFile file, String alt, SourceSpan span, Tag tag)
            implements FrameItem {
        public <R> R accept(Visitor<R> v) {
            return v.picture(this);
        }

        public Picture shift(long dx, long dy) {
            return new Picture(x + dx, y + dy, width, height, file, alt, span, tag);
        }
    }

    /**
     * A clickable area: to a named place in the document ({@code anchor}) or to a web address
     * ({@code uri}); exactly one of the two is non-null.
     */
    record LinkArea(long x, long y, long width, long height, String anchor, String uri, Tag tag) implements FrameItem {
        public <R> R accept(Visitor<R> v) {
            return v.link(this);
        }

        public LinkArea shift(long dx, long dy) {
            return new LinkArea(x + dx, y + dy, width, height, anchor, uri, tag);
        }
    }

    /** A named place links can go to (a chapter, a note, a note reference, a glossary entry). */
    record Anchor(String name, long x, long y) implements FrameItem {
        public <R> R accept(Visitor<R> v) {
            return v.anchor(this);
        }

        public Tag tag() {
            return Tag.LAYOUT;
        }

        public Anchor shift(long dx, long dy) {
            return new Anchor(name, x + dx, y + dy);
        }
    }
}
