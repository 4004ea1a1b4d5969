package org.scholia.render.pdf.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.scholia.render.pdf.text.TextStyle;

/**
 * The fonts a book is set in: families (names a style profile uses, such as "serif"), each with
 * a regular, bold, italic and bold-italic TrueType face, plus the faces tried for characters
 * the styled face lacks.
 *
 * <p>Faces are read when first asked for (a book rarely uses all twelve Liberation faces), and
 * each keeps its own shaping cache, so one library should serve a whole book.
 */
public final class FontLibrary {

    /** The four variants of a family, in the keys profiles use. */
    public static final List<String> VARIANTS = List.of("regular", "bold", "italic", "bold-italic");

    private static final Map<String, String> LIBERATION = Map.of(
            "serif", "LiberationSerif", "sans", "LiberationSans", "mono", "LiberationMono");
    private static final Map<String, String> LIBERATION_SUFFIX = Map.of(
            "regular", "Regular", "bold", "Bold", "italic", "Italic", "bold-italic", "BoldItalic");

    /** Reads a font's bytes. */
    private interface Reader {
        byte[] read() throws IOException;
    }

    /** A face not yet read: where its bytes come from, named for error messages. */
    private record Source(String origin, Reader reader) {
    }

    private final Map<String, Map<String, Source>> families;
    private final Map<String, Source> origins = new LinkedHashMap<>();
    private final List<String> fallbackKeys;
    private final Map<String, FontFace> loaded = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<TextStyle, FontFace> byStyle = new ConcurrentHashMap<>();
    private volatile List<FontFace> fallbacks;

    private FontLibrary(Map<String, Map<String, Source>> families, List<String> fallbackKeys) {
        this.families = families;
        this.fallbackKeys = fallbackKeys;
        families.forEach((family, variants) -> variants.forEach((v, src) -> origins.put(key(family, v), src)));
    }

    /**
     * Liberation Serif ("serif"), Sans ("sans") and Mono ("mono") 2.00.5, from the
     * openpdf-fonts-extra jar. They cover Latin, Cyrillic and Greek.
     */
    public static FontLibrary liberation() {
        return new FontLibrary(liberationSources(), liberationFallbacks());
    }

    /**
     * Families from TTF files, e.g. a profile naming fonts in the manuscript's {@code fonts/}
     * folder: family → variant ("regular", "bold", "italic", "bold-italic") → file. A missing
     * variant falls back to regular. Liberation's faces stay available as fallbacks.
     *
     * @throws IllegalArgumentException a family without a regular face, an unknown variant, a
     *                                  file that is missing or not TrueType (CFF outlines)
     */
    public static FontLibrary of(Map<String, Map<String, Path>> families) {
        Map<String, Map<String, Source>> all = new LinkedHashMap<>();
        List<String> fallbacks = new ArrayList<>();
        families.forEach((family, variants) -> {
            Path regular = variants.get("regular");
            if (regular == null) {
                throw new IllegalArgumentException("font family '" + family + "' has no regular face");
            }
            Map<String, Source> sources = new LinkedHashMap<>();
            variants.forEach((variant, path) -> {
                if (!VARIANTS.contains(variant)) {
                    throw new IllegalArgumentException("font family '" + family + "': unknown variant '" + variant
                            + "' (expected one of " + VARIANTS + ")");
                }
                if (!Files.isRegularFile(path)) {
                    throw new IllegalArgumentException("font family '" + family + "': no such file " + path);
                }
                sources.put(variant, new Source(path.toString(), () -> Files.readAllBytes(path)));
            });
            all.put(family, sources);
            fallbacks.add(key(family, "regular"));
        });
        liberationSources().forEach((family, sources) -> {
            String name = "liberation-" + family;
            all.putIfAbsent(name, sources);
            fallbacks.add(key(name, "regular"));
        });
        FontLibrary library = new FontLibrary(all, fallbacks);
        // read the given fonts now, so that a bad file is reported where the profile is read
        families.forEach((family, variants) -> variants.keySet().forEach(v -> library.load(key(family, v))));
        return library;
    }

    private static Map<String, Map<String, Source>> liberationSources() {
        Map<String, Map<String, Source>> all = new LinkedHashMap<>();
        for (String family : List.of("serif", "sans", "mono")) {
            Map<String, Source> sources = new LinkedHashMap<>();
            for (String variant : VARIANTS) {
                String resource = "/liberation/" + LIBERATION.get(family) + "-" + LIBERATION_SUFFIX.get(variant) + ".ttf";
                sources.put(variant, new Source(resource, () -> {
                    try (InputStream in = FontLibrary.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IOException("font resource " + resource + " not on the class path"
                                    + " (dependency com.github.librepdf:openpdf-fonts-extra)");
                        }
                        return in.readAllBytes();
                    }
                }));
            }
            all.put(family, sources);
        }
        return all;
    }

    private static List<String> liberationFallbacks() {
        return List.of(key("serif", "regular"), key("sans", "regular"), key("mono", "regular"));
    }

    private static String key(String family, String variant) {
        return family + "/" + variant;
    }

    /**
     * The face for a style's family, weight and slant; a variant the family lacks falls back to
     * its regular face.
     *
     * @throws IllegalArgumentException for a family the library does not have
     */
    public FontFace face(TextStyle style) {
        FontFace face = byStyle.get(style);
        if (face == null) {
            face = lookup(style);
            byStyle.put(style, face);
        }
        return face;
    }

    private FontFace lookup(TextStyle style) {
        Map<String, Source> variants = families.get(style.family());
        if (variants == null) {
            throw new IllegalArgumentException("no font family '" + style.family() + "' (have " + families.keySet() + ")");
        }
        String variant = style.bold() ? (style.italic() ? "bold-italic" : "bold") : (style.italic() ? "italic" : "regular");
        if (!variants.containsKey(variant)) {
            variant = "regular";
        }
        return load(key(style.family(), variant));
    }

    /** Faces tried, in order, for characters the styled face lacks. */
    public List<FontFace> fallbacks() {
        List<FontFace> faces = fallbacks;
        if (faces == null) {
            List<FontFace> loadedFaces = new ArrayList<>();
            for (String k : fallbackKeys) {
                loadedFaces.add(load(k));
            }
            faces = List.copyOf(loadedFaces);
            fallbacks = faces;  // a race only reads the same faces twice
        }
        return faces;
    }

    /** The faces read so far (those the text set so far uses, and the fallbacks if asked for), in no order. */
    public List<FontFace> loadedFaces() {
        return List.copyOf(loaded.values());
    }

    /**
     * Shapes text in a face of this library: GPOS kerning, ligatures as cmap characters.
     * Characters the face does not cover are left out of the result. Cached per text.
     */
    public Shaped shape(FontFace face, String text) {
        if (!(face instanceof TrueTypeFace ttf)) {
            throw new IllegalArgumentException("face " + face.name() + " does not come from a FontLibrary");
        }
        return ttf.shape(text);
    }

    private FontFace load(String key) {
        FontFace face = loaded.get(key);
        if (face != null) {
            return face;
        }
        // once per face: the two layout threads start together and ask for the same faces at
        // once, and reading one (its cmap, java.awt's copy for HarfBuzz) costs tens of ms on a
        // cold JVM. The lock is per face, so other faces are read meanwhile.
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            face = loaded.get(key);
            if (face != null) {
                return face;
            }
            Source source = Objects.requireNonNull(origins.get(key), key);
            try {
                face = new TrueTypeFace(source.reader().read(), source.origin());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + source.origin() + ": " + e.getMessage(), e);
            }
            loaded.put(key, face);
            return face;
        }
    }
}
