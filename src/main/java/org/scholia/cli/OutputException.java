package org.scholia.cli;

import java.io.IOException;

/**
 * The outputs cannot be written for a reason outside the manuscript that the user can fix (a
 * full disk, a read-only folder, a file in the way, a SOURCE_DATE_EPOCH no output can hold):
 * exit code 2, not a bug in Scholia.
 */
final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    OutputException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    OutputException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do about it. */
    String hint() {
        return hint;
    }
}
