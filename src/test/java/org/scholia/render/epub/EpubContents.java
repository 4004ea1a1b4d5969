package org.scholia.render.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An EPUB read back for assertions: its ZIP entries in order, and XML parsing of any of them. */
final class EpubContents {
    static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    final Map<String, byte[]> entries = new LinkedHashMap<>();
    final List<ZipEntry> zipEntries = new ArrayList<>();
    private final Map<String, Document> parsed = new LinkedHashMap<>();

    EpubContents(byte[] epub) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
                zipEntries.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses an entry (a path under OEBPS/ or a full path) with a namespace-aware parser. */
    Document xml(String path) {
        String full = entries.containsKey(path) ? path : "OEBPS/" + path;
        return parsed.computeIfAbsent(full, p -> {
            byte[] data = entries.get(p);
            if (data == null) throw new AssertionError("no entry " + p + " in " + entries.keySet());
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                DocumentBuilder b = f.newDocumentBuilder();
                return b.parse(new ByteArrayInputStream(data));
            } catch (ParserConfigurationException | SAXException | IOException e) {
                throw new AssertionError(p + " is not well-formed: " + e.getMessage(), e);
            }
        });
    }

    String text(String path) {
        return new String(entries.get(entries.containsKey(path) ? path : "OEBPS/" + path),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<Element> elements(Document doc, String localName) {
        NodeList nl = doc.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    static List<Element> elements(Element parent, String localName) {
        NodeList nl = parent.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    /** Every element with this id (more than one would be a bug). */
    static List<Element> byId(Document doc, String id) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) out.add(e);
        }
        return out;
    }

    static Element single(Document doc, String id) {
        List<Element> found = byId(doc, id);
        if (found.size() != 1) throw new AssertionError("expected one element with id " + id + ", found " + found.size());
        return found.get(0);
    }

    static List<String> epubTypes(Element e) {
        String v = e.getAttributeNS(EPUB_NS, "type");
        return v.isEmpty() ? List.of() : List.of(v.trim().split("\\s+"));
    }

    /** Elements of a kind whose epub:type includes a value. */
    static List<Element> typed(Document doc, String localName, String type) {
        return elements(doc, localName).stream().filter(e -> epubTypes(e).contains(type)).toList();
    }

    static List<Element> typed(Element parent, String localName, String type) {
        return elements(parent, localName).stream().filter(e -> epubTypes(e).contains(type)).toList();
    }

    /** Text content with whitespace collapsed. */
    static String textOf(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
