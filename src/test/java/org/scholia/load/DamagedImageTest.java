package org.scholia.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An image the loader accepts is one every edition can draw: a decompression bomb is refused
 * from its header, damaged data (truncated files, a wrong PNG checksum, bad zlib data) is an
 * error at the line that names the image, never a silent gap in the PDF.
 */
class DamagedImageTest {
    @TempDir
    java.nio.file.Path tmp;

    private static byte[] encoded(String format, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, (x * 7 + y * 13) * 0x010203);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private java.util.List<org.scholia.model.Diagnostic> refusal(String name, byte[] bytes) {
        return TestManuscript.withChapter(tmp.resolve(name.replace('.', '-')), "# One\n\nText.\n\n![A map](" + name + ")\n")
                .bytes(name, bytes).failure();
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        byte[] png = encoded("png", 8, 8);
        // IHDR's width and height: 100,000 × 100,000 pixels declared by a file of a few hundred bytes
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
        fixCrc(png, 8);
        assertThat(refusal("bomb.png", png)).singleElement().satisfies(d -> {
            assertThat(d.span().toString()).isEqualTo("01-chapter.md:5:1");
            assertThat(d.message()).contains("100000 × 100000 pixels").contains("40 million");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif"})
    void aTruncatedImageIsAnErrorAtItsLine(String format) throws Exception {
        byte[] whole = encoded(format.equals("jpg") ? "jpeg" : format, 300, 200);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThat(refusal("cut." + format, cut)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-an-image");
            assertThat(d.span().toString()).isEqualTo("01-chapter.md:5:1");
            assertThat(d.message()).contains("cut." + format);
        });
    }

    @Test
    void aPngWithAWrongChecksumOrBadZlibDataIsAnError() throws Exception {
        byte[] png = encoded("png", 64, 64);
        byte[] crc = png.clone();
        crc[29] ^= 0x55;  // IHDR's checksum
        assertThat(refusal("crc.png", crc)).singleElement().satisfies(d -> assertThat(d.message()).contains("IHDR chunk fails its checksum"));
        byte[] zlib = png.clone();
        int idat = indexOf(zlib, "IDAT") + 4;
        for (int i = idat + 2; i < idat + 40 && i < zlib.length - 12; i++) zlib[i] ^= (byte) 0xA5;
        fixCrc(zlib, idat - 8);
        assertThat(refusal("zlib.png", zlib)).singleElement().satisfies(d -> assertThat(d.message()).contains("damaged"));
    }

    @Test
    void aSoundImageIsAccepted() throws Exception {
        var p = TestManuscript.withChapter(tmp.resolve("ok"), "# One\n\n![A map](map.png)\n").bytes("map.png", encoded("png", 40, 30)).prepare();
        assertThat(p.warnings()).isEmpty();
    }

    private static int indexOf(byte[] b, String s) {
        outer:
        for (int i = 0; i + s.length() <= b.length; i++) {
            for (int k = 0; k < s.length(); k++) if (b[i + k] != s.charAt(k)) continue outer;
            return i;
        }
        return -1;
    }

    /** Recomputes the CRC of the PNG chunk that starts (at its length field) at {@code at}. */
    private static void fixCrc(byte[] png, int at) {
        int length = ByteBuffer.wrap(png, at, 4).getInt();
        CRC32 crc = new CRC32();
        crc.update(png, at + 4, 4 + length);
        ByteBuffer.wrap(png, at + 8 + length, 4).putInt((int) crc.getValue());
    }
}
