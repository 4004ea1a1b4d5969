package org.scholia.annotate;

import java.util.List;
import org.scholia.model.Block;
import org.scholia.model.Diagnostic;
import org.scholia.model.Inline;

/**
 * Checks that concern readers of every edition: headings that skip a level (screen readers
 * navigate by level) and images without alt text (a blind reader gets nothing).
 */
final class StructureChecks extends ContentRewriter {
    private final List<Diagnostic> diagnostics;
    private int lastLevel;

    StructureChecks(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    void chapter(List<Block> blocks) {
        lastLevel = 0;
        blocks(blocks);
    }

    void notes(List<Block> blocks) {
        blocks(blocks);
    }

    @Override
    Block block(Block b) {
        if (b instanceof Block.Heading h) {
            if (lastLevel > 0 && h.level() > lastLevel + 1) {
                diagnostics.add(Diagnostic.warning("skipped-heading-level", h.span(),
                        "This heading jumps from level " + lastLevel + " to level " + h.level() + ".",
                        "Use " + "#".repeat(lastLevel + 1) + " here, so that the outline and screen readers keep the structure."));
            }
            lastLevel = h.level();
        } else if (b instanceof Block.Figure f) {
            altText(f.image());
        }
        return super.block(b);
    }

    @Override
    List<Inline> inline(Inline i, Where where) {
        if (i instanceof Inline.Image img) altText(img);
        return super.inline(i, where);
    }

    private void altText(Inline.Image img) {
        if (img.alt().isBlank()) {
            diagnostics.add(Diagnostic.warning("image-without-alt", img.span(),
                    "The image '" + img.file().href() + "' has no alt text.",
                    "Describe the image between the brackets: ![A map of the USSR in 1945](" + img.file().href() + ")."));
        }
    }
}
