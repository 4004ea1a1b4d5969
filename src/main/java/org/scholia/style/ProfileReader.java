package org.scholia.style;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholia.load.ManuscriptFolder;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;

/** Turns the flat, positioned values of a profile into a checked {@link Profile}. */
final class ProfileReader {
    private static final Set<String> BUILTIN_FAMILIES = Set.of("serif", "sans", "mono");
    private static final Map<String, double[]> PAGE_SIZES = Map.of(
            "a4", new double[] {595.276, 841.89},
            "a5", new double[] {419.528, 595.276},
            "letter", new double[] {612, 792},
            "legal", new double[] {612, 1008});

    /** "1", "1.5" (at most 6 decimals) or "3/2" (at most 6 digits each side). */
    private static final Pattern RATIO = Pattern.compile("(\\d{1,6})(?:\\.(\\d{1,6})|/(\\d{1,6}))?");

    private final String name;
    private final String source;
    private final Map<String, ProfileLoader.Entry> values;
    private final Path manuscriptDir;

    ProfileReader(String name, String source, Map<String, ProfileLoader.Entry> values, Path manuscriptDir) {
        this.name = name;
        this.source = source;
        this.values = values;
        this.manuscriptDir = manuscriptDir;
    }

    Profile read() throws ManuscriptException {
        var sizes = new Profile.Sizes(size("sizes.body"), size("sizes.notes"), size("sizes.title"), size("sizes.chapter"),
                size("sizes.section"), size("sizes.subsection"), size("sizes.running-head"), size("sizes.code"));
        double em = sizes.body();
        long[] page = page("page");
        var margins = margins("margins", page, em);
        Map<String, Map<String, Path>> files = fontFiles();
        var fonts = new Profile.Fonts(family("fonts.body", files), family("fonts.headings", files),
                family("fonts.mono", files), files);
        double leading = fraction("leading", 1.0, 3.0);
        var colors = new Profile.Colors(color("colors.text"), color("colors.links"), color("colors.terms"),
                color("colors.rules"));
        var rule = new Profile.FootnoteRule(length("footnote-rule.width", em), length("footnote-rule.thickness", em),
                length("footnote-rule.skip", em));
        var b = new ProfileBuilder().name(name).source(source).pageWidth(page[0]).pageHeight(page[1]).margins(margins)
                .mirror(bool("mirror")).fonts(fonts).sizes(sizes).leading(leading)
                .paragraphIndent(length("paragraph-indent", em)).colors(colors).widows(integer("widows", 1, 6))
                .orphans(integer("orphans", 1, 6)).footnoteRule(rule).language(values.get("language").text().trim());
        b.marginNumbers(marginNumbers(em)).booklet(booklet(page, em)).protrusion(number("protrusion", 0, 2));
        return proportions(b, em).build();
    }

    private Profile.Margins margins(String key, long[] page, double em) throws ManuscriptException {
        var margins = new Profile.Margins(length(key + ".inner", em), length(key + ".outer", em),
                length(key + ".top", em), length(key + ".bottom", em));
        if (margins.inner() + margins.outer() >= page[0] * 3 / 4 || margins.top() + margins.bottom() >= page[1] * 3 / 4) {
            // point at a margin the manuscript set, not at a built-in default
            String at = key + ".inner";
            for (String side : new String[] {"inner", "outer", "top", "bottom"}) {
                if (!entry(key + "." + side).span().file().endsWith("(built-in)")) {
                    at = key + "." + side;
                    break;
                }
            }
            throw bad(at, "the margins leave too little room for text on this page size",
                    "make the margins smaller or the page larger");
        }
        return margins;
    }

    private Profile.MarginNumbers marginNumbers(double em) throws ManuscriptException {
        var restart = choice("line-numbers-restart", Profile.LineRestart.class);
        var side = choice("line-numbers-side", Profile.Side.class);
        return new Profile.MarginNumbers(bool("paragraph-numbers"), integer("line-numbers", 0, 1000), restart, side,
                size("margin-numbers.size"), length("margin-numbers.gap", em));
    }

    /**
     * The booklet's page: "half" is half the sheet the edition is printed on (A5 from A4), the
     * sheet being this profile's page turned landscape; a named or custom size must fit two-up on it.
     */
    private Profile.Booklet booklet(long[] sheet, double em) throws ManuscriptException {
        long[] page = entry("booklet-page").lower().equals("half") ? new long[] {sheet[1] / 2, sheet[0]} : page("booklet-page");
        if (2 * page[0] > sheet[1] || page[1] > sheet[0]) {
            throw bad("booklet-page", "two booklet pages of this size do not fit side by side on the sheet (the page '"
                    + entry("page").text() + "' turned landscape)", "write half, or a page at most half the sheet's length");
        }
        int signature = integer("booklet-signature", 4, 1000);
        if (signature % 4 != 0) {
            throw bad("booklet-signature", signature + " is not a multiple of 4: a folded sheet holds 4 pages",
                    "write a multiple of 4, such as 32");
        }
        return new Profile.Booklet(bool("booklet"), page[0], page[1], margins("booklet-margins", page, em), signature);
    }

    /** A value that is one of an enum's constants, written in lower case ("page", "chapter"). */
    private <E extends Enum<E>> E choice(String key, Class<E> type) throws ManuscriptException {
        String v = entry(key).lower();
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (name.equals(v)) return e;
            allowed.append(allowed.length() == 0 ? "" : " or ").append(name);
        }
        throw bad(key, "'" + entry(key).text() + "' is not one of " + allowed, "write " + allowed);
    }

    /** The spaces, indents and details of blocks, pages and notes (the sections after "language"). */
    private ProfileBuilder proportions(ProfileBuilder b, double em) throws ManuscriptException {
        b.spacing(new Profile.Spacing(ratio("spacing.before-section", 0, 10), ratio("spacing.before-subsection", 0, 10),
                ratio("spacing.after-heading", 0, 10), ratio("spacing.around-blocks", 0, 10)));
        b.opening(new Profile.Opening(ratio("chapter-opening.sink", 0, 0.75), ratio("chapter-opening.after-title", 0, 10)));
        b.indents(new Profile.Indents(ratio("indents.quote", 0, 10), ratio("indents.numbered-list", 0, 10),
                ratio("indents.bulleted-list", 0, 10), ratio("indents.list-label-gap", 0, 10)));
        b.code(new Profile.Code(ratio("code.leading", 0.5, 3), ratio("code.padding", 0, 5), color("code.tint")));
        b.figures(new Profile.Figures(ratio("figures.max-height", 0.05, 1), ratio("figures.caption-before", 0, 10)));
        b.thematicBreak(new Profile.ThematicBreak(ratio("thematic-break.width", 0, 1),
                length("thematic-break.thickness", em), ratio("thematic-break.space", 0, 10)));
        int minLines = integer("note-split.min-lines", 2, 1000);
        int keep = integer("note-split.keep-lines", 1, 100);
        if (2 * keep > minLines) {
            // point at the key the manuscript changed, not at the built-in default
            boolean keepIsDefault = entry("note-split.keep-lines").span().file().endsWith("(built-in)");
            throw bad(keepIsDefault ? "note-split.min-lines" : "note-split.keep-lines", keep + " lines on each page cannot be kept in a split note of "
                    + minLines + " lines (note-split.min-lines)", "make note-split.keep-lines at most half of note-split.min-lines");
        }
        b.noteSplit(new Profile.NoteSplit(minLines, keep, ratio("note-split.min-text", 0, 40)));
        return b.tableRules(new Profile.TableRules(length("table-rules.heavy", em), length("table-rules.light", em)));
    }

    private ProfileLoader.Entry entry(String key) {
        ProfileLoader.Entry e = values.get(key);
        if (e == null) throw new IllegalStateException("built-in profile lacks " + key);
        return e;
    }

    private ManuscriptException bad(String key, String message, String hint) {
        return new ManuscriptException(Diagnostic.error("profile-bad-value", entry(key).span(),
                "'" + key + "': " + message, hint));
    }

    private long[] page(String key) throws ManuscriptException {
        String v = entry(key).lower();
        double[] named = PAGE_SIZES.get(v);
        if (named != null) return new long[] {Math.round(named[0] * 65536), Math.round(named[1] * 65536)};
        String[] wh = v.split("\\s*x\\s*");
        if (wh.length == 2) {
            long w = Lengths.parse(wh[0], 10), h = Lengths.parse(wh[1], 10);
            if (w >= 72 * 65536L && h >= 72 * 65536L) return new long[] {w, h};
        }
        throw bad(key, "'" + entry(key).text() + "' is not a page size",
                "write a4, a5, letter, legal, or a size such as '170mm x 240mm'");
    }

    private double size(String key) throws ManuscriptException {
        String v = entry(key).lower().replaceAll("pt$", "").trim();
        try {
            double d = Double.parseDouble(v);
            if (d >= 4 && d <= 96) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, "'" + entry(key).text() + "' is not a font size", "write a size in points between 4 and 96, e.g. 11pt");
    }

    private long length(String key, double em) throws ManuscriptException {
        long v = Lengths.parse(entry(key).text(), em);
        if (v < 0) {
            throw bad(key, "'" + entry(key).text() + "' is not a length", "write a length such as 25mm, 1in, 12pt or 1.5em");
        }
        return v;
    }

    private double number(String key, double min, double max) throws ManuscriptException {
        try {
            double d = Double.parseDouble(entry(key).lower());
            if (d >= min && d <= max) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, "'" + entry(key).text() + "' is not a number between " + min + " and " + max,
                "write a number such as 1.3");
    }

    /** A number in a range, written as a decimal ("1.3") or a fraction ("4/3", for 12 pt on 16 pt). */
    private double fraction(String key, double min, double max) throws ManuscriptException {
        String v = entry(key).lower();
        if (!v.contains("/")) return number(key, min, max);
        Profile.Ratio r = ratio(key, min, max);
        return r.value();
    }

    /**
     * A proportion written as a number ("1.5", "0.6") or a fraction ("3/2"), kept exact: "1.5"
     * is 15/10, so that applying it to a length rounds as integer arithmetic does.
     */
    private Profile.Ratio ratio(String key, double min, double max) throws ManuscriptException {
        Matcher m = RATIO.matcher(entry(key).lower());
        if (m.matches() && (m.group(3) == null || Long.parseLong(m.group(3)) > 0)) {
            Profile.Ratio r;
            if (m.group(3) != null) {
                r = new Profile.Ratio(Long.parseLong(m.group(1)), Long.parseLong(m.group(3)));
            } else {
                String decimals = m.group(2) == null ? "" : m.group(2);
                r = new Profile.Ratio(Long.parseLong(m.group(1) + decimals), (long) Math.pow(10, decimals.length()));
            }
            if (r.value() >= min && r.value() <= max) return r;
        }
        throw bad(key, "'" + entry(key).text() + "' is not a number or fraction between " + fmt(min) + " and " + fmt(max),
                "write a number such as 1.5 or a fraction such as 3/2");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private int integer(String key, int min, int max) throws ManuscriptException {
        try {
            int i = Integer.parseInt(entry(key).lower());
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, "'" + entry(key).text() + "' is not a whole number between " + min + " and " + max,
                "write a whole number such as 2");
    }

    private boolean bool(String key) throws ManuscriptException {
        String v = entry(key).lower();
        if (v.equals("true") || v.equals("false")) return v.equals("true");
        throw bad(key, "'" + entry(key).text() + "' is not true or false", "write true or false");
    }

    private int color(String key) throws ManuscriptException {
        String v = entry(key).lower();
        if (v.matches("#[0-9a-f]{6}")) return Integer.parseInt(v.substring(1), 16);
        throw bad(key, "'" + entry(key).text() + "' is not a colour", "write a colour as \"#rrggbb\" (quoted), e.g. \"#1a4f8b\"");
    }

    private String family(String key, Map<String, Map<String, Path>> files) throws ManuscriptException {
        String v = entry(key).text().trim();
        if (BUILTIN_FAMILIES.contains(v) || files.containsKey(v)) return v;
        throw bad(key, "there is no font family '" + v + "'",
                "use serif, sans or mono, or define the family under fonts.files");
    }

    /** fonts.files.&lt;family&gt;.&lt;style&gt;: TTF files inside the manuscript folder. */
    private Map<String, Map<String, Path>> fontFiles() throws ManuscriptException {
        Map<String, Map<String, Path>> files = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("fonts.files.")) continue;
            String[] parts = key.substring("fonts.files.".length()).split("\\.");
            if (parts.length != 2) continue;
            files.computeIfAbsent(parts[0], f -> new LinkedHashMap<>()).put(parts[1], fontFile(key, e.getValue()));
        }
        for (var f : files.entrySet()) {
            if (!f.getValue().containsKey("regular")) {
                throw bad("fonts.files." + f.getKey() + "." + f.getValue().keySet().iterator().next(),
                        "font family '" + f.getKey() + "' has no regular style", "add 'regular: fonts/<file>.ttf'");
            }
        }
        return files;
    }

    private Path fontFile(String key, ProfileLoader.Entry e) throws ManuscriptException {
        String href = e.text().trim();
        if (manuscriptDir == null) throw bad(key, "font files need a manuscript folder", "remove fonts.files");
        if (!href.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
            throw bad(key, "'" + href + "' is not a TrueType (.ttf) file", "use a .ttf font; fonts with CFF outlines (.otf) cannot be embedded");
        }
        Path p;
        byte[] magic;
        try {
            // the same check as every manuscript file: no absolute path, no '..', no link out of the folder
            var resolved = new ManuscriptFolder(manuscriptDir).resolve(href, "font", e.span());
            if (resolved.problem().isPresent()) throw new ManuscriptException(resolved.problem().get());
            p = resolved.file().get();
            try (var in = Files.newInputStream(p)) {
                magic = in.readNBytes(4);
            }
        } catch (IOException io) {
            throw bad(key, "cannot read '" + href + "': " + io.getMessage(), "check the file");
        }
        // TrueType outlines start with 0x00010000 or "true"; "OTTO" is CFF, which cannot be embedded here
        boolean trueType = magic.length == 4 && ((magic[0] == 0 && magic[1] == 1 && magic[2] == 0 && magic[3] == 0)
                || new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1).equals("true"));
        if (!trueType) {
            throw bad(key, "'" + href + "' is not a TrueType font" + (new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals("OTTO") ? " (it has CFF outlines)" : ""), "use a .ttf font with TrueType outlines");
        }
        String damage = missingTables(p);
        if (damage != null) {
            throw bad(key, "the font '" + href + "' is damaged: " + damage, "use an intact copy of the .ttf file");
        }
        return p;
    }

    /** Tables every TrueType font needs to be measured and embedded. */
    private static final java.util.List<String> REQUIRED_TABLES =
            java.util.List.of("cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post");

    /**
     * Reads the font's table directory: a truncated or damaged file is reported here, with the
     * profile line that names it, rather than failing half-way through the PDF.
     *
     * @return what is wrong, or null if every required table is there and inside the file
     */
    private static String missingTables(Path font) {
        try (var ch = java.nio.channels.FileChannel.open(font)) {
            long size = ch.size();
            var head = java.nio.ByteBuffer.allocate(12);
            if (ch.read(head, 0) < 12) return "the file is too short";
            int tables = Short.toUnsignedInt(head.getShort(4));
            var dir = java.nio.ByteBuffer.allocate(16 * tables);
            if (ch.read(dir, 12) < dir.capacity()) return "its table directory is cut off";
            java.util.Set<String> found = new java.util.HashSet<>();
            for (int i = 0; i < tables; i++) {
                byte[] tag = new byte[4];
                dir.get(16 * i, tag);
                long offset = Integer.toUnsignedLong(dir.getInt(16 * i + 8));
                long length = Integer.toUnsignedLong(dir.getInt(16 * i + 12));
                String name = new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (offset + length > size) return "the '" + name.strip() + "' table runs past the end of the file";
                found.add(name);
            }
            for (String t : REQUIRED_TABLES) if (!found.contains(t)) return "it has no '" + t + "' table";
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
