package org.scholia.render.pdf.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scholia.model.Autolink;
import org.scholia.model.Creator;
import org.scholia.model.Metadata;
import org.scholia.model.SourceSpan;
import org.w3c.dom.Document;

class PaintTest {

    @Test
    void kerningBecomesNegatedTjAdjustmentsBetweenTextPieces() {
        Object[] tj = PagePainter.positioned("AVAT", new float[] {-80, 0, -74.5f, 0});
        assertThat(tj).containsExactly("A", 80f, "VA", 74.5f, "T");
    }

    @Test
    void noKerningAfterTheLastCharacterAndNoneInsideASurrogatePair() {
        Object[] tj = PagePainter.positioned("a\uD835\uDC00b", new float[] {0, -10, 0, -20});
        assertThat(tj).containsExactly("a\uD835\uDC00b");
    }

    @Test
    void theXmpPacketIsWellFormedAndSaysWhatTheInfoSays() throws Exception {
        Metadata m = new Metadata("A <Title> & More", "", List.of(Creator.author("Ann"), Creator.author("Bo")), "en-GB", "urn:uuid:1",
                "", "", "", "About things.", List.of("History", "Politics"), Optional.empty(), Autolink.NONE,
                SourceSpan.ofFile("book.yaml"));
        byte[] xmp = DocumentMetadata.xmp(m, DocumentMetadata.subject(m), Instant.parse("2026-01-02T03:04:05Z"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
        String dc = "http://purl.org/dc/elements/1.1/";
        assertThat(doc.getElementsByTagNameNS(dc, "title").item(0).getTextContent()).isEqualTo("A <Title> & More");
        assertThat(doc.getElementsByTagNameNS(dc, "creator").item(0).getTextContent()).contains("Ann", "Bo");
        assertThat(doc.getElementsByTagNameNS(dc, "language").item(0).getTextContent()).isEqualTo("en-GB");
        assertThat(doc.getElementsByTagNameNS(dc, "description").item(0).getTextContent()).isEqualTo("About things.");
        assertThat(doc.getElementsByTagNameNS("http://ns.adobe.com/xap/1.0/", "CreateDate").item(0).getTextContent())
                .isEqualTo("2026-01-02T03:04:05Z");
        assertThat(new String(xmp, java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xpacket begin=").endsWith("<?xpacket end=\"w\"?>");
    }

    @Test
    void numbersAreWrittenShortAndAlwaysTheSameWay() {
        String out = new String(new ContentWriter().num(0).num(12).num(-3.5).num(0.0004).num(1.0206).num(595.2756).num(-0.05)
                .op("x").bytes(), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(out).isEqualTo("0 12 -3.5 0 1.021 595.276 -0.05 x\n");
    }
}
