package org.scholia.render.pdf.text;

/** Helpers to read set lines back in tests. */
final class Texts {

    static final TextStyle BODY = new TextStyle("serif", false, false, 10, 0x111111, false);

    private Texts() {
    }

    /** The line's runs as the reader gets them back, a space where runs do not touch. */
    static String words(Line line) {
        StringBuilder sb = new StringBuilder();
        Run prev = null;
        for (Run r : line.runs()) {
            if (prev != null && r.x() - prev.x() - prev.width() > Sp.of(0.5)) {
                sb.append(' ');
            }
            sb.append(r.actualText() != null ? r.actualText() : r.text());
            prev = r;
        }
        return sb.toString();
    }

    /** Where the line's ink ends: the right edge of its last run. */
    static long right(Line line) {
        Run last = line.runs().get(line.runs().size() - 1);
        return last.x() + last.width();
    }
}
