package org.scholia.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholia.annotate.Annotator;
import org.scholia.load.ManuscriptLoader;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;

/** A manuscript loaded and annotated, with its warnings and the time each step took. */
record PreparedBook(Book book, List<Diagnostic> warnings, long loadMillis, long annotateMillis) {

    static PreparedBook of(Path dir) throws ManuscriptException {
        List<Diagnostic> warnings = new ArrayList<>();
        long t0 = System.nanoTime();
        Book raw = new ManuscriptLoader().load(dir, warnings);
        long t1 = System.nanoTime();
        Book book;
        try {
            book = new Annotator().annotate(raw, warnings);
        } catch (ManuscriptException e) {
            // the loader's warnings belong in the same report as the passes' errors
            List<Diagnostic> all = new ArrayList<>(warnings);
            all.addAll(e.diagnostics());
            throw new ManuscriptException(all);
        }
        long t2 = System.nanoTime();
        return new PreparedBook(book, warnings, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    int termCount() {
        return book.glossary().entries().size();
    }
}
