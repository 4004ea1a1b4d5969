package org.scholia.render.epub;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the OCF container, the ZIP file an EPUB is: {@code mimetype} first and stored (not
 * compressed, no extra field), so that a reader can recognise the file from its first bytes;
 * then {@code META-INF/container.xml} pointing at the package document; then the other
 * entries in the order given.
 *
 * <p>Why not epub4j's {@code EpubWriter}: it stamps every entry with the current time and
 * writes resources in hash-map order, so its output changes from one build to the next, and
 * its package document is EPUB 2. Every entry here carries the same timestamp (the book's
 * modification time, in UTC, so the machine's time zone does not leak into the bytes).
 */
final class OcfWriter implements AutoCloseable {
    static final String ROOT = "OEBPS/";
    static final String PACKAGE_PATH = ROOT + "content.opf";
    private static final String MIMETYPE = "application/epub+zip";

    private final ZipOutputStream zip;
    private final LocalDateTime time;

    OcfWriter(OutputStream out, Instant modified) throws IOException {
        // Buffered: the deflater writes in 512-byte pieces, one system call each on a file.
        this.zip = new ZipOutputStream(new BufferedOutputStream(out, 64 * 1024), StandardCharsets.UTF_8);
        this.time = dosTime(modified);
        byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry e = entry("mimetype");
        e.setMethod(ZipEntry.STORED);
        e.setSize(mimetype.length);
        e.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(mimetype);
        zip.closeEntry();
        add("META-INF/container.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "  <rootfiles>\n"
                + "    <rootfile full-path=\"" + PACKAGE_PATH + "\" media-type=\"application/oebps-package+xml\"/>\n"
                + "  </rootfiles>\n"
                + "</container>\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Adds an entry (compressed) at a path inside the container. */
    void add(String path, byte[] data) throws IOException {
        zip.putNextEntry(entry(path));
        zip.write(data);
        zip.closeEntry();
    }

    private ZipEntry entry(String path) {
        ZipEntry e = new ZipEntry(path);
        e.setTimeLocal(time);
        return e;
    }

    /**
     * ZIP (DOS) times run from 1980 to 2107 at two-second precision. The earliest is 1980-01-01
     * 00:00:02: the JDK takes 00:00:00 for "before 1980" and then writes an extended-timestamp
     * field, which EPUBCheck refuses on the mimetype entry (PKG-005), e.g. with SOURCE_DATE_EPOCH=0.
     */
    private static LocalDateTime dosTime(Instant t) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        LocalDateTime min = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
        LocalDateTime max = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
        if (utc.isBefore(min)) return min;
        if (utc.isAfter(max)) return max;
        return utc.withSecond(utc.getSecond() & ~1);
    }

    /** Finishes the ZIP; the underlying stream is left open (it belongs to the caller). */
    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
