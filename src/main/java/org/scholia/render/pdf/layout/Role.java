package org.scholia.render.pdf.layout;

/**
 * The structural role of a positioned item, carried from layout to paint so that a tagged
 * (PDF/UA) painter can build the structure tree without guessing: the names follow the PDF
 * standard structure types where there is one.
 */
public enum Role {
    /** A chapter: its title and everything in it (Part). */
    CHAPTER,
    /** A section opened by a heading; the heading line itself is tagged HEADING (Sect). */
    SECTION,
    /** A list (L); its entries are LIST_ENTRY. */
    LIST,
    /** One entry of a list, holding its label and body (LI). */
    LIST_ENTRY,
    /** A table (Table). */
    TABLE,
    /** A table row (TR). */
    TABLE_ROW,
    /** The glossary (L of terms and definitions). */
    GLOSSARY,
    /** The table of contents (TOC). */
    CONTENTS,
    /** The title page (Sect). */
    TITLE_PAGE,
    /** The title page's lines. */
    TITLE,
    /** A chapter title or section heading ({@link Tag#level()} gives H1…H6). */
    HEADING,
    /** A paragraph of running text (P). */
    PARAGRAPH,
    /** A block quotation (BlockQuote). */
    QUOTE,
    /** A list item's label: bullet or number (Lbl). */
    LIST_LABEL,
    /** A list item's body (LBody). */
    LIST_ITEM,
    /** A table header cell (TH). */
    TABLE_HEADER,
    /** A table body cell (TD). */
    TABLE_CELL,
    /** Preformatted code (Code). */
    CODE,
    /** An image; its alternate text is on the item (Figure). */
    FIGURE,
    /** A figure's caption (Caption). */
    CAPTION,
    /** Footnote text (Note). */
    NOTE,
    /** A footnote reference mark in running text (Reference). */
    NOTE_REFERENCE,
    /** A link area (Link). */
    LINK,
    /** An entry of the table of contents (TOCI). */
    TOC_ENTRY,
    /** A glossary headword (Lbl inside the glossary's list). */
    GLOSSARY_TERM,
    /** Decoration that is not content: running heads, page numbers, rules (Artifact). */
    ARTIFACT
}
