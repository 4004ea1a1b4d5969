package org.scholia.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the editions so that a build replaces the previous ones together or not at all, and
 * never leaves a truncated file. Each edition goes to a hidden temporary file in the output
 * folder; when all are complete, {@link #commit} moves them into place, rolling back the ones
 * already moved if a later move fails. Temporary names carry the process id, so a later build
 * can remove what a killed one left (see {@link Leftovers}).
 */
final class OutputFiles implements AutoCloseable {
    /** Moves a finished file over its target; a seam so that tests can make a move fail. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** Something that writes one output to a stream. */
    interface Writer {
        void write(OutputStream out) throws Exception;
    }

    private final Path folder;
    private final Mover mover;
    // editions may be written on two threads at once
    private final Map<Path, Path> pending = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Leftovers leftovers;

    OutputFiles(Path folder) throws IOException {
        this(folder, Leftovers::replace);
    }

    OutputFiles(Path folder, Mover mover) throws IOException {
        this.folder = folder;
        this.mover = mover;
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputException(folder + " exists and is not a folder.",
                    "Give -o a folder name, or move the file " + folder + " away.");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw FileSystemTrouble.explain("create the output folder " + folder, folder, e);
        }
        this.leftovers = new Leftovers(folder);
        leftovers.removeDead();
    }

    /** Writes an output to its temporary file; it is moved into place by {@link #commit}. */
    void write(String fileName, Writer writer) throws Exception {
        Path target = folder.resolve(fileName);
        Path temp = leftovers.temporary(fileName, "part");
        pending.put(temp, target);
        OutputStream file;
        try {
            // not Files.createTempFile: its owner-only permissions would stay on the finished file
            file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw FileSystemTrouble.explain("write in the output folder " + folder, folder, e);
        }
        try (OutputStream out = new java.io.BufferedOutputStream(new Guarded(file, target), 1 << 16)) {
            writer.write(out);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof OutputException o) throw o;
            throw e;
        }
    }

    /**
     * Moves every written output into place, all or none. Each previous edition is first kept
     * under a hidden name (a hard link, so the edition itself never disappears); if a move
     * fails, the editions already moved are put back from those and the build fails with the
     * system's reason. A target that cannot be replaced (a folder of the same name) is found
     * before anything moves.
     */
    synchronized void commit() throws IOException {
        for (Path target : pending.values()) {
            if (Files.isDirectory(target)) {
                throw new OutputException(target + " is a folder; the output file cannot replace it.",
                        "Move or delete the folder " + target + ", or build into another folder with -o.");
            }
        }
        Map<Path, Path> kept = new LinkedHashMap<>();  // target → its previous edition
        try {
            for (Path target : pending.values()) {
                if (Files.exists(target)) kept.put(target, leftovers.keep(target));
            }
        } catch (IOException e) {
            kept.values().forEach(Leftovers::delete);
            throw FileSystemTrouble.explain("keep the previous editions while replacing them", folder, e);
        }
        List<Path> moved = new ArrayList<>();
        for (var e : pending.entrySet()) {
            try {
                mover.move(e.getKey(), e.getValue());
                moved.add(e.getValue());
            } catch (IOException x) {
                rollBack(moved, kept);
                throw FileSystemTrouble.explain("replace " + e.getValue(), e.getValue(), x);
            }
        }
        pending.clear();
        kept.values().forEach(Leftovers::delete);
    }

    /** Puts the previous editions back over the ones already moved in (or removes a new one). */
    private void rollBack(List<Path> moved, Map<Path, Path> kept) {
        for (Path target : moved) {
            Path previous = kept.remove(target);
            try {
                if (previous != null) Leftovers.replace(previous, target);
                else Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the same move worked a moment ago; if it fails now the kept copy stays beside it
            }
        }
        kept.values().forEach(Leftovers::delete);
    }

    /** Deletes the temporary files of an unfinished build. */
    @Override
    public synchronized void close() {
        pending.keySet().forEach(Leftovers::delete);
    }

    /** A file stream whose failures (a full disk) name the file and say what to do. */
    private static final class Guarded extends FilterOutputStream {
        private final Path target;

        Guarded(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw explain(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw explain(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw explain(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw explain(e);
            }
        }

        private OutputException explain(IOException e) {
            return FileSystemTrouble.explain("write " + target, target, e);
        }
    }
}
