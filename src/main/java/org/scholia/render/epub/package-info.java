/**
 * The EPUB 3 renderer: an annotated {@link org.scholia.model.Book} (and optionally the print
 * edition's {@link org.scholia.render.PageMap}) in, an EPUB file out. The only public type is
 * {@link org.scholia.render.epub.EpubRenderer}.
 *
 * <p>One class per responsibility: {@code EpubPlan} plans file names and anchors;
 * {@code ChapterWriter}, {@code GlossaryWriter}, {@code FrontMatterWriter} and {@code NavWriter}
 * write the content documents, with {@code BlockWriter}, {@code InlineWriter} and
 * {@code NoteWriter} for their parts, all through the streaming {@code Xhtml} writer;
 * {@code PackageWriter} writes the EPUB 3 package document and {@code OcfWriter} the ZIP
 * container. epub4j is used only in {@code EpubRenderer}: its book model holds the resources
 * and the table of contents, and it writes the NCX.
 */
package org.scholia.render.epub;
