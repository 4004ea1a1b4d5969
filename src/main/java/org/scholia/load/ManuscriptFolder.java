package org.scholia.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.scholia.model.Diagnostic;
import org.scholia.model.SourceSpan;

/**
 * The manuscript folder: the only place the loader reads from. Every path an author writes
 * (chapters, glossary, images, cover, fonts) goes through {@link #resolve}, which refuses
 * absolute paths, {@code ..} and symbolic links that lead out of the folder.
 */
public final class ManuscriptFolder {
    private final Path root;
    private final Path realRoot;

    public ManuscriptFolder(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /**
     * Resolves a path written in the manuscript to an existing regular file inside the folder.
     *
     * @param written what the author wrote ("images/map.png")
     * @param what    what the file is, for messages ("image", "chapter")
     * @param at      where the author wrote it
     * @return the file, or a diagnostic saying why it cannot be used
     */
    public Resolved resolve(String written, String what, SourceSpan at) {
        String trimmed = written.strip();
        if (trimmed.isEmpty()) {
            return Resolved.error(Diagnostic.error("empty-path", at, "The " + what + " path is empty.",
                    "Write the path of the " + what + " relative to the manuscript folder."));
        }
        if (trimmed.contains("://") || trimmed.startsWith("//")) {
            return Resolved.error(Diagnostic.error("remote-file", at,
                    "The " + what + " '" + trimmed + "' is a web address; Scholia never fetches files from the network.",
                    "Download the file into the manuscript folder and refer to it by its relative path."));
        }
        Path relative;
        try {
            relative = Path.of(trimmed);
        } catch (InvalidPathException e) {
            return Resolved.error(Diagnostic.error("bad-path", at, "The " + what + " path '" + trimmed + "' is not a valid path.",
                    "Use a relative path with '/' separators, e.g. images/map.png."));
        }
        if (relative.isAbsolute() || trimmed.startsWith("/") || trimmed.startsWith("\\")) {
            return Resolved.error(outside(trimmed, what, at, "is an absolute path"));
        }
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) {
            return Resolved.error(outside(trimmed, what, at, "points outside the manuscript folder"));
        }
        if (!Files.exists(candidate)) {
            return Resolved.error(Diagnostic.error("missing-file", at, "The " + what + " '" + trimmed + "' does not exist.",
                    "Check the spelling, or add the file at " + root.relativize(candidate) + " in the manuscript folder."));
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            return Resolved.error(unreadable(trimmed, what, at));
        }
        if (!real.startsWith(realRoot)) {
            return Resolved.error(outside(trimmed, what, at, "is a link that leads outside the manuscript folder"));
        }
        if (!Files.isRegularFile(real)) {
            String kind = Files.isDirectory(real) ? "a folder" : "a special file (a named pipe, a device or a socket)";
            return Resolved.error(Diagnostic.error("not-a-file", at, "The " + what + " '" + trimmed + "' is " + kind
                    + ", not an ordinary file.", "Name an ordinary file."));
        }
        if (!Files.isReadable(real)) {
            return Resolved.error(unreadable(trimmed, what, at));
        }
        return new Resolved(Optional.of(real), Optional.empty());
    }

    /** The path of a file inside the folder as shown in diagnostics ("chapters/01.md"). */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    /**
     * The largest text file Scholia reads (a chapter, the glossary, book.yaml, a profile): a
     * 150,000-word book is about 1 MB in all, and a bigger file would only be a mistake or an
     * attack on the build's memory.
     */
    public static final long MAX_TEXT_BYTES = 8L << 20;

    /** Reads a text file as strict UTF-8 (a BOM is skipped); a decoding failure is reported with its line. */
    public String readText(Path file, SourceSpan whole) throws TextFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw new TextFileException(Diagnostic.error("file-too-large", whole,
                        String.format(java.util.Locale.ROOT, "The file is %.1f MB; Scholia reads text files of at most %d MB.",
                                Files.size(file) / 1048576.0, MAX_TEXT_BYTES >> 20),
                        "Split it into several chapters (a whole 150,000-word book is about 1 MB)."));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TextFileException(Diagnostic.error("unreadable-file", whole, "Cannot read the file: " + e.getMessage(),
                    "Check that the file exists and that you may read it."));
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            int line = 1;
            // find the first byte sequence the lenient decoder would replace, to name its line
            String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            int bad = lenient.indexOf('\uFFFD');
            for (int k = 0; k < Math.max(0, bad); k++) if (lenient.charAt(k) == '\n') line++;
            throw new TextFileException(Diagnostic.error("not-utf8", new SourceSpan(whole.file(), line, 1),
                    "The file is not valid UTF-8 text.",
                    "Save the file as UTF-8 (most editors offer it under 'Save as… / Encoding')."));
        }
    }

    private static Diagnostic outside(String written, String what, SourceSpan at, String why) {
        return Diagnostic.error("outside-manuscript", at, "The " + what + " '" + written + "' " + why + ".",
                "Copy the file into the manuscript folder and refer to it by a relative path without '..'.");
    }

    private static Diagnostic unreadable(String written, String what, SourceSpan at) {
        return Diagnostic.error("unreadable-file", at, "The " + what + " '" + written + "' cannot be read.",
                "Check the file's permissions (it must be readable by you).");
    }

    /** A resolved file or the reason it cannot be used. */
    public record Resolved(Optional<Path> file, Optional<Diagnostic> problem) {
        static Resolved error(Diagnostic d) {
            return new Resolved(Optional.empty(), Optional.of(d));
        }
    }

    /** A text file that cannot be read or decoded. */
    public static final class TextFileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        TextFileException(Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
