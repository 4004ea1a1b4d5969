package org.scholia.model;

import java.util.List;

/**
 * Thrown when the manuscript cannot be built: carries every diagnostic found so far,
 * at least one of them an error. The CLI prints them and exits with code 2.
 */
public final class ManuscriptException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public ManuscriptException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).findFirst()
                .map(Diagnostic::format).orElse("manuscript error"));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ManuscriptException(Diagnostic error) {
        this(List.of(error));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
