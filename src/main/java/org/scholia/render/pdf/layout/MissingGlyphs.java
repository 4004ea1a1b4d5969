package org.scholia.render.pdf.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.scholia.model.Diagnostic;
import org.scholia.model.SourceSpan;

/**
 * Collects characters no font has: once per character, naming the place of the first paragraph
 * that uses it, so the author can find it. Chapters laid out in parallel each have their own,
 * merged in reading order so the warnings do not depend on thread timing.
 */
final class MissingGlyphs {
    private final Map<Integer, Diagnostic> found = new LinkedHashMap<>();

    /** A consumer reporting missing characters of the block at {@code span}. */
    IntConsumer at(SourceSpan span) {
        return cp -> found.computeIfAbsent(cp, c -> Diagnostic.warning("missing-glyph", span,
                String.format("no font has the character U+%04X '%s'; it is left out of the PDF", c,
                        new String(Character.toChars(c))),
                "replace the character, or name a font that has it under fonts.files in styles/handout.yaml"));
    }

    /** Adds the other's characters that this one has not seen (call in reading order). */
    void absorb(MissingGlyphs other) {
        other.found.forEach(found::putIfAbsent);
    }

    void reportTo(List<Diagnostic> warnings) {
        warnings.addAll(found.values());
    }
}
