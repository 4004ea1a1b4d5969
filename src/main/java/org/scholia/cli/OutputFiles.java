package org.scholia.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes outputs so that a failed build never leaves a truncated file and never touches the
 * previous good ones: each output goes to a hidden temporary file in the output folder, and
 * only when every output is complete are they moved into place.
 */
final class OutputFiles implements AutoCloseable {
    private final Path folder;
    // editions may be written on two threads at once
    private final Map<Path, Path> pending = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    OutputFiles(Path folder) throws IOException {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new OutputException(folder + " exists and is not a folder.",
                    "Give -o a folder name, or move the file " + folder + " away.");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new OutputException("Cannot create the output folder " + folder + ": permission denied.",
                    "Build into a folder you may write to, with -o.");
        }
    }

    /** The output folder cannot take the outputs: bad input (exit code 2), not a bug. */
    static final class OutputException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        OutputException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /** Something that writes one output to a stream. */
    interface Writer {
        void write(OutputStream out) throws Exception;
    }

    /** Writes an output to its temporary file; it is moved into place by {@link #commit}. */
    void write(String fileName, Writer writer) throws Exception {
        // not Files.createTempFile: its owner-only permissions would stay on the finished file
        Path temp = folder.resolve("." + fileName + "." + Long.toHexString(random.nextLong()) + ".part");
        pending.put(temp, folder.resolve(fileName));
        try {
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (java.nio.file.AccessDeniedException e) {
            throw new OutputException("Cannot write in the output folder " + folder + ": permission denied.",
                    "Build into a folder you may write to, with -o.");
        }
        try (OutputStream out = new java.io.BufferedOutputStream(
                Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
            writer.write(out);
        }
    }

    /**
     * Moves every written output into place. A target that cannot be replaced (a folder of the
     * same name) is found before anything moves, so a failure leaves every previous output as it was.
     */
    synchronized void commit() throws IOException {
        for (Path target : pending.values()) {
            if (Files.isDirectory(target)) {
                throw new OutputException(target + " is a folder; the output file cannot replace it.",
                        "Move or delete the folder " + target + ", or build into another folder with -o.");
            }
        }
        for (var e : pending.entrySet()) {
            try {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        pending.clear();
    }

    /** Deletes the temporary files of an unfinished build. */
    @Override
    public synchronized void close() {
        for (Path temp : pending.keySet()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray hidden .part file is harmless and the build already failed
            }
        }
    }
}
