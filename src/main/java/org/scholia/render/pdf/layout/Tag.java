package org.scholia.render.pdf.layout;

/**
 * What a positioned item is in the book's structure: the structure element it belongs to,
 * chained to that element's parent, and so on up to a top-level element ({@code parent} null).
 * A tagged (PDF/UA) painter can rebuild the whole structure tree from the frames alone: group
 * items by {@link #id()}, hang each element under its {@link #parent()}. The chain is shared:
 * one Tag per block element, made once when the element is laid out (a link or note reference
 * gets its own small Tag on each line it covers).
 *
 * <p>The tree, with the ids the layout gives (derived from model ids, so they are unique in the
 * book and stable from build to build):
 * <pre>
 * CHAPTER "ch02" ─ HEADING "ch02-h" (level 1, the chapter title; its model id when that differs)
 *                ─ SECTION "ch02-s1" (its heading's model id) ─ HEADING "ch02-s1-h" (level 2…6),
 *                  and the blocks up to the next heading of its level or above ─ PARAGRAPH "ch02-p7"
 *                ─ LIST "ch02-l1" ─ LIST_ENTRY "ch02-l1-i2" ─ LIST_LABEL "…-i2-lbl" / LIST_ITEM "…-i2-body"
 *                ─ TABLE "ch02-t1" ─ TABLE_ROW "ch02-t1-r3" ─ TABLE_HEADER or TABLE_CELL "ch02-t1-r3-c2"
 *                ─ QUOTE "ch02-q1", CODE "ch02-c1", FIGURE "ch02-f1" ─ CAPTION "ch02-f1-cap"
 * NOTE "note-ch02-a" (its anchor, under the chapter) ─ NOTE "note-ch02-a-b1" (its paragraphs)
 * LINK "&lt;element&gt;&gt;&lt;destination&gt;" and NOTE_REFERENCE (the reference's anchor,
 *      "noteref-ch02-a-1"), under the element whose text they cover
 * GLOSSARY "glossary" ─ GLOSSARY_TERM (the entry's id) ─ its paragraphs
 * CONTENTS "toc" ─ HEADING "toc-h", TOC_ENTRY "toc-&lt;anchor&gt;"
 * TITLE_PAGE "title" ─ TITLE "title-title", "title-author", …
 * </pre>
 * An element the model gives no id (a note's paragraph, a list, a table, a code block) gets one
 * numbered in reading order within its chapter, note or glossary entry ("-b", "-l", "-t", "-c",
 * "-q", "-f", "-s" and a number), so ids are unique in the book and the same from build to
 * build of the same manuscript. The lines of one element split over pages or table slices keep
 * one tag, so a tagger joins them. Dot leaders belong to their contents line (they are set in
 * it), so they are not separate artifacts.
 * An artifact (not content) belongs to no element: its {@code id} names its kind instead, as
 * PDF's /Artifact /Type does: {@link #PAGINATION} (running heads, folios) or {@link #LAYOUT}
 * (rules, table lines, dot leaders, code tints).
 *
 * @param role   its structural role
 * @param level  heading level (1 = chapter title), list nesting depth, or 0
 * @param id     the structure element the item belongs to, never empty; for an artifact, its kind
 * @param parent the element's parent, or null for a top-level element and for artifacts
 */
public record Tag(Role role, int level, String id, Tag parent) {
    /** Running heads and page numbers. */
    public static final Tag PAGINATION = new Tag(Role.ARTIFACT, 0, "Pagination", null);
    /** Rules, table lines, dot leaders, the tint behind code. */
    public static final Tag LAYOUT = new Tag(Role.ARTIFACT, 0, "Layout", null);

    public Tag {
        // an empty id would merge unrelated elements in a structure tree: fail where it is made
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("a " + role + " tag needs an id");
    }

    /** A top-level element. */
    public static Tag root(Role role, String id) {
        return new Tag(role, 0, id, null);
    }

    /** An element inside this one. */
    public Tag child(Role role, int level, String id) {
        return new Tag(role, level, id, this);
    }

    /** An element inside this one, level 0. */
    public Tag child(Role role, String id) {
        return new Tag(role, 0, id, this);
    }

    /** The parent element's id, "" at the top. */
    public String parentId() {
        return parent == null ? "" : parent.id();
    }
}
