package org.scholia.render.cover;

import org.scholia.model.Metadata;

/** Draws the cover of a book that has no cover image: PNG bytes of at least 1600 × 2560 pixels. */
@FunctionalInterface
public interface CoverArt {
    byte[] png(Metadata book);
}
