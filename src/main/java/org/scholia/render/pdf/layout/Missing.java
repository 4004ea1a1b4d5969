package org.scholia.render.pdf.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.scholia.model.Diagnostic;
import org.scholia.model.SourceSpan;

/**
 * Reports characters no font has: once per character in the whole book, naming the place of the
 * first paragraph that uses it, so the author can find it.
 */
final class Missing {
    private final Set<Integer> seen = new HashSet<>();
    private final List<Diagnostic> warnings;

    Missing(List<Diagnostic> warnings) {
        this.warnings = warnings;
    }

    /** A consumer reporting missing characters of the block at {@code span}. */
    IntConsumer at(SourceSpan span) {
        return cp -> {
            if (seen.add(cp)) {
                warnings.add(Diagnostic.warning("missing-glyph", span,
                        String.format("no font has the character U+%04X '%s'; it is left out of the PDF", cp,
                                new String(Character.toChars(cp))),
                        "replace the character, or name a font that has it under fonts.files in styles/handout.yaml"));
            }
        };
    }
}
