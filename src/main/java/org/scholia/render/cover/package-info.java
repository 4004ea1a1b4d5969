/**
 * The book's cover when its author gave none: a typographic cover drawn from the metadata
 * (title, subtitle, authors) in the book's fonts. Used by the EPUB; depends on the model and on
 * the PDF renderer's font library (for the same fonts), nothing else.
 */
package org.scholia.render.cover;
