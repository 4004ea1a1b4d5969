package org.scholia.render.pdf;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.scholia.render.pdf.font.FontLibrary;
import org.scholia.style.Profile;

/**
 * The font libraries of one build, one per set of font files: the handout, the print edition and
 * the booklet set the same words in the same faces, and a library keeps what it has shaped
 * (per text, whatever the size), so the editions after the first shape almost nothing anew.
 * Thread-safe, as the libraries themselves are: editions may be set at the same time.
 */
public final class FontLibraries {
    private final Map<Map<String, Map<String, Path>>, FontLibrary> libraries = new HashMap<>();

    /** The library for a profile's fonts: Liberation, or the profile's own files. */
    public synchronized FontLibrary of(Profile profile) {
        var files = profile.fonts().files();
        return libraries.computeIfAbsent(files, f -> f.isEmpty() ? FontLibrary.liberation() : FontLibrary.of(f));
    }
}
