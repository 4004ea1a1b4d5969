package org.scholia.render.pdf.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;

/**
 * Liang's pattern hyphenation with TeX's patterns, as compiled by the OFFO project for Apache
 * FOP ({@code hyph/en.hyp}, {@code en_GB}, {@code ru}, {@code de}, {@code fr}, … in fop-hyph).
 *
 * <p>The compiled files are serialized {@link HyphenationTree}s. They are read here directly
 * rather than through FOP's {@code org.apache.fop.hyphenation.Hyphenator}, whose cache and
 * resolver need commons-io and FOP's configuration classes that are not on the class path;
 * the tree itself loads standalone. Deserialization is limited to FOP's hyphenation classes.
 *
 * <p>One instance reads its language's patterns once and caches each word's points. Like TeX
 * ({@code \lefthyphenmin=2}, {@code \righthyphenmin=3}) it leaves at least 2 letters before a
 * hyphen and 3 after.
 */
public final class Hyphenator {

    public static final int LEFT_MIN = 2;
    public static final int RIGHT_MIN = 3;
    private static final int[] NONE = new int[0];

    private final String language;
    private final HyphenationTree tree;
    private final Map<String, int[]> cache = new HashMap<>();
    /** The hyphenators of passages in other languages, made when first asked for. */
    private final Map<String, Hyphenator> others = new HashMap<>();

    /**
     * @param language BCP 47 tag; "en-GB" uses British patterns where they exist, any other
     *                 region falls back to the language ("en-US" → "en")
     */
    public Hyphenator(String language) {
        this.language = language;
        this.tree = load(language);
    }

    /** Whether patterns were found for the language (else no word is hyphenated). */
    public boolean available() {
        return tree != null;
    }

    /** The language the patterns were asked for. */
    public String language() {
        return language;
    }

    /**
     * Where a word may be hyphenated: indices into the word (a hyphen goes before that char),
     * ascending; empty for words too short or without patterns.
     */
    public int[] points(String word) {
        if (tree == null || word.length() < LEFT_MIN + RIGHT_MIN) {
            return NONE;
        }
        int[] points = cache.get(word);
        if (points == null) {
            Hyphenation h = tree.hyphenate(word, LEFT_MIN, RIGHT_MIN);
            points = h == null ? NONE : h.getHyphenationPoints();
            cache.put(word, points);
        }
        return points;
    }

    /**
     * The hyphenator for words in another language (a passage marked {@code lang=ru} in a
     * book in English), kept with this one: the same instance for null or this language.
     */
    public Hyphenator other(String otherLanguage) {
        if (otherLanguage == null || otherLanguage.equalsIgnoreCase(language)) {
            return this;
        }
        return others.computeIfAbsent(otherLanguage.toLowerCase(Locale.ROOT), Hyphenator::new);
    }

    /** The word with '-' at each hyphenation point, e.g. "hy-phen-ation" (tests, debugging). */
    public String show(String word) {
        StringBuilder sb = new StringBuilder(word);
        int[] p = points(word);
        for (int i = p.length - 1; i >= 0; i--) {
            sb.insert(p[i], '-');
        }
        return sb.toString();
    }

    private static HyphenationTree load(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(language);
        String lang = locale.getLanguage();
        String region = locale.getCountry();
        if (!region.isEmpty()) {
            HyphenationTree t = read(lang + "_" + region);
            if (t != null) {
                return t;
            }
        }
        return read(lang);
    }

    private static HyphenationTree read(String name) {
        InputStream raw = Hyphenator.class.getResourceAsStream("/hyph/" + name + ".hyp");
        if (raw == null) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "org.apache.fop.hyphenation.*;java.util.*;java.lang.*;!*"));
            return (HyphenationTree) in.readObject();
        } catch (InvalidClassException e) {
            throw new IllegalStateException("hyphenation patterns hyph/" + name + ".hyp do not match FOP's classes: "
                    + e.getMessage(), e);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read hyphenation patterns hyph/" + name + ".hyp: " + e.getMessage(), e);
        }
    }
}
