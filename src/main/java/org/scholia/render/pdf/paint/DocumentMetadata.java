package org.scholia.render.pdf.paint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.scholia.model.Metadata;

/**
 * The document information dictionary, the XMP packet (Dublin Core, XMP basic, PDF schema; the
 * same facts, as PDF/UA wants both) and the catalog's /Lang. Dates come from the build's
 * {@code created} instant and the /ID from a digest of the content, so the same input gives the
 * same bytes.
 */
final class DocumentMetadata {
    private static final String PRODUCER = "Scholia (Apache PDFBox 3.0.8)";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XMP = "http://ns.adobe.com/xap/1.0/";
    private static final String PDF = "http://ns.adobe.com/pdf/1.3/";

    private DocumentMetadata() {
    }

    static void write(PDDocument doc, Metadata m, Instant created) throws IOException {
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(created.toEpochMilli());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(m.title());
        info.setAuthor(m.authorLine());
        String subject = subject(m);
        if (!subject.isEmpty()) info.setSubject(subject);
        if (!m.subjects().isEmpty()) info.setKeywords(String.join(", ", m.subjects()));
        info.setCreator("Scholia");
        info.setProducer(PRODUCER);
        info.setCreationDate(cal);
        info.setModificationDate(cal);
        doc.setDocumentInformation(info);
        var catalog = doc.getDocumentCatalog();
        if (!m.language().isBlank()) catalog.setLanguage(m.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDMetadata xmp = new PDMetadata(doc);
        xmp.importXMPMetadata(xmp(m, subject, created));
        catalog.setMetadata(xmp);
    }

    /** The subject: the book's description, else its subjects. */
    static String subject(Metadata m) {
        if (!m.description().isBlank()) return m.description().strip();
        return String.join(", ", m.subjects());
    }

    /** Sets the file identifier (both halves) from a digest of the content. */
    static void id(PDDocument doc, byte[] digest) {
        byte[] id = java.util.Arrays.copyOf(digest, 16);
        COSArray arr = new COSArray();
        arr.add(new COSString(id));
        arr.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, arr);
        doc.setDocumentId(0L);
    }

    static byte[] xmp(Metadata m, String subject, Instant created) throws IOException {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.atOffset(ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            w.writeStartElement("x", "xmpmeta", "adobe:ns:meta/");
            w.writeNamespace("x", "adobe:ns:meta/");
            w.writeStartElement("rdf", "RDF", RDF);
            w.writeNamespace("rdf", RDF);
            w.writeStartElement("rdf", "Description", RDF);
            w.writeNamespace("dc", DC);
            w.writeNamespace("xmp", XMP);
            w.writeNamespace("pdf", PDF);
            w.writeAttribute("rdf", RDF, "about", "");
            alt(w, "title", m.title(), m.language());
            seq(w, "creator", m.creators().stream().map(c -> c.name()).toList());
            if (!subject.isEmpty()) alt(w, "description", subject, m.language());
            if (!m.subjects().isEmpty()) bag(w, "subject", m.subjects());
            if (!m.language().isBlank()) bag(w, "language", List.of(m.language()));
            if (!m.identifier().isBlank()) simple(w, "dc", DC, "identifier", m.identifier());
            simple(w, "xmp", XMP, "CreateDate", date);
            simple(w, "xmp", XMP, "ModifyDate", date);
            simple(w, "xmp", XMP, "MetadataDate", date);
            simple(w, "xmp", XMP, "CreatorTool", "Scholia");
            simple(w, "pdf", PDF, "Producer", PRODUCER);
            if (!m.subjects().isEmpty()) simple(w, "pdf", PDF, "Keywords", String.join(", ", m.subjects()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeProcessingInstruction("xpacket", "end=\"w\"");
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        return out.toByteArray();
    }

    private static void simple(XMLStreamWriter w, String prefix, String ns, String name, String value) throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void alt(XMLStreamWriter w, String name, String value, String lang) throws XMLStreamException {
        w.writeStartElement("dc", name, DC);
        w.writeStartElement("rdf", "Alt", RDF);
        w.writeStartElement("rdf", "li", RDF);
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "x-default");
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void seq(XMLStreamWriter w, String name, List<String> values) throws XMLStreamException {
        list(w, name, "Seq", values);
    }

    private static void bag(XMLStreamWriter w, String name, List<String> values) throws XMLStreamException {
        list(w, name, "Bag", values);
    }

    private static void list(XMLStreamWriter w, String name, String kind, List<String> values) throws XMLStreamException {
        w.writeStartElement("dc", name, DC);
        w.writeStartElement("rdf", kind, RDF);
        for (String v : values) {
            w.writeStartElement("rdf", "li", RDF);
            w.writeCharacters(v);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
