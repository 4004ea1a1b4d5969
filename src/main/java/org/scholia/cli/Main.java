package org.scholia.cli;

import java.io.PrintWriter;
import org.scholia.model.ManuscriptException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The scholia command: build, check and init. Exit codes: 0 done, 1 internal error (a bug in
 * Scholia: a short report, no stack trace unless SCHOLIA_DEBUG is set), 2 bad input (the
 * manuscript or the command line; every problem printed with file:line:column and a fix).
 */
@Command(name = "scholia", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compiles an annotated manuscript (Markdown chapters, footnotes, a glossary) "
                + "into a PDF handout, an EPUB 3 and a classroom print PDF.",
        subcommands = {BuildCommand.class, CheckCommand.class, InitCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error (please report it)", "2:bad input: the manuscript or the command line"})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit code (used by tests in-process). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ManuscriptException m) {
                DiagnosticPrinter.print(m.diagnostics(), err);
                err.println("Nothing was written: fix the errors above and build again.");
                return BAD_INPUT;
            }
            if (e instanceof OutputException o) {
                err.println("error: " + o.getMessage());
                err.println("    fix: " + o.hint());
                return BAD_INPUT;
            }
            err.println("scholia: internal error: " + e);
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0) err.println("    at " + trace[0]);
            if (System.getenv("SCHOLIA_DEBUG") != null) e.printStackTrace(err);
            err.println("This is a bug in Scholia, not in your manuscript. Please report it with the lines above.");
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest ("dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"scholia " + (v == null ? "dev" : v)};
        }
    }
}
