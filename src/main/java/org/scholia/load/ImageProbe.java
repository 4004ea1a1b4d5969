package org.scholia.load;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.scholia.model.ImageFile;

/**
 * Tells whether a file really is an image an EPUB and a PDF can carry (PNG, JPEG, GIF), by its
 * first bytes rather than its name; refuses, from the header alone, an image with more pixels
 * than a page can use (a small file can declare a huge image and exhaust the memory of whatever
 * decodes it); then decodes it once, so that damaged data (a truncated file, a PNG chunk with a
 * wrong checksum) is an error at the place the manuscript names the image, not a gap in a PDF.
 */
final class ImageProbe {
    /** 40 million pixels: an 8,000 × 5,000 photograph, far sharper than any page prints. */
    static final long MAX_PIXELS = 40_000_000L;

    /** What the probe found: the image, or why it cannot be used. */
    record Probed(ImageFile image, String problem) {
        static Probed refused(String problem) {
            return new Probed(null, problem);
        }
    }

    Probed probe(String href, Path file) {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Probed.refused("it cannot be read");
        }
        String type = mediaType(head, n);
        if (type == null) return Probed.refused("it is not a PNG, JPEG or GIF image");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Probed.refused("it is not a PNG, JPEG or GIF image");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) return Probed.refused("its header gives no size");
                if ((long) w * h > MAX_PIXELS) {
                    return Probed.refused(String.format("it declares %d × %d pixels, more than the %d million Scholia decodes",
                            w, h, MAX_PIXELS / 1_000_000));
                }
                if (type.equals("image/png")) {
                    String bad = pngChunks(file);
                    if (bad != null) return Probed.refused(bad);
                }
                String damage = decode(reader);
                if (damage != null) return Probed.refused("its data is damaged (" + damage + ")");
                return new Probed(new ImageFile(href, file, type, w, h), null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Probed.refused("its data is damaged (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    /** Decodes the first frame; a reader's warning ("premature end of file") counts as damage. */
    private static String decode(ImageReader reader) throws IOException {
        String[] warning = new String[1];
        IIOReadWarningListener listener = (r, message) -> {
            if (warning[0] == null) warning[0] = message;
        };
        reader.addIIOReadWarningListener(listener);
        reader.read(0);
        return warning[0];
    }

    /**
     * Walks a PNG's chunks and checks each one's CRC, which Java's decoder does not: a PNG with a
     * wrong checksum is refused by other readers (and by PDF/A validators) even where Java shows it.
     */
    private static String pngChunks(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(8);
            byte[] buffer = new byte[8192];
            while (true) {
                long length = in.readInt() & 0xFFFFFFFFL;
                byte[] type = new byte[4];
                in.readFully(type);
                CRC32 crc = new CRC32();
                crc.update(type);
                for (long left = length; left > 0; ) {
                    int k = (int) Math.min(buffer.length, left);
                    in.readFully(buffer, 0, k);
                    crc.update(buffer, 0, k);
                    left -= k;
                }
                if ((in.readInt() & 0xFFFFFFFFL) != crc.getValue()) {
                    return "its " + new String(type, java.nio.charset.StandardCharsets.US_ASCII) + " chunk fails its checksum";
                }
                if (type[0] == 'I' && type[1] == 'E' && type[2] == 'N' && type[3] == 'D') return null;
            }
        } catch (EOFException e) {
            return "it ends before its last chunk (the file is truncated)";
        }
    }

    private static String mediaType(byte[] b, int n) {
        if (n >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
        if (n >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return "image/jpeg";
        if (n >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') return "image/gif";
        // SVG is refused: it can carry scripts and references to other files and the network,
        // and the PDF cannot draw it
        return null;
    }
}
