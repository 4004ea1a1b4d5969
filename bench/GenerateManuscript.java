import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Scholia manuscript (book.yaml, chNN.md chapters, glossary.md) of a chosen
 * size, for timing the pipeline. Single file, JDK only, deterministic: the same arguments give
 * byte-identical files.
 *
 * <pre>
 * java bench/GenerateManuscript.java OUTDIR [--words 150000] [--chapters 20] [--notes 1000]
 *     [--terms 50] [--long-notes 10] [--long-note-words 600] [--multi-paragraph-notes 50] [--seed 42]
 * </pre>
 *
 * "Body words" are the words a reader sees in chapter paragraphs: headings, footnote
 * definitions, markup and footnote references are not counted; a glossary term counts as its
 * two words; {@code [[headword|shown text]]} counts as the words of the shown text. The body word
 * count is exact (equal to --words) unless a chapter is too short to hold a 40-word paragraph.
 */
public final class GenerateManuscript {

    // ------------------------------------------------------------------ vocabulary

    static final String[] DETERMINERS = {
        "the", "the", "the", "a", "a", "this", "that", "every", "each", "some", "no", "its",
        "their", "our", "another", "any", "such", "one"
    };
    static final String[] PREPOSITIONS = {
        "of", "of", "in", "in", "on", "for", "with", "by", "from", "under", "between", "within",
        "against", "without", "through", "towards", "across", "beyond", "among", "during", "after",
        "before", "beneath", "around", "despite", "alongside", "throughout"
    };
    static final String[] CONJUNCTIONS = {
        "and", "and", "but", "or", "yet", "while", "because", "although", "whereas", "since",
        "unless", "so", "though", "until", "whenever"
    };
    static final String[] SUBJECTS = { "it", "they", "we", "this", "she", "he", "nobody", "everyone" };
    static final String[] ADVERBS = {
        "often", "rarely", "quietly", "carefully", "characteristically", "increasingly",
        "nevertheless", "perhaps", "consequently", "occasionally", "deliberately", "substantially",
        "simultaneously", "unfortunately", "accordingly", "repeatedly", "gradually", "notably",
        "surprisingly", "therefore", "merely", "hardly", "largely", "still", "always", "never",
        "soon", "then", "again", "almost", "already", "indeed", "instead", "otherwise",
        "uncharacteristically", "comparatively", "approximately", "undoubtedly", "systematically",
        "respectively", "thereafter", "seldom", "once", "twice", "openly", "briefly", "slowly"
    };
    static final String[] VERBS = {
        "remains", "requires", "suggests", "describes", "follows", "reflects", "establishes",
        "undermines", "represents", "determines", "encourages", "demonstrates", "transforms",
        "considered", "produced", "maintained", "organised", "recognised", "questioned",
        "interpreted", "distinguished", "accommodated", "reorganised", "contradicts",
        "anticipates", "illuminates", "was", "is", "became", "seemed", "found", "made", "gave",
        "took", "kept", "left", "held", "brought", "met", "read", "wrote", "showed", "changed",
        "opened", "closed", "carried", "reached", "returned", "crossed", "measured", "recorded",
        "explained", "compared", "defended", "rejected", "accepted", "supported", "divided",
        "collected", "published", "translated", "abandoned", "announced", "discovered",
        "transformed", "consolidated", "misunderstood", "overestimated", "underestimated",
        "reconsidered", "institutionalised", "characterised", "standardised", "decentralised",
        "acknowledges", "complicates", "presupposes", "exemplifies", "reinforces", "resembles",
        "belongs", "depends", "survives", "matters", "appears", "arrives", "begins", "ends",
        "grew", "fell", "rose", "ran", "sat", "stood", "spoke", "knew", "thought", "saw"
    };
    static final String[] ADJECTIVES = {
        "administrative", "historical", "economic", "political", "ordinary", "remarkable",
        "considerable", "institutional", "characteristic", "fundamental", "provincial",
        "theoretical", "intellectual", "constitutional", "revolutionary", "bureaucratic",
        "agricultural", "industrial", "comparative", "conventional", "experimental",
        "environmental", "extraordinary", "uncomfortable", "inconsistent", "unprecedented",
        "responsible", "independent", "significant", "temporary", "permanent", "public", "private",
        "local", "general", "early", "late", "small", "large", "new", "old", "modern", "ancient",
        "formal", "rural", "urban", "civil", "legal", "moral", "social", "central", "regional",
        "national", "quiet", "brief", "broad", "narrow", "simple", "complex", "obscure", "careful",
        "uncertain", "familiar", "foreign", "domestic", "ambitious", "reluctant", "deliberate",
        "incomprehensible", "disproportionate", "interdisciplinary", "uncontroversial",
        "multinational", "counterproductive", "representative", "parliamentary", "municipal",
        "ecclesiastical", "philosophical", "geographical", "statistical", "technical", "practical",
        "open", "hard", "soft", "dark", "bright", "long", "short", "wide", "deep", "true", "false",
        "strange", "common", "rare", "slow", "rapid", "distant", "recent", "future", "former"
    };
    /** Singular nouns; irregular plurals are in {@link #IRREGULAR}. */
    static final String[] NOUNS = {
        "council", "committee", "government", "internationalisation", "administration",
        "organisation", "responsibility", "interpretation", "institution", "representation",
        "manuscript", "argument", "history", "question", "tradition", "movement", "economy",
        "society", "industry", "village", "province", "market", "record", "document", "reader",
        "writer", "teacher", "student", "chapter", "theory", "method", "practice", "principle",
        "decision", "policy", "reform", "crisis", "period", "century", "decade", "region", "border",
        "harvest", "factory", "worker", "peasant", "officer", "minister", "archive", "library",
        "letter", "river", "city", "language", "problem", "system", "structure", "process",
        "conference", "assembly", "treaty", "doctrine", "authority", "settlement", "landscape",
        "measure", "pattern", "proposal", "statement", "account", "survey", "census", "ledger",
        "analysis", "criterion", "hypothesis", "phenomenon", "child", "thesis", "witness",
        "church", "tax", "box", "bridge", "road", "house", "school", "court", "law", "right",
        "duty", "office", "party", "union", "state", "nation", "people", "town", "farm", "mill",
        "station", "journey", "harbour", "mountain", "valley", "island", "coast", "winter",
        "summer", "morning", "evening", "voice", "hand", "word", "name", "idea", "reason", "claim",
        "purpose", "difficulty", "opportunity", "consequence", "circumstance", "characterisation",
        "responsibility", "correspondence", "accountability", "infrastructure", "jurisdiction",
        "legislation", "negotiation", "transformation", "collectivisation", "industrialisation",
        "modernisation", "bureaucracy", "commission", "delegation", "secretary", "inspector",
        "newspaper", "pamphlet", "speech", "memory", "silence", "country", "family", "generation"
    };
    static final Map<String, String> IRREGULAR = Map.of(
        "analysis", "analyses", "crisis", "crises", "criterion", "criteria", "hypothesis",
        "hypotheses", "phenomenon", "phenomena", "child", "children", "thesis", "theses",
        "people", "peoples");
    static final String[] SURNAMES = {
        "Harrington", "Okonkwo", "Lindqvist", "Moreau", "Kowalczyk", "Nakamura", "Fitzgerald",
        "Castellano", "Abernathy", "Van der Berg", "Schumacher", "Delacroix", "Whitfield",
        "Ivanova", "Mendelssohn", "Oyelaran", "Petrovic", "Thornbury", "Achterberg", "Quiroga"
    };
    static final String[] CODE_WORDS = {
        "book.yaml", "glossary.md", "autolink", "first-per-chapter", "chapters", "language",
        "SOURCE_DATE_EPOCH", "UTF-8", "--only", "identifier"
    };

    static String plural(String noun) {
        String irr = IRREGULAR.get(noun);
        if (irr != null) return irr;
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String titleCase(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean minor = i > 0 && (w.equals("of") || w.equals("and") || w.equals("the")
                    || w.equals("in") || w.equals("on") || w.equals("a") || w.equals("its"));
            if (i > 0) sb.append(' ');
            sb.append(minor ? w : cap(w));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ options

    static final class Options {
        Path out;
        int words = 150_000, chapters = 20, notes = 1000, terms = 50, longNotes = 10,
            longNoteWords = 600, multiNotes = 50;
        long seed = 42;
    }

    static void usage(String problem) {
        if (problem != null) System.err.println("GenerateManuscript: " + problem);
        System.err.println("usage: java bench/GenerateManuscript.java OUTDIR [--words 150000] [--chapters 20]"
                + " [--notes 1000] [--terms 50] [--long-notes 10] [--long-note-words 600]"
                + " [--multi-paragraph-notes 50] [--seed 42]");
        System.exit(problem == null ? 0 : 2);
    }

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) usage(null);
            if (!a.startsWith("--")) {
                if (o.out != null) usage("more than one OUTDIR: " + o.out + ", " + a);
                o.out = Path.of(a);
                continue;
            }
            String name = a, value;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else {
                if (i + 1 >= args.length) usage(a + " needs a value");
                value = args[++i];
            }
            long v;
            try {
                v = Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                usage(name + " needs a whole number, not '" + value + "'");
                return o;
            }
            if (v < 0 || (!name.equals("--seed") && v > Integer.MAX_VALUE)) usage(name + " out of range: " + value);
            switch (name) {
                case "--words" -> o.words = (int) v;
                case "--chapters" -> o.chapters = (int) v;
                case "--notes" -> o.notes = (int) v;
                case "--terms" -> o.terms = (int) v;
                case "--long-notes" -> o.longNotes = (int) v;
                case "--long-note-words" -> o.longNoteWords = (int) v;
                case "--multi-paragraph-notes" -> o.multiNotes = (int) v;
                case "--seed" -> o.seed = v;
                default -> usage("unknown option " + name);
            }
        }
        if (o.out == null) usage("OUTDIR is missing");
        if (o.chapters < 1) usage("--chapters must be at least 1");
        int maxTerms = ADJECTIVES.length * (int) Arrays.stream(NOUNS).distinct().count();
        if (o.terms > maxTerms) usage("--terms must be at most " + maxTerms);
        return o;
    }

    // ------------------------------------------------------------------ state

    final Options o;
    final SplittableRandom rnd;
    /** "adj noun" and "adj nouns" of every glossary term: prose never forms these by accident. */
    final Set<String> termBigrams = new HashSet<>();
    final List<Term> terms = new ArrayList<>();
    final String[] nouns = Arrays.stream(NOUNS).distinct().toArray(String[]::new);
    int termUsesDone, explicitRefsDone;

    record Term(String adj, String noun) {
        String headword() { return adj + " " + noun; }
        String pluralForm() { return adj + " " + plural(noun); }
    }

    GenerateManuscript(Options o) {
        this.o = o;
        this.rnd = new SplittableRandom(o.seed);
    }

    <T> T pick(T[] a) { return a[rnd.nextInt(a.length)]; }

    int between(int lo, int hi) { return lo + rnd.nextInt(hi - lo + 1); }

    boolean chance(double p) { return rnd.nextDouble() < p; }

    // ------------------------------------------------------------------ tokens and sentences

    enum Kind { WORD, TERM, LINK, DASH }

    /** One piece of a sentence: a word, a glossary term (2 words), a [[link]] (2 words) or an em dash. */
    static final class Token {
        Kind kind;
        String text;
        String punct = "";
        StringBuilder refs;
        String category = "";

        Token(Kind kind, String text, String category) {
            this.kind = kind;
            this.text = text;
            this.category = category;
        }

        int words() { return kind == Kind.DASH ? 0 : kind == Kind.WORD ? 1 : 2; }
    }

    /** A pending event: a term use or explicit reference at a body word position of a chapter. */
    record TermEvent(int pos, int term, boolean plural, boolean explicit, boolean shown) {}

    /** Category sequences from which sentences are assembled (then cut to length). */
    static final String[][] OPENINGS = {
        {"D", "A", "N", "V"}, {"D", "N", "V"}, {"S", "V"}, {"NP", "V"}, {"R", ",", "D", "N", "V"},
        {"P", "D", "A", "N", ",", "D", "N", "V"}, {"D", "A", "NP", "V"}, {"S", "R", "V"}
    };
    static final String[][] CONTINUATIONS = {
        {"P", "D", "N"}, {"P", "D", "A", "N"}, {"C", "D", "N", "V"}, {"R"}, {"P", "NP"},
        {"D", "A", "N"}, {"C", "S", "V", "D", "N"}, {"P", "D", "N", "P", "NP"}, {"A", "NP"},
        {"C", "D", "A", "NP", "V", "R"}, {"D", "N"}, {"P", "A", "NP"}
    };

    /** Whether a category may end a sentence. */
    static boolean canEnd(String cat) {
        return cat.equals("N") || cat.equals("NP") || cat.equals("R") || cat.equals("V");
    }

    String wordFor(String cat, Token prev) {
        switch (cat) {
            case "D": return pick(DETERMINERS);
            case "P": return pick(PREPOSITIONS);
            case "C": return pick(CONJUNCTIONS);
            case "S": return pick(SUBJECTS);
            case "R": return pick(ADVERBS);
            case "V": return pick(VERBS);
            case "A": return pick(ADJECTIVES);
            default: {
                boolean pl = cat.equals("NP");
                for (int tries = 0; ; tries++) {
                    String n = pick(nouns);
                    if (pl) n = plural(n);
                    if (prev == null || prev.kind != Kind.WORD || tries > 20
                            || !termBigrams.contains(prev.text.toLowerCase(Locale.ROOT) + " " + n)) {
                        return n;
                    }
                }
            }
        }
    }

    /** Categories for a sentence of exactly n slots (n >= 1), ending on a noun, verb or adverb. */
    List<String> categories(int n) {
        List<String> cats = new ArrayList<>(n + 8);
        for (String c : pick(OPENINGS)) cats.add(c);
        while (slots(cats) < n) {
            String[] cont = pick(CONTINUATIONS);
            if (cont[0].equals("C") && chance(0.7)) cats.add(",");
            for (String c : cont) cats.add(c);
        }
        // cut to n slots
        List<String> cut = new ArrayList<>(n + 4);
        int s = 0;
        for (String c : cats) {
            if (s == n) break;
            cut.add(c);
            if (!c.equals(",")) s++;
        }
        while (!cut.isEmpty() && cut.get(cut.size() - 1).equals(",")) cut.remove(cut.size() - 1);
        String last = cut.get(cut.size() - 1);
        if (!canEnd(last)) cut.set(cut.size() - 1, n > 1 && chance(0.3) ? "NP" : "N");
        return cut;
    }

    static int slots(List<String> cats) {
        int s = 0;
        for (String c : cats) if (!c.equals(",")) s++;
        return s;
    }

    /**
     * Context for filling a chapter's body: word position, pending term events and note
     * positions. For notes and glossary definitions, events and notes are empty.
     */
    final class Flow {
        int wordPos;
        List<TermEvent> events = List.of();
        int nextEvent;
        int[] notePos = new int[0];
        int nextNote;
        int chapterNotes;
        int lastTermEnd = -10;

        /** Builds one sentence of exactly n words (as counted for the body). */
        List<Token> sentence(int n) {
            List<String> cats = categories(n);
            List<Token> toks = new ArrayList<>(cats.size() + 4);
            int slot = 0;
            Token prev = null;
            for (int ci = 0; ci < cats.size(); ci++) {
                String cat = cats.get(ci);
                if (cat.equals(",")) {
                    if (prev != null) prev.punct = ",";
                    continue;
                }
                // a due glossary event takes two slots, if the sentence has room
                if (nextEvent < events.size() && events.get(nextEvent).pos() <= wordPos
                        && slot + 2 <= n && wordPos > lastTermEnd + 1
                        && ci + 1 < cats.size() && !cats.get(ci + 1).equals(",")) {
                    TermEvent ev = events.get(nextEvent++);
                    Token t = termToken(ev, slot == 0);
                    toks.add(t);
                    prev = t;
                    ci++; // skip the next category as well: the term used two slots
                    slot += 2;
                    wordPos += 2;
                    lastTermEnd = wordPos;
                    attachNotes(t);
                    continue;
                }
                String w = wordFor(cat, prev);
                Token t = new Token(Kind.WORD, slot == 0 ? cap(w) : w, cat);
                toks.add(t);
                prev = t;
                slot++;
                wordPos++;
                attachNotes(t);
            }
            return toks;
        }

        void attachNotes(Token t) {
            while (nextNote < notePos.length && notePos[nextNote] < wordPos) {
                nextNote++;
                if (t.refs == null) t.refs = new StringBuilder();
                t.refs.append("[^n").append(nextNote).append(']');
            }
        }

        Token termToken(TermEvent ev, boolean initial) {
            Term term = terms.get(ev.term());
            if (ev.explicit()) explicitRefsDone++; else termUsesDone++;
            if (!ev.explicit()) {
                String s = ev.plural() ? term.pluralForm() : term.headword();
                return new Token(Kind.TERM, initial ? cap(s) : s, "T");
            }
            String head = term.headword();
            String shown;
            if (ev.shown()) {
                shown = ev.plural() ? pick(new String[] {"such", "these", "many", "several"}) + " " + plural(term.noun())
                        : pick(new String[] {"the", "this", "that", "one"}) + " " + term.noun();
            } else if (initial) {
                shown = head; // keep the sentence capitalised
            } else {
                return new Token(Kind.LINK, "[[" + head + "]]", "T");
            }
            return new Token(Kind.LINK, "[[" + head + "|" + (initial ? cap(shown) : shown) + "]]", "T");
        }
    }

    /** Adds commas, em dashes, emphasis, strong and code to a sentence in place. */
    void decorate(List<Token> toks, boolean allowCode) {
        int n = toks.size();
        if (n >= 10 && chance(0.09)) {
            int at = between(3, n - 4);
            Token before = toks.get(at);
            before.punct = "";
            toks.add(at + 1, new Token(Kind.DASH, "—", ""));
            n++;
        } else if (n >= 9 && chance(0.25)) {
            int at = between(3, n - 4);
            if (toks.get(at).kind != Kind.DASH && toks.get(at + 1).kind != Kind.DASH) toks.get(at).punct = ",";
        }
        if (n >= 5 && chance(0.12)) {
            int at = between(1, n - 2);
            Token a = toks.get(at), b = toks.get(at + 1);
            if (plain(a)) {
                if (chance(0.35) && plain(b) && a.punct.isEmpty() && a.refs == null) {
                    a.text = "*" + a.text;
                    b.text = b.text + "*";
                } else {
                    a.text = "*" + a.text + "*";
                }
            }
        }
        if (n >= 5 && chance(0.04)) {
            Token a = toks.get(between(1, n - 1));
            if (plain(a)) a.text = "**" + a.text + "**";
        }
        if (allowCode && n >= 6 && chance(0.02)) {
            Token a = toks.get(between(1, n - 1));
            if (plain(a)) a.text = "`" + pick(CODE_WORDS) + "`";
        }
    }

    static boolean plain(Token t) {
        return t.kind == Kind.WORD && t.refs == null && !t.text.startsWith("*") && !t.text.endsWith("*")
                && !t.text.startsWith("`");
    }

    static void render(StringBuilder sb, List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (i > 0) sb.append(' ');
            if (t.kind == Kind.WORD && (t.text.equals("a") || t.text.equals("A")) && i + 1 < toks.size()
                    && startsWithVowel(toks.get(i + 1).text)) {
                sb.append(t.text).append('n'); // "an economic crisis"
            } else {
                sb.append(t.text);
            }
            boolean last = i == toks.size() - 1;
            sb.append(last ? "." : t.punct);
            if (t.refs != null) sb.append(t.refs);
        }
    }

    static boolean startsWithVowel(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return "aeiouAEIOU".indexOf(c) >= 0;
        }
        return false;
    }

    /** Splits n words into sentence lengths of 6–28 words (shorter only if n itself is). */
    int[] sentenceLengths(int n) {
        List<Integer> out = new ArrayList<>();
        int rem = n;
        while (rem > 0) {
            int s = between(6, 28);
            if (rem - s < 6) s = rem;
            out.add(s);
            rem -= s;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A paragraph of exactly n words, rendered into sb (no trailing newline). */
    void paragraph(StringBuilder sb, Flow flow, int n, boolean allowCode) {
        int[] lens = sentenceLengths(n);
        for (int i = 0; i < lens.length; i++) {
            List<Token> toks = flow.sentence(lens[i]);
            decorate(toks, allowCode);
            if (i > 0) sb.append(' ');
            render(sb, toks);
        }
    }

    /** Free prose (notes, definitions): no glossary events, no note references. */
    void prose(StringBuilder sb, int n) {
        paragraph(sb, new Flow(), n, false);
    }

    /** Splits a chapter's budget into paragraph lengths of 40–180 words. */
    int[] paragraphLengths(int total) {
        List<Integer> out = new ArrayList<>();
        int rem = total;
        while (rem > 180) {
            int len = between(40, 180);
            if (rem - len < 40) len = rem - 40;
            out.add(len);
            rem -= len;
        }
        if (rem > 0) out.add(rem);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    String heading(int minWords, int maxWords) {
        int n = between(minWords, maxWords);
        List<String> ws = new ArrayList<>();
        switch (rnd.nextInt(4)) {
            case 0 -> { ws.add("the"); ws.add(pick(ADJECTIVES)); ws.add(pick(nouns)); }
            case 1 -> { ws.add(pick(ADJECTIVES)); ws.add(plural(pick(nouns))); ws.add("and"); ws.add(pick(nouns)); }
            case 2 -> { ws.add("on"); ws.add("the"); ws.add(pick(nouns)); ws.add("of"); ws.add(plural(pick(nouns))); }
            default -> { ws.add(pick(nouns)); ws.add("and"); ws.add(pick(nouns)); }
        }
        while (ws.size() < n) ws.add(ws.size() % 2 == 0 ? pick(nouns) : "in");
        if (ws.get(ws.size() - 1).equals("in")) ws.add(pick(nouns));
        // no glossary term in a heading
        for (int i = 1; i < ws.size(); i++) {
            if (termBigrams.contains(ws.get(i - 1) + " " + ws.get(i))) ws.set(i, "question");
        }
        return titleCase(ws);
    }

    // ------------------------------------------------------------------ the book

    record Result(long bodyWords, long noteWords, int notes, int terms, long bytes, int termUses, int explicitRefs) {}

    Result generate() throws IOException {
        Files.createDirectories(o.out);
        long bytes = 0;

        // glossary terms: adjective + noun pairs, unique
        Set<String> seen = new HashSet<>();
        while (terms.size() < o.terms) {
            Term t = new Term(pick(ADJECTIVES), pick(nouns));
            if (seen.add(t.headword())) {
                terms.add(t);
                termBigrams.add(t.headword());
                termBigrams.add(t.pluralForm());
            }
        }

        int C = o.chapters;
        // term uses: each term several times, in at least two chapters when there are two
        List<List<TermEvent>> perChapter = new ArrayList<>();
        int[] budget = new int[C];
        for (int c = 0; c < C; c++) {
            perChapter.add(new ArrayList<>());
            budget[c] = o.words / C + (c < o.words % C ? 1 : 0);
        }
        int termUses = 0, explicitRefs = 0;
        for (int ti = 0; ti < terms.size(); ti++) {
            int uses = between(4, 12);
            int first = rnd.nextInt(C);
            for (int u = 0; u < uses; u++) {
                int c = u == 0 ? first : u == 1 && C > 1 ? (first + 1 + rnd.nextInt(C - 1)) % C : rnd.nextInt(C);
                if (budget[c] < 40) continue;
                perChapter.get(c).add(new TermEvent(rnd.nextInt(budget[c]), ti, chance(0.3), false, false));
                termUses++;
            }
        }
        // a few explicit references per chapter
        if (!terms.isEmpty()) {
            for (int c = 0; c < C; c++) {
                if (budget[c] < 40) continue;
                int k = 1 + (c % 2);
                for (int i = 0; i < k; i++) {
                    boolean shown = (c + i) % 2 == 1;
                    perChapter.get(c).add(new TermEvent(rnd.nextInt(budget[c]), rnd.nextInt(terms.size()),
                            shown && chance(0.5), true, shown));
                    explicitRefs++;
                }
            }
        }
        for (List<TermEvent> evs : perChapter) evs.sort((a, b) -> Integer.compare(a.pos(), b.pos()));

        // notes: spread evenly over chapters; choose which are long and which multi-paragraph
        int[] notesIn = new int[C];
        for (int c = 0; c < C; c++) notesIn[c] = o.notes / C + (c < o.notes % C ? 1 : 0);
        int[] order = new int[o.notes];
        for (int i = 0; i < order.length; i++) order[i] = i;
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int tmp = order[i]; order[i] = order[j]; order[j] = tmp;
        }
        byte[] noteKind = new byte[o.notes]; // 0 normal, 1 long, 2 multi-paragraph
        int longN = Math.min(o.longNotes, o.notes);
        int multiN = Math.min(o.multiNotes, o.notes - longN);
        for (int i = 0; i < longN; i++) noteKind[order[i]] = 1;
        for (int i = longN; i < longN + multiN; i++) noteKind[order[i]] = 2;

        int width = Math.max(2, String.valueOf(C).length());
        List<String> files = new ArrayList<>();
        long bodyWords = 0, noteWords = 0;
        int globalNote = 0;
        StringBuilder sb = new StringBuilder(1 << 20);
        for (int c = 0; c < C; c++) {
            sb.setLength(0);
            String file = "ch" + String.format(Locale.ROOT, "%0" + width + "d", c + 1) + ".md";
            files.add(file);
            sb.append("# Chapter ").append(c + 1).append(": ").append(heading(2, 5)).append("\n\n");

            Flow flow = new Flow();
            flow.events = perChapter.get(c);
            int k = notesIn[c];
            flow.notePos = new int[k];
            for (int i = 0; i < k; i++) flow.notePos[i] = (int) ((i + 0.5) * budget[c] / k);

            int[] paras = paragraphLengths(budget[c]);
            int P = paras.length;
            int sections = Math.min(between(2, 4), Math.max(0, P - 1));
            Set<Integer> sectionStarts = new HashSet<>();
            for (int j = 0; j < sections; j++) sectionStarts.add(Math.max(1, (j + 1) * P / (sections + 1)));
            for (int p = 0; p < P; p++) {
                if (sectionStarts.contains(p)) sb.append("## ").append(heading(2, 6)).append("\n\n");
                int before = flow.wordPos;
                paragraph(sb, flow, paras[p], true);
                if (p == P - 1 && flow.nextNote < k) {
                    // defensive: any note not yet referenced goes at the end of the chapter
                    while (flow.nextNote < k) sb.append("[^n").append(++flow.nextNote).append(']');
                }
                bodyWords += flow.wordPos - before;
                sb.append("\n\n");
            }
            if (P == 0) {
                for (int i = 1; i <= k; i++) sb.append("[^n").append(i).append("] ");
                if (k > 0) sb.append("\n\n");
            }

            // footnote definitions at the end of the chapter
            for (int i = 1; i <= k; i++, globalNote++) {
                sb.append("[^n").append(i).append("]: ");
                switch (noteKind[globalNote]) {
                    case 1 -> { noteBody(sb, o.longNoteWords); noteWords += o.longNoteWords; }
                    case 2 -> {
                        int paragraphs = between(2, 3);
                        for (int q = 0; q < paragraphs; q++) {
                            int n = between(10, 40);
                            if (q > 0) sb.append("\n\n    ");
                            if (q == 0) noteBody(sb, n); else prose(sb, n);
                            noteWords += n;
                        }
                    }
                    default -> { int n = between(10, 60); noteBody(sb, n); noteWords += n; }
                }
                sb.append("\n\n");
            }
            trimTrailingBlank(sb);
            bytes += write(file, sb);
        }

        // glossary.md
        sb.setLength(0);
        sb.append("# Glossary\n\n");
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> a.headword().compareTo(b.headword()));
        for (int i = 0; i < sorted.size(); i++) {
            Term t = sorted.get(i);
            sb.append(t.headword()).append('\n').append(t.pluralForm()).append('\n').append(": ");
            int n = between(20, 40);
            if (sorted.size() > 1 && i % 8 == 3) {
                prose(sb, n - 4);
                Term other = sorted.get((i + 1 + rnd.nextInt(sorted.size() - 1)) % sorted.size());
                sb.append(" See also [[").append(other.headword()).append("]].");
            } else {
                prose(sb, n);
            }
            sb.append("\n\n");
        }
        trimTrailingBlank(sb);
        bytes += write("glossary.md", sb);

        // book.yaml
        sb.setLength(0);
        sb.append("title: Benchmark Book\n");
        sb.append("subtitle: A Generated Manuscript for Timing Scholia\n");
        sb.append("author: Scholia Benchmark\n");
        sb.append("language: en\n");
        sb.append("description: \"Generated by bench/GenerateManuscript.java: ").append(o.words).append(" words, ")
          .append(C).append(" chapters, ").append(o.notes).append(" notes, ").append(o.terms)
          .append(" terms, seed ").append(o.seed).append(".\"\n");
        sb.append("glossary: glossary.md\n");
        sb.append("autolink: first-per-chapter\n");
        sb.append("chapters:\n");
        for (String f : files) sb.append("  - ").append(f).append('\n');
        bytes += write("book.yaml", sb);

        return new Result(bodyWords, noteWords, o.notes, terms.size(), bytes, termUsesDone, explicitRefsDone);
    }

    /** Note text of n words; a quarter of the notes start with a citation (6 words). */
    void noteBody(StringBuilder sb, int n) {
        if (n >= 12 && chance(0.25)) {
            String adj = pick(ADJECTIVES), noun = pick(nouns);
            while (termBigrams.contains(adj + " " + noun)) noun = pick(nouns);
            String surname = pick(SURNAMES);
            int words = 6 + (surname.contains(" ") ? surname.split(" ").length - 1 : 0);
            sb.append("See ").append(surname).append(", *The ").append(cap(adj)).append(' ').append(cap(noun))
              .append("*, p. ").append(between(3, 480)).append(". ");
            // "See", surname, "The", adj, noun, "p.", number: the number is not a word
            prose(sb, Math.max(1, n - words));
        } else {
            prose(sb, n);
        }
    }

    static void trimTrailingBlank(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n') sb.setLength(sb.length() - 1);
        sb.append('\n');
    }

    long write(String name, CharSequence text) throws IOException {
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(o.out.resolve(name), b);
        return b.length;
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        Options o = parse(args);
        Result r = new GenerateManuscript(o).generate();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT,
                "%s: %d body words, %d chapters, %d notes (%d note words), %d terms (%d uses, %d [[refs]]), %d bytes, %d ms%n",
                o.out, r.bodyWords(), o.chapters, r.notes(), r.noteWords(), r.terms(), r.termUses(),
                r.explicitRefs(), r.bytes(), ms);
    }
}
