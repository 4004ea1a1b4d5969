package org.scholia.render.pdf.paint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes PDF content-stream operators as bytes. The painter writes page content itself, rather
 * than through PDPageContentStream, so that pages can be written on several threads and each
 * distinct word is encoded once per document instead of once per occurrence. Numbers are
 * written with at most three decimals, always the same way, so the output is reproducible.
 * Bytes go into a plain growing array: ByteArrayOutputStream's write is synchronized, and a
 * lock per byte was a third of the time spent writing pages.
 */
final class ContentWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private byte[] buf = new byte[32768];
    private int len;

    private void put(int b) {
        if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        buf[len++] = (byte) b;
    }

    private void room(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    ContentWriter op(String operator) {
        ascii(operator);
        put('\n');
        return this;
    }

    ContentWriter num(double v) {
        long scaled = Math.round(v * 1000);
        if (scaled < 0) {
            put('-');
            scaled = -scaled;
        }
        digits(scaled / 1000);
        int frac = (int) (scaled % 1000);
        if (frac != 0) {
            put('.');
            put('0' + frac / 100);
            if (frac % 100 != 0) {
                put('0' + frac / 10 % 10);
                if (frac % 10 != 0) put('0' + frac % 10);
            }
        }
        put(' ');
        return this;
    }

    private void digits(long n) {
        if (n >= 10) digits(n / 10);
        put('0' + (int) (n % 10));
    }

    ContentWriter name(String name) {
        put('/');
        ascii(name);
        put(' ');
        return this;
    }

    /** A string operand as hex: {@code <0041>}. */
    ContentWriter hex(byte[] bytes) {
        room(bytes.length * 2 + 2);
        byte[] a = buf;
        int n = len;
        a[n++] = '<';
        for (byte b : bytes) {
            a[n++] = HEX[(b >> 4) & 15];
            a[n++] = HEX[b & 15];
        }
        a[n++] = '>';
        len = n;
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
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) buf[len++] = (byte) s.charAt(i);
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }

    /** The bytes written so far, without a copy: {@code array()[0 .. length())}. */
    byte[] array() {
        return buf;
    }

    int length() {
        return len;
    }
}
