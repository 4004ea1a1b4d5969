package org.scholia.style;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scholia.load.ManuscriptFolder;
import org.scholia.load.YamlDocument;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;
import org.scholia.model.SourceSpan;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a PDF style profile. The built-in handout ({@code /styles/handout.yaml} on the class path)
 * is the schema and the defaults of every profile: its keys are the only keys a profile has,
 * because every profile fills the same {@link Profile}. A profile named {@code <name>} is the
 * handout, overlaid by the built-in {@code /styles/<name>.yaml} if Scholia has one, overlaid by
 * the manuscript's own {@code styles/<name>.yaml} if it has one; each layer only needs the keys
 * it changes, and a key the handout does not have is an error.
 *
 * <p>A manuscript may define a profile Scholia has no built-in for (its own
 * {@code styles/poster.yaml}): it is read the same way, against the handout's keys, with the
 * handout's values for the keys it leaves out. That is what a designer expects, since the keys
 * mean the same in every profile and the handout's file documents them all. A name with neither
 * a built-in nor the manuscript's own file is an error: the profile a command asks for never
 * silently becomes another one.
 *
 * <p>Every error names the file, line, column and key, because a designer edits these files by hand.
 */
public final class ProfileLoader {
    private static final Set<String> FONT_STYLES = Set.of("regular", "bold", "italic", "bold-italic");
    private static final String FILES = "fonts.files";
    /** The built-in profile whose keys every profile has, and whose values are the defaults. */
    private static final String SCHEMA = "handout";

    /**
     * Reads a profile: the handout's keys and values, overridden by the built-in profile of this
     * name (if any), overridden by the manuscript's own {@code styles/<name>.yaml} (if any).
     *
     * @param manuscriptDir the manuscript folder, or null for the built-in profile alone
     * @param name          the profile's name: lower-case letters, digits and hyphens ("handout")
     * @throws ManuscriptException with a diagnostic naming file, line, column and key, for an
     *                             unknown key, a bad value or a YAML syntax error; or naming
     *                             {@code styles/<name>.yaml} when there is no such profile at all
     */
    public Profile load(Path manuscriptDir, String name) throws ManuscriptException {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) throw new IllegalArgumentException("bad profile name '" + name + "'");
        String written = "styles/" + name + ".yaml";
        Path own = ownProfile(manuscriptDir, written);
        boolean builtin = hasBuiltin(name);
        if (own == null && !builtin) throw missing(name, written);
        String source = builtinLabel(SCHEMA);
        Map<String, Entry> values = new LinkedHashMap<>();
        flatten(parse(readBuiltin(SCHEMA), source), "", source, values, true);
        Set<String> known = Set.copyOf(values.keySet());
        if (builtin && !name.equals(SCHEMA)) {
            source = builtinLabel(name);
            Map<String, Entry> layer = layer(readBuiltin(name), source, true);
            for (String key : layer.keySet()) {
                if (!known.contains(key) && !isFontFileKey(key)) {
                    throw new IllegalStateException(source + " has the key " + key + ", which " + builtinLabel(SCHEMA) + " lacks");
                }
            }
            values.putAll(layer);
        }
        if (own != null) {
            source = written;
            Map<String, Entry> layer = layer(readOwn(own, written), written, false);
            for (var e : layer.entrySet()) {
                if (!known.contains(e.getKey()) && !isFontFileKey(e.getKey())) {
                    throw new ManuscriptException(Diagnostic.error("profile-unknown-key", e.getValue().span(),
                            "unknown key '" + e.getKey() + "' in the style profile",
                            "remove it or use one of the keys documented in the built-in styles/" + SCHEMA + ".yaml"));
                }
            }
            values.putAll(layer);
        }
        return new ProfileReader(name, source, values, manuscriptDir).read();
    }

    private boolean hasBuiltin(String name) {
        return getClass().getResource("/styles/" + name + ".yaml") != null;
    }

    private static String builtinLabel(String name) {
        return "styles/" + name + ".yaml (built-in)";
    }

    private static ManuscriptException missing(String name, String written) {
        return new ManuscriptException(Diagnostic.error("profile-missing", SourceSpan.ofFile(written),
                "there is no style profile '" + name + "': the manuscript has no " + written
                        + " and Scholia has no built-in profile of that name",
                "create " + written + " with the keys you want to change (the others keep the values of the built-in "
                        + "styles/" + SCHEMA + ".yaml, which lists every key), or ask for a built-in profile such as "
                        + SCHEMA));
    }

    private static Map<String, Entry> layer(String text, String label, boolean builtin) throws ManuscriptException {
        Map<String, Entry> out = new LinkedHashMap<>();
        Node root = parse(text, label);
        if (root != null) flatten(root, "", label, out, builtin);
        return out;
    }

    private static String readOwn(Path own, String written) throws ManuscriptException {
        try {
            return Files.readString(own, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ManuscriptException(Diagnostic.error("profile-unreadable", SourceSpan.ofFile(written),
                    "cannot read the style profile: " + e.getMessage(), "check the file's permissions"));
        }
    }

    /** The manuscript's own profile, if it has one, checked like every manuscript file (no link out of the folder). */
    private static Path ownProfile(Path manuscriptDir, String written) throws ManuscriptException {
        if (manuscriptDir == null || !Files.exists(manuscriptDir.resolve(written), LinkOption.NOFOLLOW_LINKS)) return null;
        ManuscriptFolder.Resolved r;
        try {
            r = new ManuscriptFolder(manuscriptDir).resolve(written, "style profile", SourceSpan.ofFile(written));
        } catch (IOException e) {
            throw new ManuscriptException(Diagnostic.error("profile-unreadable", SourceSpan.ofFile(written),
                    "Cannot open the manuscript folder: " + e.getMessage(), "Check the folder's permissions."));
        }
        if (r.problem().isPresent()) throw new ManuscriptException(r.problem().get());
        return r.file().get();
    }

    private static boolean isFontFileKey(String key) {
        if (!key.startsWith(FILES + ".")) return false;
        String[] parts = key.substring(FILES.length() + 1).split("\\.");
        return parts.length == 2 && FONT_STYLES.contains(parts[1]);
    }

    private String readBuiltin(String name) {
        try (InputStream in = getClass().getResourceAsStream("/styles/" + name + ".yaml")) {
            if (in == null) throw new IllegalStateException("built-in profile styles/" + name + ".yaml is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in profile " + name, e);
        }
    }

    private static Node parse(String text, String label) throws ManuscriptException {
        return YamlDocument.compose(label, text, "profile-syntax", "Fix the YAML syntax at this place.").orElse(null);
    }

    /** Flattens nested mappings into dotted keys ("margins.inner"), keeping each value's position. */
    private static void flatten(Node node, String prefix, String label, Map<String, Entry> out, boolean builtin)
            throws ManuscriptException {
        if (!(node instanceof MappingNode map)) {
            if (prefix.isEmpty()) {
                throw new ManuscriptException(Diagnostic.error("profile-not-mapping", span(label, node.getStartMark()),
                        "a style profile must be a mapping of keys to values", "write 'key: value' lines"));
            }
            throw new ManuscriptException(Diagnostic.error("profile-bad-value", span(label, node.getStartMark()),
                    "'" + prefix + "' must be a single value", "write one value after '" + prefix + ":'"));
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new ManuscriptException(Diagnostic.error("profile-bad-key", span(label, t.getKeyNode().getStartMark()),
                        "keys in a style profile must be plain words", "write 'key: value'"));
            }
            String key = prefix.isEmpty() ? k.getValue() : prefix + "." + k.getValue();
            Node v = t.getValueNode();
            SourceSpan at = span(label, k.getStartMark());
            if (v instanceof ScalarNode s) {
                out.put(key, new Entry(s.getValue(), at));
            } else if (v instanceof MappingNode) {
                // the built-in profile's "files: {}" must still make fonts.files a known key
                if (builtin && key.equals(FILES)) out.put(key, new Entry("", at));
                flatten(v, key, label, out, builtin);
            } else {
                throw new ManuscriptException(Diagnostic.error("profile-bad-value", at,
                        "'" + key + "' must be a single value or a mapping, not a list", "write one value after '" + key + ":'"));
            }
        }
    }

    /** Snakeyaml's marks count from 0; diagnostics from 1, as editors do. */
    static SourceSpan span(String label, Optional<Mark> mark) {
        return mark.map(m -> new SourceSpan(label, m.getLine() + 1, m.getColumn() + 1)).orElse(SourceSpan.ofFile(label));
    }

    /** A scalar value with where it was written. */
    record Entry(String text, SourceSpan span) {
        String lower() {
            return text.trim().toLowerCase(Locale.ROOT);
        }
    }
}
