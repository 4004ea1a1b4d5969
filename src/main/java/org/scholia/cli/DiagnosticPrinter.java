package org.scholia.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.scholia.model.Diagnostic;

/** Prints diagnostics as compilers do, ordered by file and line, errors and warnings counted. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.span().file())
                        .thenComparingInt(d -> d.span().line()).thenComparingInt(d -> d.span().column()))
                .forEach(d -> err.println(d.format()));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (!diagnostics.isEmpty()) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning") + ".");
        }
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
