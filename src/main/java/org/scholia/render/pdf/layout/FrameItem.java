package org.scholia.render.pdf.layout;

import org.scholia.model.ImageFile;
import org.scholia.render.pdf.text.Line;

/**
 * One positioned thing on a page frame. Coordinates are scaled points measured from the
 * page's top-left corner (y grows downwards), or, inside a {@link FlowPiece}, from the piece's
 * top-left corner; the painter converts to PDF's bottom-up space. Items are plain data: the
 * painter draws them without making any layout decision.
 */
public sealed interface FrameItem {

    Tag tag();

    /** The same item moved by (dx, dy). */
    FrameItem shift(long dx, long dy);

    /** A set line of text; runs are positioned from {@code x}, on the baseline {@code baseline}. */
    record TextLine(long x, long baseline, Line line, Tag tag) implements FrameItem {
        public TextLine shift(long dx, long dy) {
            return new TextLine(x + dx, baseline + dy, line, tag);
        }
    }

    /** A filled rectangle: rules, table lines. {@code y} is the rectangle's top edge. */
    record Rule(long x, long y, long width, long thickness, int rgb, Tag tag) implements FrameItem {
        public Rule shift(long dx, long dy) {
            return new Rule(x + dx, y + dy, width, thickness, rgb, tag);
        }
    }

    /** An image scaled into the box; {@code alt} is its accessible alternative text. */
    record Picture(long x, long y, long width, long height, ImageFile file, String alt, Tag tag) implements FrameItem {
        public Picture shift(long dx, long dy) {
            return new Picture(x + dx, y + dy, width, height, file, alt, tag);
        }
    }

    /**
     * A clickable area: to a named place in the document ({@code anchor}) or to a web address
     * ({@code uri}); exactly one of the two is non-null.
     */
    record LinkArea(long x, long y, long width, long height, String anchor, String uri, Tag tag) implements FrameItem {
        public LinkArea shift(long dx, long dy) {
            return new LinkArea(x + dx, y + dy, width, height, anchor, uri, tag);
        }
    }

    /** A named place links can go to (a chapter, a note, a note reference, a glossary entry). */
    record Anchor(String name, long x, long y) implements FrameItem {
        public Tag tag() {
            return Tag.ARTIFACT;
        }

        public Anchor shift(long dx, long dy) {
            return new Anchor(name, x + dx, y + dy);
        }
    }
}
