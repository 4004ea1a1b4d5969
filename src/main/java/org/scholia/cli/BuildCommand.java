package org.scholia.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** scholia build: writes the PDF handout, the EPUB and the classroom print PDF. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the editions of a manuscript: OUT/<slug>.pdf, OUT/<slug>.epub, OUT/<slug>-print.pdf.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "manuscript", paramLabel = "DIR",
            description = "The manuscript folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = {"-o", "--output"}, defaultValue = "out", paramLabel = "OUT",
            description = "Where to write the editions (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--only", split = ",", paramLabel = "EDITION",
            description = "Build only these editions: pdf, epub, print, booklet (comma-separated).")
    List<Edition> only;

    @Option(names = "--booklet", description = "Also write OUT/<slug>-booklet.pdf, the print edition imposed for "
            + "folding (as 'booklet: true' in styles/classroom.yaml does).")
    boolean booklet;

    @Option(names = "--timings", description = "Print how long each step took (on standard error).")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        var err = spec.commandLine().getErr();
        refuseManuscriptAsOutput();
        PreparedBook prepared = PreparedBook.of(dir);
        Book book = prepared.book();
        List<Diagnostic> warnings = new ArrayList<>(prepared.warnings());
        Instant modified = buildTime();
        // bad style profiles are reported before the output folder is touched
        boolean printed = only == null || only.isEmpty() || only.stream().anyMatch(e -> e != Edition.PDF);
        Profile classroom = printed ? new ProfileLoader().load(book.root(), "classroom") : null;
        EnumSet<Edition> editions = editions(classroom);
        Profile handout = editions.contains(Edition.PDF) ? new ProfileLoader().load(book.root(), "handout") : null;

        List<Editions.Written> written = new ArrayList<>();
        List<String> timingLines = new ArrayList<>();
        timingLines.add("timing load " + prepared.loadMillis() + " ms");
        timingLines.add("timing annotate " + prepared.annotateMillis() + " ms");
        List<Diagnostic> found = java.util.Collections.synchronizedList(warnings);
        try (OutputFiles files = new OutputFiles(out)) {
            Editions renderers = new Editions(book, modified, files, found, handout, classroom);
            if (editions.contains(Edition.EPUB)) renderers.startCover();
            // the handout is set beside the print edition: each layout leaves one of the two
            // cores idle in its serial parts (glossary, front matter, writing the file)
            boolean beside = editions.contains(Edition.PDF) && editions.size() > 1;
            ExecutorService pool = beside ? Executors.newSingleThreadExecutor() : null;
            try {
                Future<Timed> handoutDone = beside ? pool.submit(() -> timed(renderers, Edition.PDF)) : null;
                List<Timed> done = new ArrayList<>();
                for (Edition e : editions) if (!beside || e != Edition.PDF) done.add(timed(renderers, e));
                if (beside) done.add(0, join(handoutDone));
                for (Timed t : done) {
                    written.add(t.written());
                    timingLines.add("timing " + t.written().edition().name().toLowerCase(Locale.ROOT) + " " + t.millis() + " ms");
                }
            } finally {
                if (pool != null) {
                    pool.shutdown();
                    // never delete the temporary files while the handout is still being written
                    pool.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.DAYS);
                }
            }
            files.commit();
        }
        // two editions laid out from one manuscript report its missing characters alike: once is enough
        warnings = new ArrayList<>(new LinkedHashSet<>(warnings));
        DiagnosticPrinter.print(warnings, err);
        if (timings) timingLines.forEach(err::println);
        spec.commandLine().getOut().println(summary(book, written, (System.nanoTime() - start) / 1_000_000));
        return Main.OK;
    }

    /**
     * The editions may not land among the chapters: the next build would read a stray file, and
     * a clean-up of the output folder would delete the manuscript.
     */
    private void refuseManuscriptAsOutput() throws OutputException {
        Path manuscript;
        Path output;
        try {
            manuscript = dir.toRealPath();
            output = Files.exists(out) ? out.toRealPath() : out.toAbsolutePath().normalize();
        } catch (java.io.IOException e) {
            return;  // a manuscript folder that cannot be resolved is reported by the loader
        }
        if (output.equals(manuscript)) {
            throw new OutputException("The output folder " + out + " is the manuscript folder.",
                    "Build into another folder, e.g. 'scholia build " + dir + " -o out'.");
        }
    }

    /** An edition written, and how long it took. */
    private record Timed(Editions.Written written, long millis) {
    }

    private static Timed timed(Editions renderers, Edition e) throws Exception {
        long t = System.nanoTime();
        Editions.Written w = renderers.render(e);
        return new Timed(w, (System.nanoTime() - t) / 1_000_000);
    }

    /** The handout's result; its failure is the build's, as if it had run on this thread. */
    private static Timed join(Future<Timed> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Every edition unless --only names some; the booklet only when asked for. */
    private EnumSet<Edition> editions(Profile classroom) {
        if (only != null && !only.isEmpty()) return EnumSet.copyOf(only);
        EnumSet<Edition> all = EnumSet.allOf(Edition.class);
        if (!booklet && !classroom.booklet().enabled()) all.remove(Edition.BOOKLET);
        return all;
    }

    /**
     * "Built real-socialism: 5 chapters, 34 notes, 28 terms → out/real-socialism.pdf (22 pages,
     * 180 KB), out/real-socialism-print.pdf (30 pages, 15 sheets duplex per copy, 190 KB), …"
     */
    private String summary(Book book, List<Editions.Written> written, long millis) throws java.io.IOException {
        StringBuilder sb = new StringBuilder("Built ").append(book.slug()).append(": ")
                .append(DiagnosticPrinter.plural(book.chapters().size(), "chapter")).append(", ")
                .append(DiagnosticPrinter.plural(book.noteCount(), "note")).append(", ")
                .append(DiagnosticPrinter.plural(book.glossary().entries().size(), "term"));
        sb.append(written.isEmpty() ? "; nothing written" : " →");
        for (int i = 0; i < written.size(); i++) {
            Editions.Written w = written.get(i);
            Path f = out.resolve(w.fileName());
            sb.append(i == 0 ? " " : ", ").append(f).append(" (");
            w.pages().ifPresent(p -> sb.append(pages(w.edition(), p.pageCount())).append(", "));
            sb.append(size(Files.size(f))).append(")");
        }
        return sb.append(String.format(Locale.ROOT, " in %.1f s", millis / 1000.0)).toString();
    }

    /** Pages, and for the editions a teacher prints, the sheets one copy takes. */
    private static String pages(Edition edition, int pages) {
        String count = DiagnosticPrinter.plural(pages, "page");
        return switch (edition) {
            case PRINT -> count + ", " + DiagnosticPrinter.plural((pages + 1) / 2, "sheet") + " duplex per copy";
            case BOOKLET -> count + ", " + DiagnosticPrinter.plural((pages + 3) / 4, "sheet") + " duplex per copy, folded";
            case PDF, EPUB -> count;
        };
    }

    private static String size(long bytes) {
        return bytes < 10_240 ? bytes + " B" : bytes < 10L << 20 ? (bytes >> 10) + " KB" : (bytes >> 20) + " MB";
    }

    /** The latest date every output format can hold: 9999-12-31T23:59:59Z. */
    static final long LAST_EPOCH_SECOND = 253_402_300_799L;

    /** SOURCE_DATE_EPOCH when set (reproducible builds), else now to the second. */
    static Instant buildTime() throws OutputException {
        return buildTime(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /**
     * A date the outputs can all hold: whole seconds from 1970 to the end of 9999 (PDF and
     * EPUB dates have four-digit years; ZIP entries before 1980 are dated 1980, see OcfWriter).
     * Anything else is refused by name rather than ignored, so a reproducible build is never
     * silently dated now.
     */
    static Instant buildTime(String epoch) throws OutputException {
        if (epoch == null || epoch.isEmpty()) return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long seconds = epoch.matches("\\d{1,12}") ? Long.parseLong(epoch) : -1;
        if (seconds < 0 || seconds > LAST_EPOCH_SECOND) {
            throw new OutputException("SOURCE_DATE_EPOCH is '" + printable(epoch)
                    + "': not a whole number of seconds since 1970 up to the end of the year 9999.",
                    "Set SOURCE_DATE_EPOCH to a date in seconds, for instance $(git log -1 --format=%ct), or unset it.");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static String printable(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
