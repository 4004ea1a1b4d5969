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
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    OutputFiles(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
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
        try (OutputStream out = new java.io.BufferedOutputStream(
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
            writer.write(out);
        }
    }

    /** Moves every written output into place. */
    void commit() throws IOException {
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
    public void close() {
        for (Path temp : pending.keySet()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray hidden .part file is harmless and the build already failed
            }
        }
    }
}
