package org.scholia.render.pdf.paint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Imposes a painted booklet (its pages already laid out on the booklet's own page size) two
 * pages a side on landscape sheets, in {@link SaddleStitch} order. Each page becomes a form
 * XObject, which carries its fonts and images, so the imposed file keeps fonts embedded and text
 * extractable. The imposed file is a printing aid, not a reading edition: it copies no outline,
 * no tags and no conformance claim from its source.
 */
public final class BookletImposer {
    private BookletImposer() {
    }

    /**
     * Writes the imposed booklet.
     *
     * @param pages      the booklet's pages as a PDF
     * @param sheetWidth the sheet's width in sp (landscape: the longer side)
     * @param sheetHeight the sheet's height in sp
     * @param signature  pages per signature, a multiple of 4
     */
    public static void impose(byte[] pages, long sheetWidth, long sheetHeight, int signature, OutputStream out)
            throws IOException {
        try (PDDocument source = Loader.loadPDF(pages); PDDocument sheets = new PDDocument()) {
            float w = PagePainter.pt(sheetWidth), h = PagePainter.pt(sheetHeight);
            LayerUtility layers = new LayerUtility(sheets);
            Map<Integer, PDFormXObject> forms = new HashMap<>();
            SaddleStitch order = SaddleStitch.of(source.getNumberOfPages(), signature);
            for (SaddleStitch.Side side : order.sides()) {
                PDPage sheet = new PDPage(new PDRectangle(w, h));
                sheets.addPage(sheet);
                try (PDPageContentStream cs = new PDPageContentStream(sheets, sheet)) {
                    place(cs, form(layers, source, side.left(), forms), 0, w / 2, h);
                    place(cs, form(layers, source, side.right(), forms), w / 2, w / 2, h);
                }
            }
            PDDocumentInformation info = new PDDocumentInformation();
            PDDocumentInformation from = source.getDocumentInformation();
            info.setTitle(from.getTitle() == null ? "Booklet" : from.getTitle() + " (booklet for printing)");
            info.setAuthor(from.getAuthor());
            info.setCreator(from.getCreator());
            info.setProducer(from.getProducer());
            info.setCreationDate(from.getCreationDate());
            info.setModificationDate(from.getModificationDate());
            sheets.setDocumentInformation(info);
            // the file's /ID from its pages, as the editions' own: same book, same bytes
            DocumentMetadata.id(sheets, PdfPainter.sha256().digest(pages));
            sheets.save(out);
        }
    }

    /** One imported form per page: a page is never imported twice. */
    private static PDFormXObject form(LayerUtility layers, PDDocument source, int page, Map<Integer, PDFormXObject> forms)
            throws IOException {
        if (page == SaddleStitch.BLANK) return null;
        PDFormXObject f = forms.get(page);
        if (f == null) {
            f = layers.importPageAsForm(source, page);
            forms.put(page, f);
        }
        return f;
    }

    /** Draws a page centred in its half of the sheet, scaled down only if it does not fit. */
    private static void place(PDPageContentStream cs, PDFormXObject form, float x, float width, float height)
            throws IOException {
        if (form == null) return;
        PDRectangle box = form.getBBox();
        float scale = Math.min(1, Math.min(width / box.getWidth(), height / box.getHeight()));
        float dx = x + (width - box.getWidth() * scale) / 2 - box.getLowerLeftX() * scale;
        float dy = (height - box.getHeight() * scale) / 2 - box.getLowerLeftY() * scale;
        cs.saveGraphicsState();
        cs.transform(new Matrix(scale, 0, 0, scale, dx, dy));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }
}
