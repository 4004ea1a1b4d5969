package org.scholia.render.pdf.text;

/**
 * How a span of text looks: which family (a name the profile defines, e.g. "serif", "sans",
 * "mono"), weight, slant, size in points, colour (0xRRGGBB) and whether it is raised as a
 * superscript (note reference marks).
 */
public record TextStyle(String family, boolean bold, boolean italic, double size, int rgb, boolean superscript) {

    public TextStyle withBold(boolean b) { return new TextStyle(family, b, italic, size, rgb, superscript); }
    public TextStyle withItalic(boolean i) { return new TextStyle(family, bold, i, size, rgb, superscript); }
    public TextStyle withFamily(String f) { return new TextStyle(f, bold, italic, size, rgb, superscript); }
    public TextStyle withSize(double s) { return new TextStyle(family, bold, italic, s, rgb, superscript); }
    public TextStyle withColor(int c) { return new TextStyle(family, bold, italic, size, c, superscript); }
    public TextStyle withSuperscript(boolean s) { return new TextStyle(family, bold, italic, size, rgb, s); }
}
