package org.scholia.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;
import org.scholia.model.SourceSpan;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML file read as a tree of nodes that remember their line and column, so that every
 * complaint about a key or a value can say where it is. Shared by book.yaml and the style
 * profiles.
 */
public final class YamlDocument {
    private final String file;
    private final MappingNode root;

    private YamlDocument(String file, MappingNode root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Parses a YAML text whose top level must be a mapping (an empty file is an empty mapping).
     *
     * @param file the file's name as shown in diagnostics
     */
    public static YamlDocument parse(String file, String text) throws ManuscriptException {
        Optional<Node> node = compose(file, text, "bad-yaml",
                "Check the indentation and quoting near this place; text containing ': ' or '#' needs quotes.");
        if (node.isEmpty()) {
            return new YamlDocument(file, null);
        }
        if (!(node.get() instanceof MappingNode map)) {
            throw new ManuscriptException(Diagnostic.error("bad-yaml", spanOf(file, node.get()),
                    "The file must be a list of 'key: value' lines.", "Write one setting per line, e.g. 'title: My Book'."));
        }
        return new YamlDocument(file, map);
    }

    /**
     * Parses YAML into nodes that keep their line and column; a syntax error becomes a diagnostic
     * with the given code and fix, at the place the parser names. Shared by book.yaml and the
     * style profiles.
     */
    public static Optional<Node> compose(String file, String text, String code, String fix) throws ManuscriptException {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file).build();
            checkShape(file, settings, text, code);
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourceSpan at = m == null ? SourceSpan.ofFile(file) : new SourceSpan(file, m.getLine() + 1, m.getColumn() + 1);
            throw new ManuscriptException(Diagnostic.error(code, at, "This is not valid YAML: " + e.getProblem() + ".", fix));
        } catch (YamlEngineException e) {
            throw new ManuscriptException(Diagnostic.error(code, SourceSpan.ofFile(file),
                    "This is not valid YAML: " + e.getMessage(), fix));
        }
    }

    /** Lists and groups nested inside one another: far more than any book.yaml or profile needs. */
    static final int MAX_NESTING = 64;

    /**
     * Refuses what would make composing the tree recurse without end or beyond the stack:
     * nesting deeper than {@link #MAX_NESTING} and an alias inside the node it names
     * ({@code &a [*a]}). The parser's events are read without recursion, so this is safe on
     * any input.
     */
    private static void checkShape(String file, LoadSettings settings, String text, String code) throws ManuscriptException {
        java.util.ArrayDeque<Optional<org.snakeyaml.engine.v2.common.Anchor>> open = new java.util.ArrayDeque<>();
        for (org.snakeyaml.engine.v2.events.Event e : new org.snakeyaml.engine.v2.api.lowlevel.Parse(settings).parseString(text)) {
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    open.push(((org.snakeyaml.engine.v2.events.NodeEvent) e).getAnchor());
                    if (open.size() > MAX_NESTING) {
                        throw new ManuscriptException(Diagnostic.error(code, at(file, e.getStartMark()),
                                "Lists and groups are nested more than " + MAX_NESTING + " levels deep here.",
                                "Nest settings a few levels deep at most, as the examples in the README do."));
                    }
                }
                case MappingEnd, SequenceEnd -> open.pop();
                case Alias -> {
                    var alias = ((org.snakeyaml.engine.v2.events.AliasEvent) e).getAlias();
                    if (open.stream().anyMatch(a -> a.isPresent() && a.get().equals(alias))) {
                        throw new ManuscriptException(Diagnostic.error(code, at(file, e.getStartMark()),
                                "The alias *" + alias + " is used inside the value it names, so the value would never end.",
                                "Write the value out, or refer to an anchor defined elsewhere."));
                    }
                }
                default -> {
                }
            }
        }
    }

    private static SourceSpan at(String file, Optional<Mark> mark) {
        return mark.map(m -> new SourceSpan(file, m.getLine() + 1, m.getColumn() + 1)).orElse(SourceSpan.ofFile(file));
    }

    public String file() {
        return file;
    }

    /** The top-level entries in file order, keyed by their (scalar) key. */
    public Map<String, Entry> entries() throws ManuscriptException {
        return entriesOf(root);
    }

    /** The entries of a nested mapping value. */
    public Map<String, Entry> entriesOf(Node mapping) throws ManuscriptException {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (mapping == null) return out;
        if (!(mapping instanceof MappingNode map)) {
            throw new ManuscriptException(Diagnostic.error("bad-value", spanOf(file, mapping),
                    "Expected a group of 'key: value' lines here.", "Indent the settings of this group under its key."));
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new ManuscriptException(Diagnostic.error("bad-key", spanOf(file, t.getKeyNode()),
                        "A key must be a plain word.", "Write keys as plain words, e.g. 'title:'."));
            }
            Entry previous = out.put(key.getValue(), new Entry(key.getValue(), spanOf(file, key), t.getValueNode()));
            if (previous != null) {
                throw new ManuscriptException(Diagnostic.error("bad-yaml", spanOf(file, key),
                        "The key '" + key.getValue() + "' is given twice (first at line " + previous.span().line() + ").",
                        "Keep one of the two lines."));
            }
        }
        return out;
    }

    /** A scalar's text, or an error naming the key. Null YAML values give an empty string. */
    public String scalar(Entry e) throws ManuscriptException {
        if (e.value() instanceof ScalarNode s) return isNull(s) ? "" : s.getValue().strip();
        throw new ManuscriptException(Diagnostic.error("bad-value", spanOf(file, e.value()),
                "'" + e.key() + "' must be a single value, not a list or a group.",
                "Write it on one line: '" + e.key() + ": value'."));
    }

    /** A list of scalars (a single scalar counts as a list of one). */
    public List<Item> list(Entry e) throws ManuscriptException {
        List<Item> out = new ArrayList<>();
        if (e.value() instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) out.add(new Item(s.getValue().strip(), spanOf(file, s), s));
            return out;
        }
        if (e.value() instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) out.add(new Item(n instanceof ScalarNode s ? s.getValue().strip() : null, spanOf(file, n), n));
            return out;
        }
        throw new ManuscriptException(Diagnostic.error("bad-value", spanOf(file, e.value()),
                "'" + e.key() + "' must be a list.", "Write one item per line, each starting with '- '."));
    }

    /**
     * YAML's null ({@code title: null}, {@code ~}) unquoted: no value, not the word "null"
     * ({@code title: "null"} keeps it).
     */
    static boolean isNull(ScalarNode s) {
        return s.isPlain() && java.util.Set.of("null", "Null", "NULL", "~").contains(s.getValue());
    }

    public SourceSpan span(Node node) {
        return spanOf(file, node);
    }

    static SourceSpan spanOf(String file, Node node) {
        return node.getStartMark().map(m -> new SourceSpan(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceSpan.ofFile(file));
    }

    /** One 'key: value' entry and where its key is. */
    public record Entry(String key, SourceSpan span, Node value) {
    }

    /** One list item: its text (null if it is not a scalar) and where it is. */
    public record Item(String text, SourceSpan span, Node node) {
    }
}
