package org.scholia.render.pdf.layout;

import java.util.List;
import org.scholia.model.Diagnostic;

/** What every part of the layout shares for one book: the text engine, the styles, where warnings go. */
record LayoutTools(LineSetter setter, Styles styles, MissingGlyphs missing, List<Diagnostic> warnings) {
}
