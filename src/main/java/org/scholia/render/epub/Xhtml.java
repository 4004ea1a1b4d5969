package org.scholia.render.epub;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.scholia.model.FurnitureWords;

/**
 * A streaming writer for one XHTML content document (or any EPUB XML file), over the JDK's
 * {@link XMLStreamWriter}. Every user string goes through {@link #text} or {@link #attr}, which
 * escape markup and drop the characters XML 1.0 forbids, so the output is well-formed by
 * construction whatever the manuscript contains.
 *
 * <p>Checked {@link XMLStreamException}s are rethrown as {@link UncheckedIOException}: the writer
 * only targets an in-memory buffer, so a failure here is a bug, not an input problem, and the
 * visitors that drive it cannot throw checked exceptions.
 */
final class Xhtml {
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    /**
     * The document is written as characters and encoded once at the end: the JDK's writer over
     * an OutputStream encodes and writes byte by byte, several times slower on a big book.
     */
    private final StringWriter buffer = new StringWriter(32 * 1024);
    private final XMLStreamWriter xml;

    Xhtml(XMLOutputFactory factory) {
        try {
            xml = factory.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /**
     * Starts an XHTML content document: doctype, {@code html} with the language, {@code head}
     * with the title and the stylesheet, then opens {@code body}.
     *
     * @param bodyType the body's {@code epub:type} ("bodymatter", "frontmatter" …), or null
     */
    Xhtml beginDocument(String lang, String title, String cssHref, String bodyType) {
        try {
            xml.writeDTD("<!DOCTYPE html>");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(XHTML_NS);
            xml.setPrefix("epub", EPUB_NS);
            xml.writeStartElement(XHTML_NS, "html");
            xml.writeDefaultNamespace(XHTML_NS);
            xml.writeNamespace("epub", EPUB_NS);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        attr("lang", lang).xmlLang(lang);
        if (FurnitureWords.rightToLeft(lang)) attr("dir", "rtl");
        nl().start("head").nl();
        empty("meta").attr("charset", "utf-8").nl();
        start("title").text(title).end().nl();
        if (cssHref != null) {
            empty("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", cssHref).nl();
        }
        end().nl();
        start("body");
        if (bodyType != null) epubType(bodyType);
        return nl();
    }

    /** Closes {@code body} and {@code html} and returns the document's bytes (UTF-8). */
    byte[] endDocument() {
        end().nl().end().nl();
        return finish();
    }

    /** Ends the XML document (closing what is open) and returns its bytes. */
    byte[] finish() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return buffer.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Opens an element in the document's default namespace. */
    Xhtml start(String name) {
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    /** Writes an element with no content ({@code <br/>}); attributes may follow. */
    Xhtml empty(String name) {
        try {
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    /** Opens an element in another namespace with its prefix (for the package document). */
    Xhtml start(String prefix, String name, String ns) {
        try {
            xml.writeStartElement(prefix, name, ns);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    /** Declares a namespace on the element just opened. */
    Xhtml namespace(String prefix, String ns) {
        try {
            if (prefix.isEmpty()) xml.writeDefaultNamespace(ns);
            else xml.writeNamespace(prefix, ns);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    Xhtml end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    /** An attribute of the element just opened; absent when the value is null. */
    Xhtml attr(String name, String value) {
        if (value == null) return this;
        try {
            xml.writeAttribute(name, clean(value));
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    /** {@code epub:type}, the EPUB structural semantics that reading systems act on. */
    Xhtml epubType(String value) {
        try {
            xml.writeAttribute("epub", EPUB_NS, "type", value);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    Xhtml xmlLang(String lang) {
        try {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    /** Character data, escaped; characters not allowed in XML are dropped. */
    Xhtml text(String s) {
        try {
            xml.writeCharacters(clean(s));
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    /** A line end between block elements, so the XHTML stays readable in a diff. */
    Xhtml nl() {
        try {
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        return this;
    }

    /** Keeps only the characters of the XML 1.0 Char production (no C0 controls but tab, LF, CR). */
    static String clean(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!allowed(s.charAt(i))) return strip(s);
        }
        return s;
    }

    private static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (allowed(c) && !Character.isSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        if (c >= 0x20) return c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c);
        return c == '\t' || c == '\n' || c == '\r';
    }

    private static UncheckedIOException wrap(XMLStreamException e) {
        return new UncheckedIOException(new IOException("XML writing failed: " + e.getMessage(), e));
    }
}
