package org.scholia.render.pdf.paint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes PDF content-stream operators as bytes. The painter writes page content itself, rather
 * than through PDPageContentStream, so that pages can be written on several threads and each
 * distinct word is encoded once per document instead of once per occurrence. Numbers are
 * written with at most three decimals, always the same way, so the output is reproducible.
 */
final class ContentWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16384);

    ContentWriter op(String operator) {
        ascii(operator);
        out.write('\n');
        return this;
    }

    ContentWriter num(double v) {
        long scaled = Math.round(v * 1000);
        if (scaled < 0) {
            out.write('-');
            scaled = -scaled;
        }
        digits(scaled / 1000);
        int frac = (int) (scaled % 1000);
        if (frac != 0) {
            out.write('.');
            out.write('0' + frac / 100);
            if (frac % 100 != 0) {
                out.write('0' + frac / 10 % 10);
                if (frac % 10 != 0) out.write('0' + frac % 10);
            }
        }
        out.write(' ');
        return this;
    }

    private void digits(long n) {
        if (n >= 10) digits(n / 10);
        out.write('0' + (int) (n % 10));
    }

    ContentWriter name(String name) {
        out.write('/');
        ascii(name);
        out.write(' ');
        return this;
    }

    /** A string operand as hex: {@code <0041>}. */
    ContentWriter hex(byte[] bytes) {
        out.write('<');
        for (byte b : bytes) {
            out.write(HEX[(b >> 4) & 15]);
            out.write(HEX[b & 15]);
        }
        out.write('>');
        return this;
    }

    ContentWriter raw(String s) {
        ascii(s);
        return this;
    }

    /** A text string (UTF-16BE with a byte-order mark, as hex), for ActualText. */
    ContentWriter textString(String s) {
        byte[] utf16 = s.getBytes(StandardCharsets.UTF_16BE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFE;
        withBom[1] = (byte) 0xFF;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        return hex(withBom);
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) out.write(s.charAt(i));
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
