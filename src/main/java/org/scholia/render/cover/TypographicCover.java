package org.scholia.render.cover;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.scholia.model.Metadata;
import org.scholia.render.pdf.font.FontLibrary;
import org.scholia.render.pdf.text.TextStyle;

/**
 * A cover for a book whose author gave none: title, subtitle and authors set in the book's own
 * fonts on a plain field, drawn with Java2D and written as a PNG of {@value #WIDTH} × {@value #HEIGHT}
 * pixels (the 1:1.6 portrait shape and the size Kobo and Amazon ask for).
 *
 * <p>Why a generated cover at all: a book without one shows as a grey box on every library
 * shelf (Apple Books, Kobo, Calibre), and stores reject it. Type only, no ornament: it has to
 * suit any subject, and it stays legible as a thumbnail, so the title is as large as fits.
 *
 * <p>The same metadata and fonts always give the same bytes (Java2D rasterises
 * deterministically, and ImageIO writes no time stamp). Instances are immutable.
 */
public final class TypographicCover implements CoverArt {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 2560;
    private static final int MARGIN = 160;
    private static final Color FIELD = new Color(0x23, 0x2f, 0x3e);
    private static final Color INK = new Color(0xf4, 0xee, 0xe1);
    private static final Color ACCENT = new Color(0xc9, 0xa2, 0x5c);

    /** The TrueType files the cover is set in: the title's, and the regular and italic text faces. */
    public record Fonts(byte[] title, byte[] text, byte[] italic) {
    }

    private final Fonts fonts;

    public TypographicCover(Fonts fonts) {
        this.fonts = fonts;
    }

    /** The cover in the Liberation Serif faces, the fonts of a book whose profile names none. */
    public static TypographicCover liberation() {
        return of(FontLibrary.liberation(), "serif", "serif");
    }

    /**
     * The cover in a book's fonts: the headings family (bold) for the title, the body family
     * (regular and italic) for the rest.
     */
    public static TypographicCover of(FontLibrary library, String headings, String body) {
        return new TypographicCover(new Fonts(
                library.face(new TextStyle(headings, true, false, 10, 0, false)).ttf(),
                library.face(new TextStyle(body, false, false, 10, 0, false)).ttf(),
                library.face(new TextStyle(body, false, true, 10, 0, false)).ttf()));
    }

    /** The cover of this book, as PNG bytes. */
    @Override
    public byte[] png(Metadata m) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(FIELD);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(MARGIN, 520, WIDTH - 2 * MARGIN, 6);
            int y = 700;
            Block title = fit(font(fonts.title()), m.title(), 190, 5, g.getFontRenderContext());
            y = draw(g, title, y, INK);
            if (!m.subtitle().isBlank()) {
                Block subtitle = fit(font(fonts.italic()), m.subtitle(), 96, 4, g.getFontRenderContext());
                y = draw(g, subtitle, y + 70, INK);
            }
            g.setColor(ACCENT);
            g.fillRect(MARGIN, Math.max(y + 90, 1500), WIDTH - 2 * MARGIN, 6);
            if (!m.authorLine().isBlank()) {
                Block author = fit(font(fonts.text()), m.authorLine(), 100, 3, g.getFontRenderContext());
                draw(g, author, HEIGHT - 300 - author.height(), INK);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Lines of one text at one size, centred; {@code height} is from the first baseline's top to the last's. */
    private record Block(Font font, List<String> lines, int leading) {
        int height() {
            return leading * lines.size();
        }
    }

    /**
     * The largest size, from {@code size} down, at which the text breaks into at most
     * {@code maxLines} lines of the measure, no word wider than the measure.
     */
    private static Block fit(Font base, String text, float size, int maxLines, FontRenderContext frc) {
        int measure = WIDTH - 2 * MARGIN;
        for (float s = size; ; s *= 0.92f) {
            Font f = base.deriveFont(s);
            List<String> lines = breakLines(f, text.strip(), measure, frc);
            if (lines != null && (lines.size() <= maxLines || s < 24)) return new Block(f, lines, Math.round(s * 1.18f));
        }
    }

    /** Greedy lines no wider than the measure, or null when a word alone is wider. */
    private static List<String> breakLines(Font f, String text, int measure, FontRenderContext frc) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (width(f, word, frc) > measure) return null;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(f, candidate, frc) <= measure) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private static double width(Font f, String s, FontRenderContext frc) {
        return f.getStringBounds(s, frc).getWidth();
    }

    /** Draws the lines centred, the first baseline one leading below {@code top}; returns the last baseline. */
    private static int draw(Graphics2D g, Block b, int top, Color color) {
        g.setColor(color);
        g.setFont(b.font());
        int y = top;
        for (String line : b.lines()) {
            y += b.leading();
            int w = (int) Math.round(width(b.font(), line, g.getFontRenderContext()));
            g.drawString(line, (WIDTH - w) / 2, y);
        }
        return y;
    }

    private static Font font(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cover font unreadable: " + e.getMessage(), e);
        }
    }
}
