package org.scholia.render.pdf.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scholia.model.Autolink;
import org.scholia.model.Creator;
import org.scholia.model.Diagnostic;
import org.scholia.model.Metadata;
import org.scholia.model.SourceSpan;
import org.scholia.render.PageMap;
import org.scholia.render.pdf.font.FontFace;
import org.scholia.render.pdf.font.FontLibrary;
import org.scholia.render.pdf.layout.FrameItem;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.render.pdf.layout.Page;
import org.scholia.render.pdf.layout.Role;
import org.scholia.render.pdf.layout.Tag;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.Run;
import org.scholia.render.pdf.text.Sp;
import org.scholia.render.pdf.text.Target;
import org.scholia.render.pdf.text.TextStyle;

/**
 * Text a font cannot encode is never dropped in silence: the painter names the manuscript place
 * of its line and the page. The layout never sets such text (it asks each face what it covers),
 * so the frame here is made by hand: a Chinese character in Liberation Serif.
 */
class UndrawnTextTest {

    @Test
    void textTheFontCannotEncodeIsAWarningAtItsLine() throws Exception {
        FontLibrary fonts = FontLibrary.liberation();
        FontFace serif = fonts.face(new TextStyle("serif", false, false, 10, 0, false));
        Run drawn = new Run(0, serif, 10, "Plain", null, null, Sp.of(25), 0, 0, Target.None.INSTANCE);
        Run lost = new Run(Sp.of(30), serif, 10, "\u4E2D\u6587", null, null, Sp.of(20), 0, 0, Target.None.INSTANCE);
        Line line = new Line(List.of(drawn, lost), Sp.of(50), Sp.of(8), Sp.of(2), false, true);
        SourceSpan at = new SourceSpan("01-ch.md", 7, 1);
        Tag tag = Tag.root(Role.CHAPTER, "ch01").child(Role.PARAGRAPH, "ch01-p1");
        Page page = new Page(0, "1", Sp.of(300), Sp.of(400),
                List.of(new FrameItem.TextLine(Sp.of(50), Sp.of(100), line, tag, at)));
        LaidOutBook book = new LaidOutBook(List.of(page), Map.of(), List.of(), 0,
                new PageMap(List.of(new PageMap.PageStart(0, "1", "ch01-p1", 0))));
        Metadata meta = new Metadata("T", "", List.of(Creator.author("A")), "en", "urn:uuid:1", "", "", "", "", List.of(),
                Optional.empty(), Autolink.NONE, SourceSpan.ofFile("book.yaml"));
        List<Diagnostic> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfPainter().paint(book, meta, Instant.parse("2026-01-01T00:00:00Z"), out, warnings);

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("text-not-drawn");
            assertThat(w.span().toString()).isEqualTo("01-ch.md:7:1");
            assertThat(w.message()).contains("\u4E2D\u6587", "page 1", "LiberationSerif");
        });
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Plain");
        }
    }
}
