package org.scholia.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.scholia.model.Autolink;
import org.scholia.model.Creator;
import org.scholia.model.Diagnostic;
import org.scholia.model.ImageFile;
import org.scholia.model.ManuscriptException;
import org.scholia.model.Metadata;
import org.scholia.model.SourceSpan;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads book.yaml: every key of the manuscript contract, each checked, each complaint with
 * its line and column. Unknown keys are errors (a misspelt key silently ignored is worse).
 */
final class BookYamlReader {
    static final Set<String> KEYS = Set.of("title", "subtitle", "author", "authors", "language", "identifier",
            "date", "publisher", "rights", "description", "subjects", "cover", "chapters", "glossary", "autolink",
            "smart");
    private static final String ISO_DATE = "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?)?)?";
    private static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";

    private final List<Diagnostic> errors = new ArrayList<>();

    /**
     * @param cover resolves and checks the cover image (null after adding an error)
     */
    BookConfig read(String file, String text, MarkdownConverter.ImageResolver cover, List<Diagnostic> warnings)
            throws ManuscriptException {
        YamlDocument doc = YamlDocument.parse(file, text);
        Map<String, YamlDocument.Entry> entries = doc.entries();
        for (var e : entries.values()) {
            if (!KEYS.contains(e.key())) {
                String hint = Suggestion.closest(e.key(), KEYS).map(k -> "Did you mean '" + k + "'? ")
                        .orElse("") + "Known keys: " + String.join(", ", KEYS.stream().sorted().toList()) + ".";
                errors.add(Diagnostic.error("unknown-key", e.span(), "book.yaml has an unknown key '" + e.key() + "'.", hint));
            }
        }
        int before = errors.size();
        String title = text(doc, entries, "title");
        if (title.isEmpty() && errors.size() == before) {
            errors.add(Diagnostic.error("missing-title", entries.containsKey("title") ? entries.get("title").span()
                    : new SourceSpan(file, 1, 1), "The book has no title.", "Add a line 'title: Your Title' to book.yaml."));
        }
        List<Creator> creators = creators(doc, entries);
        String language = text(doc, entries, "language");
        if (language.isEmpty()) {
            language = "en";
        } else if (!language.matches(LANGUAGE_TAG)) {
            errors.add(Diagnostic.error("bad-language", entries.get("language").span(),
                    "'" + language + "' is not a language tag.", "Use a BCP 47 tag such as en, en-GB, ru, de or fr."));
        }
        String identifier = text(doc, entries, "identifier");
        if (identifier.isEmpty()) identifier = derivedIdentifier(title, creators);
        Autolink autolink = Autolink.FIRST_PER_CHAPTER;
        if (entries.containsKey("autolink")) {
            String v = text(doc, entries, "autolink");
            autolink = Autolink.fromKey(v);
            if (autolink == null) {
                errors.add(Diagnostic.error("bad-value", entries.get("autolink").span(),
                        "autolink must be first-per-chapter, every or none, not '" + v + "'.",
                        "Write 'autolink: first-per-chapter' (the default), 'every' or 'none'."));
                autolink = Autolink.FIRST_PER_CHAPTER;
            }
        }
        String date = text(doc, entries, "date");
        if (!date.isEmpty() && !date.matches(ISO_DATE)) {
            warnings.add(Diagnostic.warning("bad-date", entries.get("date").span(),
                    "The date '" + date + "' is not an ISO 8601 date; the EPUB leaves it out.",
                    "Write the date as YYYY, YYYY-MM or YYYY-MM-DD, in quotes: date: \"2026-11-27\"."));
        }
        Optional<ImageFile> coverImage = Optional.empty();
        boolean noCover = false;
        if (entries.containsKey("cover")) {
            String written = text(doc, entries, "cover");
            // "none" turns the generated cover off; an image really named "none" is written "./none"
            if (written.equals("none")) noCover = true;
            else if (!written.isEmpty()) coverImage = Optional.ofNullable(cover.resolve(written, entries.get("cover").span()));
        }
        List<String> subjects = new ArrayList<>();
        if (entries.containsKey("subjects")) {
            for (var item : items(doc, entries, "subjects")) {
                if (item.text() == null) errors.add(notText(item.span(), "subjects"));
                else subjects.add(item.text());
            }
        }
        List<BookConfig.FileRef> chapters = new ArrayList<>();
        if (entries.containsKey("chapters")) {
            int listed = errors.size();
            for (var item : items(doc, entries, "chapters")) {
                if (item.text() == null || item.text().isEmpty()) errors.add(notText(item.span(), "chapters"));
                else chapters.add(new BookConfig.FileRef(item.text(), item.span()));
            }
            if (chapters.isEmpty() && errors.size() == listed) {
                errors.add(Diagnostic.error("no-chapters", entries.get("chapters").span(), "'chapters' lists no chapter.",
                        "List the chapter files in order, one per line starting with '- ', or remove 'chapters' to take every *.md file."));
            }
        }
        boolean smart = true;
        if (entries.containsKey("smart")) {
            String v = text(doc, entries, "smart");
            if (v.equals("true") || v.equals("false")) {
                smart = v.equals("true");
            } else {
                errors.add(Diagnostic.error("bad-value", entries.get("smart").span(),
                        "smart must be true or false, not '" + v + "'.",
                        "Write 'smart: false' to keep quotes, dashes and dots as typed, or remove the line (default true)."));
            }
        }
        boolean glossaryExplicit = entries.containsKey("glossary");
        String glossary = glossaryExplicit ? text(doc, entries, "glossary") : "glossary.md";
        SourceSpan glossaryAt = glossaryExplicit ? entries.get("glossary").span() : SourceSpan.ofFile(file);
        String subtitle = text(doc, entries, "subtitle");
        String publisher = text(doc, entries, "publisher");
        String rights = text(doc, entries, "rights");
        String description = text(doc, entries, "description");
        if (!errors.isEmpty()) throw new ManuscriptException(errors);
        Metadata metadata = new Metadata(title, subtitle, creators, language, identifier,
                date, publisher, rights, description, subjects, coverImage, autolink, new SourceSpan(file, 1, 1), noCover);
        return new BookConfig(metadata, chapters, new BookConfig.FileRef(glossary, glossaryAt),
                glossaryExplicit && !glossary.isEmpty(), smart);
    }

    /** A key's text, "" when absent; a value of the wrong type is added to the errors, so that all are reported at once. */
    private String text(YamlDocument doc, Map<String, YamlDocument.Entry> entries, String key) {
        var e = entries.get(key);
        if (e == null) return "";
        try {
            return doc.scalar(e);
        } catch (ManuscriptException x) {
            errors.addAll(x.diagnostics());
            return "";
        }
    }

    /** A key's items, none when absent or (after adding the error) not a list. */
    private List<YamlDocument.Item> items(YamlDocument doc, Map<String, YamlDocument.Entry> entries, String key) {
        try {
            return entries.containsKey(key) ? doc.list(entries.get(key)) : List.of();
        } catch (ManuscriptException x) {
            errors.addAll(x.diagnostics());
            return List.of();
        }
    }

    /** author: "Name" | authors: ["A", {name: B, role: edt}] */
    private List<Creator> creators(YamlDocument doc, Map<String, YamlDocument.Entry> entries) throws ManuscriptException {
        List<Creator> out = new ArrayList<>();
        for (String key : List.of("author", "authors")) {
            var e = entries.get(key);
            if (e == null) continue;
            List<Node> nodes = e.value() instanceof SequenceNode seq ? seq.getValue() : List.of(e.value());
            for (Node n : nodes) {
                if (n instanceof ScalarNode s) {
                    if (!s.getValue().isBlank()) out.add(Creator.author(s.getValue().strip()));
                } else if (n instanceof MappingNode) {
                    var fields = doc.entriesOf(n);
                    String name = fields.containsKey("name") ? doc.scalar(fields.get("name")) : "";
                    String role = fields.containsKey("role") ? doc.scalar(fields.get("role")) : "aut";
                    if (name.isEmpty() || !role.matches("[a-z]{3}")) {
                        errors.add(Diagnostic.error("bad-value", doc.span(n),
                                "Each author needs a 'name' and may have a three-letter 'role' (aut, edt, trl, ill …).",
                                "Write '- name: Ada Lovelace' and, on the next line, '  role: edt'."));
                    } else {
                        out.add(new Creator(name, role));
                    }
                } else {
                    errors.add(notText(doc.span(n), key));
                }
            }
        }
        return out;
    }

    private static Diagnostic notText(SourceSpan at, String key) {
        return Diagnostic.error("bad-value", at, "Each item of '" + key + "' must be a single value.",
                "Write one value per line, each starting with '- '.");
    }

    /** The same title and authors always give the same identifier, so rebuilds do not look like new books. */
    static String derivedIdentifier(String title, List<Creator> creators) {
        StringBuilder key = new StringBuilder("scholia:").append(title);
        for (Creator c : creators) key.append('\n').append(c.name());
        return "urn:uuid:" + UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }
}
