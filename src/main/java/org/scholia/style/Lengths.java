package org.scholia.style;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses lengths as written in profiles: "25mm", "1in", "11pt", "2.5cm", "1.5em". */
final class Lengths {
    private static final Pattern LENGTH = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in|em)?");
    private static final long PT = 65536L;

    private Lengths() {
    }

    /**
     * The length in scaled points, or -1 if the text is not a length.
     *
     * @param emPt the size of an em in points (the body size), for "em" lengths
     */
    static long parse(String text, double emPt) {
        Matcher m = LENGTH.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) return -1;
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "pt" : m.group(2);
        double pt = switch (unit) {
            case "mm" -> v * 72 / 25.4;
            case "cm" -> v * 72 / 2.54;
            case "in" -> v * 72;
            case "em" -> v * emPt;
            default -> v;
        };
        return pt < 0 ? -1 : Math.round(pt * PT);
    }
}
