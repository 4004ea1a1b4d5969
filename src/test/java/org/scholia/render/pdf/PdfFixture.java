package org.scholia.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scholia.annotate.Annotator;
import org.scholia.load.ManuscriptLoader;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;
import org.scholia.render.PageMap;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/** Loads a manuscript the way the CLI does and renders its PDF handout, for tests. */
final class PdfFixture {
    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    /** The rendered PDF with what the renderer returned. */
    record Rendered(Book book, byte[] pdf, PageMap pageMap, List<Diagnostic> warnings) {
    }

    private PdfFixture() {
    }

    static Book load(Path dir) throws ManuscriptException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Book book = new ManuscriptLoader().load(dir, diagnostics);
        return new Annotator().annotate(book, diagnostics);
    }

    static Rendered render(Path dir) throws ManuscriptException, IOException {
        Book book = load(dir);
        Profile profile = new ProfileLoader().load(dir, "handout");
        return render(book, profile);
    }

    static Rendered render(Book book, Profile profile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Diagnostic> warnings = new ArrayList<>();
        PageMap map = new PdfRenderer(profile).render(book, CREATED, out, warnings);
        return new Rendered(book, out.toByteArray(), map, warnings);
    }

    /** The repository's default manuscript. */
    static Path defaultManuscript() {
        Path p = Path.of("manuscript");
        if (!Files.isDirectory(p)) throw new IllegalStateException("run from the repository root");
        return p;
    }

    /** Writes the PDF under target/ so a person can look at it. */
    static Path keep(Rendered r, String name) throws IOException {
        Path out = Path.of("target", "pdf-tests", name);
        Files.createDirectories(out.getParent());
        Files.write(out, r.pdf());
        return out;
    }
}
