package org.scholia.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholia.model.Diagnostic;
import org.scholia.model.SourceSpan;

/**
 * Pandoc's fenced divs for passages in another language: a line {@code ::: {lang=de}} opens
 * one, a line {@code :::} closes the innermost; they nest. flexmark does not read them, so they
 * are found here before parsing and their fence lines blanked (same length, so every offset
 * and line:column of the rest stays true); the converter then wraps the blocks between them in
 * language blocks. Fences inside fenced code are not fences.
 */
final class FencedDivs {

    /** A passage: from the opening fence's offset to the closing fence's (or the end of the file). */
    record Div(int start, int end, String language, SourceSpan span) {
    }

    /** The text to parse (fence lines blanked) and the passages found, by opening offset. */
    record Found(String text, List<Div> divs) {
    }

    private static final Pattern OPEN = Pattern.compile(" {0,3}:{3,}\\s*\\{([^}]*)\\}\\s*");
    private static final Pattern CLOSE = Pattern.compile(" {0,3}:{3,}\\s*");
    private static final Pattern CODE_FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern LANG = Pattern.compile("(?:^|\\s)lang=(\"?)([^\"\\s}]*)\\1(?:\\s|$)");
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private FencedDivs() {
    }

    static Found scan(String source, LineIndex lines, List<Diagnostic> diagnostics) {
        if (source.indexOf(":::") < 0) return new Found(source, List.of());
        StringBuilder text = new StringBuilder(source);
        List<Div> divs = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();  // indices into divs, innermost first
        String codeFence = null;
        int lineStart = 0;
        while (lineStart < source.length()) {
            int nl = source.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? source.length() : nl;
            String line = source.substring(lineStart, lineEnd).replace("\r", "");
            Matcher fence = CODE_FENCE.matcher(line);
            if (codeFence != null) {
                if (fence.matches() && fence.group(1).charAt(0) == codeFence.charAt(0)
                        && fence.group(1).length() >= codeFence.length() && line.strip().equals(fence.group(1))) {
                    codeFence = null;
                }
            } else if (fence.matches()) {
                codeFence = fence.group(1);
            } else {
                Matcher o = OPEN.matcher(line);
                if (o.matches()) {
                    String tag = language(o.group(1), lines.at(lineStart), diagnostics);
                    if (tag != null) {
                        divs.add(new Div(lineStart, source.length(), tag, lines.at(lineStart)));
                        open.push(divs.size() - 1);
                        blank(text, lineStart, lineEnd);
                    }
                } else if (CLOSE.matcher(line).matches() && !open.isEmpty()) {
                    int k = open.pop();
                    Div d = divs.get(k);
                    divs.set(k, new Div(d.start(), lineStart, d.language(), d.span()));
                    blank(text, lineStart, lineEnd);
                }
            }
            lineStart = lineEnd + 1;
        }
        for (int k : open) {
            diagnostics.add(Diagnostic.warning("div-not-closed", divs.get(k).span(),
                    "This passage in '" + divs.get(k).language() + "' is not closed; it runs to the end of the file.",
                    "End the passage with a line ':::'."));
        }
        return new Found(text.toString(), List.copyOf(divs));
    }

    /** The language a {@code {lang=xx}} attribute names, or null after reporting a bad one. */
    static String language(String attributes, SourceSpan at, List<Diagnostic> diagnostics) {
        Matcher m = LANG.matcher(attributes.strip());
        if (!m.find()) {
            diagnostics.add(Diagnostic.warning("div-without-language", at,
                    "Scholia reads only the language of a fenced division: '{" + attributes + "}' names none, so the fences stay as text.",
                    "Write '::: {lang=de}' (a BCP 47 language tag) to mark a passage in another language."));
            return null;
        }
        return checkedTag(m.group(2), at, diagnostics);
    }

    /** A well-formed BCP 47 tag as written, or null after an error. */
    static String checkedTag(String tag, SourceSpan at, List<Diagnostic> diagnostics) {
        if (TAG.matcher(tag).matches() && !Locale.forLanguageTag(tag).getLanguage().isEmpty()) return tag;
        diagnostics.add(Diagnostic.error("bad-language", at,
                "'" + tag + "' is not a language tag.",
                "Write a BCP 47 tag such as lang=ru, lang=de or lang=fr-CA."));
        return null;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\r') text.setCharAt(i, ' ');
        }
    }
}
