package org.scholia.model;

/**
 * A problem found in the manuscript, with where it is and what to do about it.
 *
 * @param code    a short stable name ("unknown-term", "note-not-cited"), useful for tests and filters
 * @param message what is wrong, in plain language
 * @param hint    what the author should do; never empty
 */
public record Diagnostic(Severity severity, String code, SourceSpan span, String message, String hint) {

    public static Diagnostic error(String code, SourceSpan span, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, span, message, hint);
    }

    public static Diagnostic warning(String code, SourceSpan span, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, span, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "file:line:column: error: message" followed by an indented "fix:" line, as compilers print. */
    public String format() {
        String level = severity == Severity.ERROR ? "error" : "warning";
        return span + ": " + level + ": " + message + "\n    fix: " + hint;
    }
}
