package org.scholia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** scholia check: loads and annotates without rendering, prints every diagnostic. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a manuscript without writing anything: prints every error and warning.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "manuscript", paramLabel = "DIR",
            description = "The manuscript folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--strict", description = "Treat warnings as errors (exit code 2 on any warning).")
    boolean strict;

    @Option(names = "--timings", description = "Print how long each step took (on standard error).")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        PreparedBook p = PreparedBook.of(dir);
        // the style profile is part of the manuscript: a build would refuse a bad one
        new org.scholia.style.ProfileLoader().load(p.book().root(), "handout");
        DiagnosticPrinter.print(p.warnings(), err);
        if (timings) {
            err.println("timing load " + p.loadMillis() + " ms");
            err.println("timing annotate " + p.annotateMillis() + " ms");
        }
        out.println(p.book().slug() + ": " + DiagnosticPrinter.plural(p.book().chapters().size(), "chapter") + ", "
                + DiagnosticPrinter.plural(p.book().noteCount(), "note") + ", "
                + DiagnosticPrinter.plural(p.termCount(), "term") + "; no errors, "
                + DiagnosticPrinter.plural(p.warnings().size(), "warning") + ".");
        if (strict && !p.warnings().isEmpty()) {
            err.println("--strict: warnings count as errors.");
            return Main.BAD_INPUT;
        }
        return Main.OK;
    }
}
