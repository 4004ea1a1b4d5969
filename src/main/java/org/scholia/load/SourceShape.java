package org.scholia.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholia.model.Diagnostic;
import org.scholia.model.SourceSpan;

/**
 * The limits a Markdown file must keep before it is parsed. flexmark recurses once per level of
 * nesting and re-reads a paragraph for every inline construct it tries, so some shapes (ten
 * thousand nested quotes or brackets, a paragraph of twenty thousand lines, hundreds of backtick
 * runs) would exhaust the stack or take minutes. None of them occurs in a real book; each is
 * refused here with its line and column and what to do, before flexmark sees it.
 *
 * <p>One shape is valid and merely long: a thematic break or setext underline of thousands of
 * characters. It is shortened (to the same break) instead of refused.
 */
final class SourceShape {
    /** Block quotes and list items open at the start of one line. */
    static final int MAX_NESTING = 64;
    /** Leading spaces of a line outside fenced code (a tab counts 4). */
    static final int MAX_INDENT = 128;
    /** Brackets nested inside one another in a paragraph. */
    static final int MAX_BRACKETS = 32;
    /** Backticks in one run. */
    static final int MAX_BACKTICKS = 32;
    /** '-', '*' or '_' at the start of a line that is not a thematic break. */
    static final int MAX_LEADING_MARKS = 64;
    /** Lines of one paragraph (or other run of non-blank lines). */
    static final int MAX_PARAGRAPH_LINES = 2_000;
    /** Characters of one paragraph. */
    static final int MAX_PARAGRAPH_CHARS = 32_768;

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern NOTE_LABEL = Pattern.compile(" {0,3}\\[\\^[^\\]]{1,200}\\]:");

    private final String file;
    private final List<Diagnostic> errors;
    private int line;
    private int blockLines;
    private int blockChars;
    private final java.util.ArrayDeque<int[]> openBrackets = new java.util.ArrayDeque<>();  // line, column
    private String fence;
    private boolean startsItem;  // the line being read opens a list item

    private SourceShape(String file, List<Diagnostic> errors) {
        this.file = file;
        this.errors = errors;
    }

    /**
     * The text to parse: {@code text} itself, or with over-long breaks shortened; null after
     * adding an error to {@code errors} when the file exceeds a limit.
     */
    static String check(String file, String text, List<Diagnostic> errors) {
        return new SourceShape(file, errors).scan(text);
    }

    private String scan(String text) {
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            line++;
            String l = text.substring(start, end);
            String kept = line(l);
            if (kept == null) return null;
            if (kept != l && out == null) out = new StringBuilder(text.length()).append(text, 0, start);
            if (out != null) out.append(kept).append(end < text.length() ? "\n" : "");
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    /** The line to parse, or null after an error. */
    private String line(String l) {
        if (l.isBlank()) {
            blockLines = 0;
            blockChars = 0;
            openBrackets.clear();
            return l;
        }
        int column = containers(l);
        if (column < 0) return null;
        if (startsItem) {
            // a list item starts a new paragraph: the limits below are per paragraph
            blockLines = 0;
            blockChars = 0;
        }
        if (++blockLines > MAX_PARAGRAPH_LINES) {
            return refuse(1, "A run of more than " + MAX_PARAGRAPH_LINES + " lines without a blank line",
                    "Split it with blank lines into paragraphs (or tables, lists, code blocks) of fewer lines.");
        }
        blockChars += l.length() - column + 1;
        if (blockChars > MAX_PARAGRAPH_CHARS && fence == null) {
            return refuse(1, "A paragraph longer than " + MAX_PARAGRAPH_CHARS + " characters",
                    "Split it into paragraphs with blank lines.");
        }
        String rest = l.substring(column);
        Matcher f = FENCE.matcher(rest);
        if (f.matches()) {
            String marks = f.group(1);
            if (fence == null) fence = marks;
            else if (marks.charAt(0) == fence.charAt(0) && marks.length() >= fence.length() && rest.strip().equals(marks)) fence = null;
            return l;
        }
        if (fence != null) return l;
        if (l.length() > 64 && isBreak(l)) return shortBreak(l);
        if (leadingMarks(l) > MAX_LEADING_MARKS) {
            // flexmark tries such a line as a thematic break with a regular expression that recurses once per mark
            return refuse(1, "A line that starts with more than " + MAX_LEADING_MARKS + " of '" + l.strip().charAt(0) + "'",
                    "Write fewer of them, or escape the first one with a backslash.");
        }
        return inline(l) ? l : null;
    }

    /**
     * Counts the quote and list markers that open the line; returns the column after them, or
     * -1 after an error.
     */
    private int containers(String l) {
        int i = 0;
        Matcher note = NOTE_LABEL.matcher(l);
        if (note.lookingAt()) i = note.end();
        int depth = 0;
        int indent = 0;
        boolean isBreak = isBreak(l);
        startsItem = false;
        while (i < l.length()) {
            char c = l.charAt(i);
            if (c == ' ' || c == '\t') {
                indent += c == '\t' ? 4 : 1;
                if (indent > MAX_INDENT && fence == null) {
                    return refuseAt(i, "A line indented by more than " + MAX_INDENT + " spaces",
                            "Indent less: nest lists and quotes fewer levels deep, or put the text in a fenced code block.");
                }
                i++;
                continue;
            }
            int marker = marker(l, i);
            if (marker == 0 || isBreak) break;
            if (++depth > MAX_NESTING) {
                return refuseAt(i, "Quotes and lists nested more than " + MAX_NESTING + " levels deep",
                        "Nest quotes and lists at most " + MAX_NESTING + " levels deep.");
            }
            startsItem |= l.charAt(i) != '>';
            i += marker;
        }
        return i;
    }

    /** The length of a quote or list marker at {@code i} ("> ", "- ", "12. "), or 0. */
    private static int marker(String l, int i) {
        char c = l.charAt(i);
        if (c == '>') return 1;
        boolean spaced = i + 1 >= l.length() || l.charAt(i + 1) == ' ' || l.charAt(i + 1) == '\t';
        if ((c == '-' || c == '*' || c == '+') && spaced) return 1;
        int j = i;
        while (j < l.length() && j - i < 9 && Character.isDigit(l.charAt(j))) j++;
        if (j > i && j < l.length() && (l.charAt(j) == '.' || l.charAt(j) == ')')
                && (j + 1 >= l.length() || l.charAt(j + 1) == ' ')) return j - i + 1;
        return 0;
    }

    /** Checks bracket nesting and backtick runs; false after an error. */
    private boolean inline(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                openBrackets.push(new int[] {line, i + 1});
            } else if (c == ']' && !openBrackets.isEmpty()) {
                // only brackets that close count: a thousand unclosed '[' are plain text to flexmark
                int depth = openBrackets.size();
                int[] opened = openBrackets.pop();
                if (depth > MAX_BRACKETS) {
                    refuse(opened[0], opened[1], "Brackets nested more than " + MAX_BRACKETS + " levels deep",
                            "Write fewer '[' in a row, or escape them as '\\['.");
                    return false;
                }
            } else if (c == '`') {
                int run = 1;
                while (i + run < l.length() && l.charAt(i + run) == '`') run++;
                if (run > MAX_BACKTICKS) {
                    refuseAt(i, "A run of " + run + " backticks (at most " + MAX_BACKTICKS + ")",
                            "Use fewer backticks: a code span needs one more backtick than the longest run inside it.");
                    return false;
                }
                i += run - 1;
            }
        }
        return true;
    }

    /** The '-', '*' or '_' that begin a line (spaces between them allowed). */
    private static int leadingMarks(String l) {
        String body = l.stripLeading();
        if (body.isEmpty() || "-*_".indexOf(body.charAt(0)) < 0) return 0;
        char mark = body.charAt(0);
        int marks = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == mark) marks++;
            else if (c != ' ' && c != '\t') break;
        }
        return marks;
    }

    /**
     * A line of one repeated mark ('-', '*', '_' or '='), spaces allowed: a thematic break or a
     * setext underline. Checked by hand: a regular expression would recurse once per mark.
     */
    private static boolean isBreak(String l) {
        String body = l.strip();
        if (body.length() < 3 || l.indexOf(body.charAt(0)) > 3) return false;
        char mark = body.charAt(0);
        if (mark != '-' && mark != '*' && mark != '_' && mark != '=') return false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != mark && c != ' ' && c != '\t') return false;
        }
        return true;
    }

    /** The same break, three marks long ("---", or "- - -" if it was spaced). */
    private static String shortBreak(String l) {
        String body = l.strip();
        char mark = body.charAt(0);
        String indent = l.substring(0, l.indexOf(mark));
        boolean spaced = body.indexOf(' ') >= 0 || body.indexOf('\t') >= 0;
        // "= = =" is not an underline but words of a paragraph: keep them as written
        if (mark == '=' && spaced) return l;
        return indent + (spaced ? mark + " " + mark + " " + mark : String.valueOf(mark).repeat(3));
    }

    private String refuse(int column, String what, String fix) {
        return refuse(line, column, what, fix);
    }

    private String refuse(int atLine, int column, String what, String fix) {
        errors.add(Diagnostic.error("too-deep", new SourceSpan(file, atLine, column),
                what + ": more than Scholia reads (its limits keep every build short and safe).", fix));
        return null;
    }

    private int refuseAt(int index, String what, String fix) {
        refuse(index + 1, what, fix);
        return -1;
    }
}
