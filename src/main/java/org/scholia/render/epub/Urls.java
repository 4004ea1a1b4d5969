package org.scholia.render.epub;

import java.nio.charset.StandardCharsets;

/**
 * Makes an author's link address safe for an {@code href}: characters a URL may not contain
 * (spaces, quotes, angle brackets, non-ASCII) are percent-encoded as UTF-8; everything else,
 * including existing {@code %xx} escapes, is kept. EPUBCheck rejects unescaped spaces.
 */
final class Urls {
    private static final String UNSAFE = " \"<>\\^`{|}";

    private Urls() {
    }

    static String escape(String url) {
        boolean clean = true;
        for (int i = 0; i < url.length() && clean; i++) {
            char c = url.charAt(i);
            clean = c > 0x20 && c < 0x7f && UNSAFE.indexOf(c) < 0;
        }
        if (clean) return url;
        StringBuilder b = new StringBuilder();
        for (byte x : url.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c > 0x20 && c < 0x7f && UNSAFE.indexOf(c) < 0) b.append((char) c);
            else b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return b.toString();
    }
}
