package org.scholia.render.pdf.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * The imposition order of a saddle-stitched booklet: which two book pages go on each side of
 * each sheet. No PDF here, only arithmetic, so the order can be tested by simulating the fold.
 *
 * <p>The book is padded with blank pages to a multiple of 4 (a folded sheet holds four pages)
 * and cut into signatures of {@code signature} pages. Every signature is full except perhaps the
 * last, which holds the remainder (still a multiple of 4): that is what a binder expects, as the
 * full signatures can be folded on the same setting and only the last one differs. Each
 * signature is folded on its own and the signatures are stacked in order.
 *
 * <p>Sheets are printed duplex, flipping on the short edge of a landscape sheet. Within a
 * signature of {@code n} pages starting at book page {@code o}, sheet {@code s} carries
 * <ul>
 *   <li>front: left {@code o + n-1-2s}, right {@code o + 2s};</li>
 *   <li>back: left {@code o + 2s+1}, right {@code o + n-2-2s}.</li>
 * </ul>
 * so the outermost sheet carries the signature's first and last pages.
 */
public final class SaddleStitch {

    /** Marks a half of a side that stays blank (a padding page). */
    public static final int BLANK = -1;

    /**
     * One printed side of a sheet.
     *
     * @param sheet the sheet, 0-based, counted across the whole booklet
     * @param front true for the front (printed first), false for the back
     * @param left  the 0-based book page on the left half, or {@link #BLANK}
     * @param right the 0-based book page on the right half, or {@link #BLANK}
     */
    public record Side(int sheet, boolean front, int left, int right) {
    }

    private final int pageCount;
    private final int signature;
    private final List<Side> sides;

    private SaddleStitch(int pageCount, int signature, List<Side> sides) {
        this.pageCount = pageCount;
        this.signature = signature;
        this.sides = sides;
    }

    /**
     * The imposition of a book of {@code pageCount} pages in signatures of {@code signature}
     * pages.
     *
     * @throws IllegalArgumentException if {@code pageCount < 1}, or if {@code signature} is not
     *                                  a positive multiple of 4
     */
    public static SaddleStitch of(int pageCount, int signature) {
        if (pageCount < 1) {
            throw new IllegalArgumentException("a booklet needs at least one page, got " + pageCount);
        }
        if (signature < 4 || signature % 4 != 0) {
            throw new IllegalArgumentException(
                    "pages per signature must be a positive multiple of 4, got " + signature);
        }
        int padded = padded(pageCount);
        List<Side> sides = new ArrayList<>(padded / 2);
        int sheet = 0;
        for (int offset = 0; offset < padded; offset += signature) {
            int n = Math.min(signature, padded - offset);
            for (int s = 0; s < n / 4; s++, sheet++) {
                sides.add(new Side(sheet, true,
                        page(offset + n - 1 - 2 * s, pageCount), page(offset + 2 * s, pageCount)));
                sides.add(new Side(sheet, false,
                        page(offset + 2 * s + 1, pageCount), page(offset + n - 2 - 2 * s, pageCount)));
            }
        }
        return new SaddleStitch(pageCount, signature, List.copyOf(sides));
    }

    private static int padded(int pageCount) {
        return (pageCount + 3) / 4 * 4;
    }

    private static int page(int index, int pageCount) {
        return index < pageCount ? index : BLANK;
    }

    /** The book's pages, without padding. */
    public int pageCount() {
        return pageCount;
    }

    /** Pages per full signature, as asked for. */
    public int signature() {
        return signature;
    }

    /** The page count rounded up to a multiple of 4: the pages the sheets have room for. */
    public int paddedPageCount() {
        return padded(pageCount);
    }

    /** Sheets of paper, each printed on both sides. */
    public int sheetCount() {
        return paddedPageCount() / 4;
    }

    /** Every side in printing order: sheet 0 front, sheet 0 back, sheet 1 front, … */
    public List<Side> sides() {
        return sides;
    }
}
