package org.scholia.cli;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.render.PageMap;
import org.scholia.render.cover.TypographicCover;
import org.scholia.render.epub.EpubRenderer;
import org.scholia.render.pdf.FontLibraries;
import org.scholia.render.pdf.PdfRenderer;
import org.scholia.style.Profile;

/**
 * Calls the renderer of each edition, one build's worth: each PDF edition is laid out once,
 * and the EPUB's page markers are the print edition's pages — taken from the print edition
 * when it was written in this build, else from a layout of it made for the purpose.
 */
final class Editions {
    private final Book book;
    private final Instant modified;
    private final OutputFiles files;
    private final List<Diagnostic> warnings;
    private final Profile handout;
    private final Profile classroom;
    private PageMap printPages;
    private final FontLibraries fonts = new FontLibraries();
    private CompletableFuture<byte[]> cover;

    /**
     * @param handout   the handout's profile, or null when the build writes no handout
     * @param classroom the classroom profile, or null when the build writes neither the print
     *                  edition, the booklet nor the EPUB
     */
    Editions(Book book, Instant modified, OutputFiles files, List<Diagnostic> warnings, Profile handout, Profile classroom) {
        this.book = book;
        this.modified = modified;
        this.files = files;
        this.warnings = warnings;
        this.handout = handout;
        this.classroom = classroom;
    }

    /** What a written edition is, for the build's summary: its pages, none for the EPUB. */
    record Written(Edition edition, String fileName, Optional<PageMap> pages) {
    }

    /** Renders one edition into the output files. */
    Written render(Edition edition) throws Exception {
        String name = edition.fileName(book.slug());
        PageMap[] map = new PageMap[1];
        switch (edition) {
            case PDF -> files.write(name, out -> map[0] = new PdfRenderer(handout, fonts).render(book, modified, out, warnings));
            case PRINT -> {
                files.write(name, out -> map[0] = new PdfRenderer(classroom, fonts).render(book, modified, out, warnings));
                printPages = map[0];
            }
            case BOOKLET -> files.write(name, out -> map[0] = new PdfRenderer(classroom, fonts).renderBooklet(book, modified, out, warnings));
            case EPUB -> {
                PageMap pages = printPages();
                CompletableFuture<byte[]> cover = startCover();
                files.write(name, out -> new EpubRenderer(m -> cover.join()).render(book, Optional.of(pages), modified, out));
            }
        }
        return new Written(edition, name, Optional.ofNullable(map[0]));
    }

    /**
     * Starts drawing the EPUB's generated cover, if the book needs one, so that it is drawn while
     * the PDFs are laid out rather than inside the EPUB phase. Set in the print edition's fonts:
     * the book's own when its profile names some. Idempotent.
     */
    synchronized CompletableFuture<byte[]> startCover() {
        if (cover == null) {
            cover = book.metadata().generatedCover()
                    ? CompletableFuture.supplyAsync(() -> TypographicCover.of(fonts.of(classroom),
                            classroom.fonts().headings(), classroom.fonts().body()).png(book.metadata()))
                    : CompletableFuture.completedFuture(null);
        }
        return cover;
    }

    /**
     * The print edition's pages. Without the print edition in this build, it is laid out (not
     * painted) for them; its warnings are the ones the print edition would give.
     */
    private PageMap printPages() {
        if (printPages == null) printPages = new PdfRenderer(classroom, fonts).layout(book, warnings).pageMap();
        return printPages;
    }
}
