package org.scholia.render.pdf.layout;

/** Lower-case roman numerals for front-matter page numbers. */
final class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] LETTERS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private Roman() {
    }

    static String lower(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(LETTERS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }
}
