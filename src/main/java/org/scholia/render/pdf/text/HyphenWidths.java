package org.scholia.render.pdf.text;

import java.util.HashMap;
import java.util.Map;

import org.scholia.render.pdf.font.FontFace;
import org.scholia.render.pdf.font.FontLibrary;

/**
 * The width a hyphen adds after a letter, kerning with that letter included: the pre-break
 * width of a {@link Discretionary}. The packer draws a hyphenated line's last syllable shaped
 * with its hyphen, so the breaker must measure the hyphen the same way, or a kerning pair such
 * as "r-" would make the drawn line differ from the one it chose.
 *
 * <p>Kerning is between adjacent glyphs, so the letter before the hyphen is enough; widths are
 * cached per face and letter in 1/1000 em. One instance per text engine (not thread-safe).
 */
final class HyphenWidths {

    private final FontLibrary fonts;
    private final Map<FontFace, Map<Integer, Float>> after = new HashMap<>();

    HyphenWidths(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** Width in sp of a hyphen set after code point {@code before} in a face at a size. */
    long after(FontFace face, int before, double size) {
        Map<Integer, Float> widths = after.computeIfAbsent(face, f -> new HashMap<>());
        Float w = widths.get(before);
        if (w == null) {
            String letter = new String(Character.toChars(before));
            w = fonts.shape(face, letter + "-").width() - fonts.shape(face, letter).width();
            widths.put(before, w);
        }
        return Math.round(w * size * 65.536);
    }
}
