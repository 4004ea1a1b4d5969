package org.scholia.render.pdf.paint;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.scholia.render.pdf.layout.Bookmark;
import org.scholia.render.pdf.layout.FrameItem;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.render.pdf.layout.Page;

/**
 * The PDF's means of finding one's way: link annotations (to named places resolved by the
 * layout, or to web addresses), the outline (bookmarks) and page labels that match the printed
 * numbers (roman front matter, arabic from chapter 1).
 */
final class Navigation {
    private final LaidOutBook book;
    private final List<PDPage> pages;

    Navigation(LaidOutBook book, List<PDPage> pages) {
        this.book = book;
        this.pages = pages;
    }

    /** Adds the frame's link areas to its page as borderless link annotations. */
    void links(Page frame, PDPage page) throws IOException {
        float h = PagePainter.pt(frame.height());
        // set once per page: PDPage.getAnnotations() wraps every annotation already there
        // anew on each call, so adding through it one by one was quadratic in a page's links
        List<PDAnnotation> annotations = new ArrayList<>();
        for (FrameItem it : frame.items()) {
            FrameItem.LinkArea l = it.accept(FrameItem.LINK_AREA);
            if (l == null) continue;
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(PagePainter.pt(l.x()), h - PagePainter.pt(l.y() + l.height()),
                    PagePainter.pt(l.width()), PagePainter.pt(l.height())));
            COSArray border = new COSArray();
            border.add(COSInteger.ZERO);
            border.add(COSInteger.ZERO);
            border.add(COSInteger.ZERO);
            link.getCOSObject().setItem(COSName.BORDER, border);
            if (l.uri() != null) {
                PDActionURI action = new PDActionURI();
                action.setURI(l.uri());
                link.setAction(action);
            } else {
                PDPageXYZDestination dest = destination(l.anchor());
                if (dest == null) continue; // a target the layout did not place (e.g. an unused note)
                link.setDestination(dest);
            }
            // what the link is, for screen readers and tools: the address, or the place it opens
            link.setContents(l.uri() != null ? l.uri() : l.anchor());
            annotations.add(link);
        }
        if (!annotations.isEmpty()) page.setAnnotations(annotations);
    }

    /** A destination showing the anchor's place at the top of the window, zoom unchanged. */
    PDPageXYZDestination destination(String anchor) {
        LaidOutBook.Place place = book.anchors().get(anchor);
        if (place == null) return null;
        Page frame = book.pages().get(place.page());
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(pages.get(place.page()));
        dest.setLeft(0);
        dest.setTop(Math.round(PagePainter.pt(frame.height() - place.y())));
        return dest;
    }

    void outline(PDDocument doc) {
        PDDocumentOutline outline = new PDDocumentOutline();
        Deque<PDOutlineNode> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        parents.push(outline);
        levels.push(0);
        for (Bookmark b : book.outline()) {
            PDPageXYZDestination dest = destination(b.anchor());
            if (dest == null) continue;
            while (levels.peek() >= b.level()) {
                parents.pop();
                levels.pop();
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            item.setDestination(dest);
            parents.peek().addLast(item);
            parents.push(item);
            levels.push(b.level());
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    void pageLabels(PDDocument doc) {
        PDPageLabels labels = new PDPageLabels(doc);
        PDPageLabelRange front = new PDPageLabelRange();
        front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
        labels.setLabelItem(0, front);
        if (book.frontMatter() < book.pages().size()) {
            PDPageLabelRange body = new PDPageLabelRange();
            body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            body.setStart(1);
            labels.setLabelItem(book.frontMatter(), body);
        }
        doc.getDocumentCatalog().setPageLabels(labels);
    }
}
