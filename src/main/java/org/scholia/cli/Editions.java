package org.scholia.cli;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.render.PageMap;
import org.scholia.render.epub.EpubRenderer;
import org.scholia.render.pdf.PdfRenderer;
import org.scholia.style.Profile;

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
    static Optional<PageMap> render(Edition edition, Book book, Profile handout, Optional<PageMap> pages, Instant modified,
                                    OutputFiles files, List<Diagnostic> warnings) throws Exception {
        switch (edition) {
            case EPUB:
                files.write(edition.fileName(book.slug()), out -> new EpubRenderer().render(book, pages, modified, out));
                return Optional.empty();
            case PDF: {
                PageMap[] map = new PageMap[1];
                files.write(edition.fileName(book.slug()),
                        out -> map[0] = new PdfRenderer(handout).render(book, modified, out, warnings));
                return Optional.of(map[0]);
            }
            case PRINT:
            default:
                return null;
        }
    }
}
