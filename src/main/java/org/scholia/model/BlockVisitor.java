package org.scholia.model;

/** One method per kind of {@link Block}: adding a kind breaks every visitor at compile time. */
public interface BlockVisitor<R> {
    R heading(Block.Heading h);
    R paragraph(Block.Paragraph p);
    R quote(Block.Quote q);
    R list(Block.ListBlock l);
    R table(Block.Table t);
    R code(Block.CodeBlock c);
    R figure(Block.Figure f);
    R thematicBreak(Block.ThematicBreak t);
    R languageBlock(Block.LanguageBlock l);
}
