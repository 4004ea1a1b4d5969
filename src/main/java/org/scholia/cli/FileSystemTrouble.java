package org.scholia.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Puts what the operating system refused into plain words and a fix. A full disk, a read-only
 * mount, an immutable file or a file where a folder should be is the machine's state, for the
 * user to change: it is reported as an {@link OutputException} (exit code 2), never as a bug.
 */
final class FileSystemTrouble {
    private FileSystemTrouble() {
    }

    /**
     * @param doing what Scholia was doing, as a phrase ("write out/book.pdf")
     * @param path  the file or folder concerned
     * @param e     what the system said
     */
    static OutputException explain(String doing, Path path, IOException e) {
        return explain(doing, path, e, "build into another folder with -o");
    }

    /** As above, with what else the user can do ("build into another folder with -o"). */
    static OutputException explain(String doing, Path path, IOException e, String elsewhere) {
        if (e instanceof OutputException o) return o;
        String reason = reason(e).toLowerCase(Locale.ROOT);
        if (reason.contains("no space left") || reason.contains("quota")) {
            return new OutputException("Cannot " + doing + ": the disk is full (no space left on device).",
                    "Free some space on the disk that holds " + path + ", or " + elsewhere + " on another disk.", e);
        }
        if (reason.contains("read-only file system")) {
            return new OutputException("Cannot " + doing + ": " + path + " is on a read-only file system.",
                    "Use a folder on a writable disk: " + elsewhere + ".", e);
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")) {
            return new OutputException("Cannot " + doing + ": permission denied for " + path + ".",
                    "Change the permissions of " + path + ", or " + elsewhere + ".", e);
        }
        if (reason.contains("operation not permitted")) {
            return new OutputException("Cannot " + doing + ": the system does not allow changing " + path
                    + " (it may be immutable, or belong to another user in a shared folder).",
                    "Remove or unlock the old file (for an immutable one: chattr -i), or " + elsewhere + ".", e);
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException || reason.contains("not a directory")) {
            return new OutputException("Cannot " + doing + ": a part of the path " + path + " is a file, not a folder.",
                    "Move the file that is in the way, or " + elsewhere + ".", e);
        }
        if (e instanceof NoSuchFileException || reason.contains("no such file")) {
            return new OutputException("Cannot " + doing + ": a folder on the path " + path + " does not exist or cannot hold files.",
                    "Use an ordinary folder: " + elsewhere + ".", e);
        }
        if (reason.contains("name too long")) {
            return new OutputException("Cannot " + doing + ": the name " + path + " is too long for the file system.",
                    "Use a shorter name: " + elsewhere + ".", e);
        }
        return new OutputException("Cannot " + doing + ": the system refused (" + reason(e) + ").",
                "Check that " + path + " is an ordinary folder on a disk you may write to, or " + elsewhere + ".", e);
    }

    /** The system's own reason, without the path Java puts in front of it. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
