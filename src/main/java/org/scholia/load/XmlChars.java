package org.scholia.load;

import java.util.List;
import org.scholia.model.Diagnostic;
import org.scholia.model.SourceSpan;

/**
 * The characters an XML document may hold (XML 1.0: tab, newline, carriage return, U+0020 up
 * to U+D7FF, U+E000 to U+FFFD, and the planes above). A control character pasted into a
 * heading or a title would make the EPUB's XHTML and its NCX not even well-formed, so the
 * loader removes such characters from every text it reads, with a warning at the first one.
 */
final class XmlChars {
    private XmlChars() {
    }

    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** The text without the characters XML cannot hold; a warning names where the first was. */
    static String clean(String file, String text, List<Diagnostic> warnings) {
        int first = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {  // a lone surrogate is a code point in D800–DFFF: not allowed
                first = i;
                break;
            }
            i += Character.charCount(cp);
        }
        if (first < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (allowed(cp)) sb.appendCodePoint(cp);
            else removed++;
            i += n;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < first; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        warnings.add(Diagnostic.warning("control-character", new SourceSpan(file, line, column),
                String.format("The file holds %d control character%s (the first is U+%04X) that no e-book or PDF can show; "
                        + "%s removed.", removed, removed == 1 ? "" : "s", text.codePointAt(first), removed == 1 ? "it is" : "they are"),
                "Delete the invisible character here (it often comes with text pasted from another program)."));
        return sb.toString();
    }
}
