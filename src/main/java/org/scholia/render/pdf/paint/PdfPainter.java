package org.scholia.render.pdf.paint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.scholia.model.Metadata;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.render.pdf.layout.Page;

/**
 * Paints laid-out page frames with PDFBox: the only part of Scholia that imports PDFBox. It makes
 * no layout decision — every position, link target and role comes from the frames — so a tagged
 * (PDF/UA) painter can replace it using the roles the items carry.
 */
public final class PdfPainter {

    /** Writes the PDF of the laid-out book to {@code out}. */
    public void paint(LaidOutBook book, Metadata metadata, Instant created, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        digest.update(DocumentMetadata.utf8(metadata.title() + "\n" + metadata.authorLine() + "\n" + created));
        try (PDDocument doc = new PDDocument(); FontCache fonts = new FontCache(doc)) {
            List<PDPage> pages = new ArrayList<>(book.pages().size());
            for (Page frame : book.pages()) {
                PDPage page = new PDPage(new PDRectangle(PagePainter.pt(frame.width()), PagePainter.pt(frame.height())));
                doc.addPage(page);
                pages.add(page);
            }
            PagePainter painter = new PagePainter(doc, fonts, digest);
            Navigation nav = new Navigation(book, pages);
            for (Page frame : book.pages()) {
                PDPage page = pages.get(frame.index());
                painter.paint(frame, page);
                nav.links(frame, page);
                digest.update(frame.label().getBytes(StandardCharsets.UTF_8));
            }
            nav.outline(doc);
            nav.pageLabels(doc);
            DocumentMetadata.write(doc, metadata, created);
            DocumentMetadata.id(doc, digest.digest());
            doc.save(out);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
