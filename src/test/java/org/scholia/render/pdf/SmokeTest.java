package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void rendersTheDefaultManuscript() throws Exception {
        long t0 = System.nanoTime();
        var r = PdfFixture.render(PdfFixture.defaultManuscript());
        System.out.println("rendered in " + (System.nanoTime() - t0) / 1_000_000 + " ms, " + r.pdf().length + " bytes, "
                + r.pageMap().pages().size() + " pages; warnings " + r.warnings());
        PdfFixture.keep(r, "default.pdf");
        assertThat(r.pdf()).isNotEmpty();
    }
}
