package org.scholia.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.render.PageMap;
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
            description = "Build only these editions: pdf, epub, print (comma-separated).")
    List<Edition> only;

    @Option(names = "--timings", description = "Print how long each step took (on standard error).")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        var err = spec.commandLine().getErr();
        PreparedBook prepared = PreparedBook.of(dir);
        Book book = prepared.book();
        List<Diagnostic> warnings = new ArrayList<>(prepared.warnings());
        EnumSet<Edition> editions = only == null || only.isEmpty() ? EnumSet.allOf(Edition.class) : EnumSet.copyOf(only);
        Instant modified = buildTime();
        // a bad style profile is reported before the output folder is touched
        Profile handout = editions.contains(Edition.PDF) ? new ProfileLoader().load(book.root(), "handout") : null;

        List<String> written = new ArrayList<>();
        List<String> timingLines = new ArrayList<>();
        timingLines.add("timing load " + prepared.loadMillis() + " ms");
        timingLines.add("timing annotate " + prepared.annotateMillis() + " ms");
        Optional<PageMap> pages = Optional.empty();
        List<Edition> unavailable = new ArrayList<>();
        try (OutputFiles files = new OutputFiles(out)) {
            for (Edition e : editions) {
                long t = System.nanoTime();
                Optional<PageMap> result = Editions.render(e, book, handout, pages, modified, files, warnings);
                if (result == null) {
                    unavailable.add(e);
                    continue;
                }
                if (result.isPresent()) pages = result;
                timingLines.add("timing " + e.name().toLowerCase(Locale.ROOT) + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
                written.add(e.fileName(book.slug()));
            }
            files.commit();
        }
        DiagnosticPrinter.print(warnings, err);
        for (Edition e : unavailable) err.println(e.fileName(book.slug()) + ": the " + e.title() + " is not available yet.");
        if (timings) timingLines.forEach(err::println);
        spec.commandLine().getOut().println(summary(book, pages, written, (System.nanoTime() - start) / 1_000_000));
        return Main.OK;
    }

    private String summary(Book book, Optional<PageMap> pages, List<String> written, long millis) throws java.io.IOException {
        StringBuilder sb = new StringBuilder("Built ").append(book.slug()).append(": ")
                .append(DiagnosticPrinter.plural(book.chapters().size(), "chapter")).append(", ")
                .append(DiagnosticPrinter.plural(book.noteCount(), "note")).append(", ")
                .append(DiagnosticPrinter.plural(book.glossary().entries().size(), "term"));
        pages.ifPresent(p -> sb.append(", ").append(DiagnosticPrinter.plural(p.pages().size(), "page")));
        sb.append(written.isEmpty() ? "; nothing written" : " →");
        for (int i = 0; i < written.size(); i++) {
            Path f = out.resolve(written.get(i));
            sb.append(i == 0 ? " " : ", ").append(f).append(" (").append(size(Files.size(f))).append(")");
        }
        return sb.append(String.format(Locale.ROOT, " in %.1f s", millis / 1000.0)).toString();
    }

    private static String size(long bytes) {
        return bytes < 10_240 ? bytes + " B" : bytes < 10L << 20 ? (bytes >> 10) + " KB" : (bytes >> 20) + " MB";
    }

    /** SOURCE_DATE_EPOCH when set (reproducible builds), else now to the second. */
    static Instant buildTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) return Instant.ofEpochSecond(Long.parseLong(epoch));
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
