package org.scholia.load;

import java.util.List;
import org.scholia.model.Metadata;
import org.scholia.model.SourceSpan;

/**
 * What book.yaml says, before the chapters are read: the metadata, the chapter files in
 * order (each with where it was listed) and the glossary file.
 *
 * @param glossaryExplicit whether book.yaml named the glossary (then it must exist)
 * @param smart            typographic quotes, dashes and ellipses ({@code smart:}, default true);
 *                         the loader applies it, so it is not part of the model
 */
record BookConfig(Metadata metadata, List<FileRef> chapters, FileRef glossary, boolean glossaryExplicit,
                  boolean smart) {

    /** A file named in book.yaml, with the place it was named. */
    record FileRef(String path, SourceSpan listedAt) {
    }
}
