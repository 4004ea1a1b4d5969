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
 * Every form of every glossary entry (headwords and variants), looked up case-insensitively
 * and with typographic and straight apostrophes treated alike. Finding terms in running text
 * costs one hash look-up per word: candidates are indexed by their first word.
 */
final class TermIndex {
    private final Map<String, GlossaryEntry> byForm = new LinkedHashMap<>();
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    /** One written form of an entry, folded for comparison. */
    record Form(String folded, GlossaryEntry entry) {
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
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Form(folded, e));
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

    /** Terms in a text, left to right, never overlapping, each on whole-word boundaries. */
    List<Match> find(String text) {
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
                for (Form f : candidates) {
                    int stop = i + f.folded().length();
                    if (stop <= n && foldedEquals(text, i, f.folded()) && (stop == n || !isWordChar(text.charAt(stop))) && !hyphenJoins(text, stop)) {
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
        if (c == '\u2019' || c == '\u2018') return '\'';
        if (c == '\u00A0' || c == '\n' || c == '\t') return ' ';
        return Character.toLowerCase(c);
    }

    private static String firstWord(String folded) {
        int end = 0;
        while (end < folded.length() && isWordChar(folded.charAt(end))) end++;
        return folded.substring(0, Math.max(end, Math.min(1, folded.length())));
    }
}
