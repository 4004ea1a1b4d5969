package org.scholia.render.pdf.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholia.render.pdf.paint.SaddleStitch.Side;

class SaddleStitchTest {

    @Test
    void eightPagesInOneSignature() {
        SaddleStitch b = SaddleStitch.of(8, 32);
        assertThat(b.sheetCount()).isEqualTo(2);
        assertThat(b.sides()).containsExactly(
                new Side(0, true, 7, 0), new Side(0, false, 1, 6),
                new Side(1, true, 5, 2), new Side(1, false, 3, 4));
    }

    @Test
    void tenPagesArePaddedToTwelveWithBlanksAtTheEnd() {
        SaddleStitch b = SaddleStitch.of(10, 32);
        assertThat(b.paddedPageCount()).isEqualTo(12);
        assertThat(b.sheetCount()).isEqualTo(3);
        assertThat(b.sides()).containsExactly(
                new Side(0, true, -1, 0), new Side(0, false, 1, -1),
                new Side(1, true, 9, 2), new Side(1, false, 3, 8),
                new Side(2, true, 7, 4), new Side(2, false, 5, 6));
    }

    @Test
    void tenPagesInFourPageSignaturesAreThreeSeparateFolds() {
        SaddleStitch b = SaddleStitch.of(10, 4);
        assertThat(b.sides()).containsExactly(
                new Side(0, true, 3, 0), new Side(0, false, 1, 2),
                new Side(1, true, 7, 4), new Side(1, false, 5, 6),
                new Side(2, true, -1, 8), new Side(2, false, 9, -1));
    }

    @Test
    void theLastSignatureHoldsTheRemainder() {
        // 20 pages in signatures of 8: 8 + 8 + 4; the last fold starts at page 16.
        List<Side> sides = SaddleStitch.of(20, 8).sides();
        assertThat(sides).hasSize(10);
        assertThat(sides.subList(8, 10)).containsExactly(
                new Side(4, true, 19, 16), new Side(4, false, 17, 18));
    }

    @Test
    void onePageIsOneSheetWithThreeBlankHalves() {
        assertThat(SaddleStitch.of(1, 4).sides()).containsExactly(
                new Side(0, true, -1, 0), new Side(0, false, -1, -1));
    }

    @Test
    void foldingTheSheetsGivesReadingOrder() {
        for (int pages = 1; pages <= 130; pages++) {
            for (int signature = 4; signature <= 64; signature += 4) {
                SaddleStitch b = SaddleStitch.of(pages, signature);
                assertThat(fold(b)).as("%d pages, signature %d", pages, signature)
                        .isEqualTo(expectedOrder(pages, b.paddedPageCount()));
                assertThat(b.sides()).hasSize(2 * b.sheetCount());
            }
        }
    }

    @Test
    void everySheetHasAFrontThenABack() {
        List<Side> sides = SaddleStitch.of(37, 12).sides();
        for (int i = 0; i < sides.size(); i++) {
            assertThat(sides.get(i).sheet()).isEqualTo(i / 2);
            assertThat(sides.get(i).front()).isEqualTo(i % 2 == 0);
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> SaddleStitch.of(0, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one page");
        assertThatThrownBy(() -> SaddleStitch.of(8, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 4");
        assertThatThrownBy(() -> SaddleStitch.of(8, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 4");
        assertThatThrownBy(() -> SaddleStitch.of(8, -4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 4");
    }

    /**
     * Reads the booklet as a reader would after folding each signature's sheets together and
     * stacking the signatures: in the first half of a signature, each sheet from the outside in
     * gives its front's right page then its back's left page; in the second half, each sheet
     * from the inside out gives its back's right page then its front's left page.
     */
    private static List<Integer> fold(SaddleStitch b) {
        List<Side> sides = b.sides();
        List<Integer> order = new ArrayList<>();
        int sheet = 0;
        for (int offset = 0; offset < b.paddedPageCount(); offset += b.signature()) {
            int sheets = Math.min(b.signature(), b.paddedPageCount() - offset) / 4;
            for (int s = sheet; s < sheet + sheets; s++) {
                order.add(sides.get(2 * s).right());
                order.add(sides.get(2 * s + 1).left());
            }
            for (int s = sheet + sheets - 1; s >= sheet; s--) {
                order.add(sides.get(2 * s + 1).right());
                order.add(sides.get(2 * s).left());
            }
            sheet += sheets;
        }
        return order;
    }

    private static List<Integer> expectedOrder(int pages, int padded) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < padded; i++) {
            order.add(i < pages ? i : SaddleStitch.BLANK);
        }
        return order;
    }
}
