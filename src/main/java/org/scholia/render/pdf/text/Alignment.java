package org.scholia.render.pdf.text;

/** How the lines of a paragraph sit in the measure. JUSTIFY leaves the last line ragged. */
public enum Alignment { JUSTIFY, LEFT, CENTER, RIGHT }
