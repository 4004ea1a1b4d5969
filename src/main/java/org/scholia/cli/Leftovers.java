package org.scholia.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden files a build keeps beside its outputs while it works: the new editions being
 * written ({@code .book.pdf.<pid>.<random>.part}) and, while they are moved in, the previous
 * ones ({@code ….old}). A build killed with {@code kill -9} cannot remove them, so the next
 * build does: it removes those whose process is gone, and only files of this shape, so nothing
 * else in the output folder and nothing of a build still running is touched.
 */
final class Leftovers {
    private static final Pattern OURS = Pattern.compile("\\..+\\.(\\d{1,10})\\.[0-9a-f]{1,16}\\.(part|old)");
    // the names builds before process ids were used in them: removed once they are an hour old
    private static final Pattern OLDER = Pattern.compile("\\..+\\.(pdf|epub)\\.[0-9a-f]{1,16}\\.part");
    private static final Duration OLDER_AGE = Duration.ofHours(1);

    private final Path folder;
    private final long pid = ProcessHandle.current().pid();
    private final SecureRandom random = new SecureRandom();

    Leftovers(Path folder) {
        this.folder = folder;
    }

    /** A new hidden name for a temporary of {@code fileName} ("part" or "old"). */
    Path temporary(String fileName, String kind) {
        return folder.resolve("." + fileName + "." + pid + "." + Long.toHexString(random.nextLong()) + "." + kind);
    }

    /** Keeps the previous edition {@code target} under a hidden name without removing it. */
    Path keep(Path target) throws IOException {
        Path kept = temporary(target.getFileName().toString(), "old");
        try {
            Files.createLink(kept, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            // a file system without hard links, or a file that may not be linked: a copy does
            Files.copy(target, kept, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return kept;
    }

    /** Removes the temporaries of builds that are no longer running. */
    void removeDead() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.{part,old}")) {
            for (Path f : files) {
                if (dead(f.getFileName().toString(), f)) delete(f);
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable folder shows itself when the editions are written into it
        }
    }

    private boolean dead(String name, Path f) throws IOException {
        Matcher m = OURS.matcher(name);
        if (m.matches()) {
            long owner = Long.parseLong(m.group(1));
            return owner != pid && ProcessHandle.of(owner).map(p -> !p.isAlive()).orElse(true);
        }
        return OLDER.matcher(name).matches() && Files.isRegularFile(f)
                && Files.getLastModifiedTime(f).toInstant().isBefore(Instant.now().minus(OLDER_AGE));
    }

    /** Moves {@code from} over {@code to} atomically where the file system can. */
    static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // a stray hidden temporary is harmless; the next build removes it
        }
    }
}
