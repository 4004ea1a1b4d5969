package org.scholia.cli;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.render.PageMap;

/** Calls the renderer of each edition. */
final class Editions {
    private Editions() {
    }

    /**
     * Renders one edition into the output files.
     *
     * @return the page map when the edition is a laid-out PDF, empty for others, null when the
     *         edition has no renderer yet
     */
    static Optional<PageMap> render(Edition edition, Book book, Optional<PageMap> pages, Instant modified,
                                    OutputFiles files, List<Diagnostic> warnings) throws Exception {
        switch (edition) {
            case PDF:
            case EPUB:
            case PRINT:
            default:
                return null;
        }
    }
}
