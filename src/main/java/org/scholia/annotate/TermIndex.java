package org.scholia.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholia.model.Diagnostic;
import org.scholia.model.Glossary;
import org.scholia.model.GlossaryEntry;

/**
 * Every form of every glossary entry (headwords and variants), and the one rule by which the
 * book's text is matched against them (documented in the README):
 * <ul>
 * <li>whole words only; a hyphen joins words ("purge-era" does not contain "purge"); an
 *     apostrophe ends a word ("Politburo’s" contains "Politburo"); typographic and straight
 *     apostrophes are alike;</li>
 * <li>a form written with a capital anywhere ("Politburo", "Cold War") matches in any case;</li>
 * <li>a form written in lower case ("soviet") matches lower-case text, and text whose first
 *     letter alone is a capital only where a capital is due: at the start of a sentence, or
 *     anywhere in a heading — so the "Soviet" of "Soviet Union" is not the council;</li>
 * <li>where forms overlap, the longest wins ("Great Purge" is not also a "purge").</li>
 * </ul>
 * Finding terms costs one hash look-up per word: candidates are indexed by their first word.
 * Explicit references ({@code [[soviet]]}) are looked up case-insensitively.
 */
final class TermIndex {
    private final Map<String, GlossaryEntry> byForm = new LinkedHashMap<>();
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    /**
     * One written form of an entry, folded for comparison.
     *
     * @param exact the form as written, apostrophes folded, when it is all lower case (it then
     *              matches only as written, or capitalised where a capital is due); else null
     */
    record Form(String folded, String exact, GlossaryEntry entry) {
    }

    /** A term found in a text: where it starts and ends and which entry it names. */
    record Match(int start, int end, GlossaryEntry entry) {
    }

    TermIndex(Glossary glossary, List<Diagnostic> diagnostics) {
        for (GlossaryEntry e : glossary.entries()) {
            for (String form : e.forms()) {
                String folded = fold(form);
                if (folded.isBlank()) continue;
                GlossaryEntry other = byForm.putIfAbsent(folded, e);
                if (other != null && other != e) {
                    boolean headword = form.equals(e.headword());
                    diagnostics.add(Diagnostic.error("duplicate-term", e.span(),
                            "The glossary " + (headword ? "headword" : "variant") + " '" + form + "' is already an entry or variant of '"
                                    + other.headword() + "' (line " + other.span().line() + ").",
                            "Merge the two entries, or make one of them more specific."));
                } else if (other == null) {
                    String first = firstWord(folded);
                    String exact = form.codePoints().anyMatch(Character::isUpperCase) ? null : folded;
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Form(folded, exact, e));
                }
            }
        }
        // longest forms first, so "Great Purge" wins over "purge" at the same place
        for (List<Form> forms : byFirstWord.values()) forms.sort(Comparator.comparingInt((Form f) -> -f.folded().length()));
    }

    Optional<GlossaryEntry> lookup(String written) {
        return Optional.ofNullable(byForm.get(fold(written.strip())));
    }

    List<String> allForms() {
        List<String> out = new ArrayList<>();
        for (GlossaryEntry e : byForm.values()) out.addAll(e.forms());
        return out.stream().distinct().toList();
    }

    /**
     * Terms in a text, left to right, never overlapping, each on whole-word boundaries.
     *
     * @param sentenceStart the text begins a sentence (a block's first words, or words after
     *                      a full stop in the inline before)
     * @param heading       the text is in a heading, where capitals are due anywhere
     */
    List<Match> find(String text, boolean sentenceStart, boolean heading) {
        List<Match> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && (isWordChar(text.charAt(i - 1)) || joinedByHyphen(text, i)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(text.charAt(end))) end++;
            List<Form> candidates = byFirstWord.get(fold(text.substring(i, end)));
            Match found = null;
            if (candidates != null) {
                boolean capitalDue = heading || startsSentence(text, i, sentenceStart);
                for (Form f : candidates) {
                    int stop = i + f.folded().length();
                    if (stop <= n && foldedEquals(text, i, f.folded()) && (stop == n || !isWordChar(text.charAt(stop)))
                            && !hyphenJoins(text, stop) && caseAllowed(text, i, f, capitalDue)) {
                        found = new Match(i, stop, f.entry());
                        break;
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i = end;
            }
        }
        return out;
    }

    /** A lower-case form matches as written, or with its first letter a capital where one is due. */
    private static boolean caseAllowed(String text, int from, Form f, boolean capitalDue) {
        String exact = f.exact();
        if (exact == null) return true;
        for (int k = 0; k < exact.length(); k++) {
            char c = text.charAt(from + k);
            if (foldKeepingCase(c) == exact.charAt(k)) continue;
            if (k == 0 && capitalDue && Character.toLowerCase(c) == exact.charAt(0)) continue;
            return false;
        }
        return true;
    }

    /**
     * Whether the word at {@code at} begins a sentence: only quotes, brackets and spaces stand
     * between it and a full stop, question or exclamation mark, an ellipsis, or the start of a
     * text that itself begins one.
     */
    static boolean startsSentence(String text, int at, boolean textStartsSentence) {
        int k = at - 1;
        while (k >= 0) {
            char c = text.charAt(k);
            int type = Character.getType(c);
            boolean skip = Character.isWhitespace(c) || c == '\u00A0' || c == '"' || c == '\''
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION;
            if (!skip) return c == '.' || c == '!' || c == '?' || c == '\u2026';
            k--;
        }
        return textStartsSentence;
    }

    /** "purge-era" is one word: a term may not end where a hyphen joins it to the next word. */
    private static boolean hyphenJoins(String text, int stop) {
        return stop + 1 < text.length() && text.charAt(stop) == '-' && isWordChar(text.charAt(stop + 1));
    }

    private static boolean joinedByHyphen(String text, int i) {
        return text.charAt(i - 1) == '-' && i > 1 && isWordChar(text.charAt(i - 2));
    }

    private static boolean foldedEquals(String text, int from, String folded) {
        for (int k = 0; k < folded.length(); k++) {
            if (foldChar(text.charAt(from + k)) != folded.charAt(k)) return false;
        }
        return true;
    }

    static boolean isWordChar(char c) {
        // apostrophes end a word, so that "Politburo’s" still contains the term "Politburo"
        return Character.isLetterOrDigit(c);
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) sb.append(foldChar(s.charAt(k)));
        return sb.toString();
    }

    private static char foldChar(char c) {
        return Character.toLowerCase(foldKeepingCase(c));
    }

    /** Apostrophes and spaces as the forms are compared, case left as it is. */
    private static char foldKeepingCase(char c) {
        if (c == '\u2019' || c == '\u2018') return '\'';
        if (c == '\u00A0' || c == '\n' || c == '\t') return ' ';
        return c;
    }

    private static String firstWord(String folded) {
        int end = 0;
        while (end < folded.length() && isWordChar(folded.charAt(end))) end++;
        return folded.substring(0, Math.max(end, Math.min(1, folded.length())));
    }
}
