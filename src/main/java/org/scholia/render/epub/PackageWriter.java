package org.scholia.render.epub;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.Creator;
import org.scholia.model.FurnitureWords;
import org.scholia.model.Metadata;

/**
 * Writes the EPUB 3 package document ({@code content.opf}): metadata, manifest, spine.
 *
 * <p>This is the part epub4j cannot do: its own package writer is EPUB 2.0 (no
 * {@code dcterms:modified}, no manifest {@code properties}, no refinements), so Scholia writes
 * the package itself from the same list of resources it hands to epub4j.
 */
final class PackageWriter {
    static final String OPF_NS = "http://www.idpf.org/2007/opf";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    static final String UNIQUE_ID = "pub-id";

    /** W3CDTF, the date syntax EPUBCheck accepts without a warning. */
    private static final Pattern W3CDTF = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    /** One manifest item: the resource and its EPUB 3 properties ("nav", "cover-image"), if any. */
    record Item(String id, String href, String mediaType, String properties, boolean inSpine) { }

    private final XMLOutputFactory factory;
    private final EpubPlan plan;

    PackageWriter(XMLOutputFactory factory, EpubPlan plan) {
        this.factory = factory;
        this.plan = plan;
    }

    /** The identifier written as the package's unique identifier (also the NCX's dtb:uid). */
    static String identifier(Metadata m) {
        if (!m.identifier().isBlank()) return m.identifier();
        String seed = m.title() + "\n" + m.authorLine();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * @param items     the manifest, in the order written; those {@code inSpine} form the spine
     * @param modified  the {@code dcterms:modified} instant (seconds precision in the file)
     */
    byte[] write(List<Item> items, Instant modified, String ncxId) {
        Metadata m = plan.book().metadata();
        Xhtml out = new Xhtml(factory);
        String lang = m.language().isBlank() ? "und" : m.language();
        out.start("", "package", OPF_NS).namespace("", OPF_NS).attr("version", "3.0")
                .attr("unique-identifier", UNIQUE_ID).xmlLang(lang).nl();
        out.start("", "metadata", OPF_NS).namespace("dc", DC_NS).nl();

        dc(out, "identifier", UNIQUE_ID, identifier(m));
        dc(out, "title", "title", m.title());
        if (!m.subtitle().isBlank()) {
            meta(out, "#title", "title-type", "main");
            dc(out, "title", "subtitle", m.subtitle());
            meta(out, "#subtitle", "title-type", "subtitle");
        }
        dc(out, "language", null, lang);
        creators(out, m.creators());
        if (W3CDTF.matcher(m.date()).matches()) dc(out, "date", null, m.date());
        if (!m.publisher().isBlank()) dc(out, "publisher", null, m.publisher());
        if (!m.rights().isBlank()) dc(out, "rights", null, m.rights());
        if (!m.description().isBlank()) dc(out, "description", null, m.description());
        for (String s : m.subjects()) if (!s.isBlank()) dc(out, "subject", null, s);
        meta(out, null, "dcterms:modified",
                DateTimeFormatter.ISO_INSTANT.format(modified.truncatedTo(ChronoUnit.SECONDS)));
        accessibility(out);
        plan.cover().ifPresent(c -> {
            // EPUB 2 readers (and some EPUB 3 ones) find the cover only through this.
            out.start("", "meta", OPF_NS).attr("name", "cover").attr("content", c.id()).end().nl();
        });
        out.end().nl();

        out.start("", "manifest", OPF_NS).nl();
        for (Item i : items) {
            out.start("", "item", OPF_NS).attr("id", i.id()).attr("href", i.href())
                    .attr("media-type", i.mediaType()).attr("properties", i.properties()).end().nl();
        }
        out.end().nl();

        out.start("", "spine", OPF_NS).attr("toc", ncxId)
                .attr("page-progression-direction", FurnitureWords.rightToLeft(lang) ? "rtl" : null).nl();
        for (Item i : items) {
            if (i.inSpine()) out.start("", "itemref", OPF_NS).attr("idref", i.id()).end().nl();
        }
        out.end().nl();
        out.end().nl();
        return out.finish();
    }

    /**
     * Authors are {@code dc:creator}, everyone else (editor, translator …) {@code dc:contributor},
     * each with a MARC relator role as a refinement.
     */
    private static void creators(Xhtml out, List<Creator> creators) {
        boolean anyAuthor = creators.stream().anyMatch(c -> c.role().equals("aut"));
        int n = 0;
        for (Creator c : creators) {
            if (c.name().isBlank()) continue;
            String id = "creator-" + (++n);
            boolean primary = !anyAuthor || c.role().equals("aut");
            dc(out, primary ? "creator" : "contributor", id, c.name());
            if (c.role().matches("[a-z]{3}")) {
                out.start("", "meta", OPF_NS).attr("refines", "#" + id).attr("property", "role")
                        .attr("scheme", "marc:relators").text(c.role()).end().nl();
            }
        }
    }

    /**
     * Accessibility metadata (schema.org, as EPUB Accessibility 1.1 asks), derived from what the
     * book really contains: visual access mode and alternative text only with images, page
     * navigation only with a page-list.
     */
    private void accessibility(Xhtml out) {
        boolean images = plan.hasImages();
        boolean allAlt = plan.everyImageHasAlt();
        meta(out, null, "schema:accessMode", "textual");
        if (images) meta(out, null, "schema:accessMode", "visual");
        if (!images || allAlt) meta(out, null, "schema:accessModeSufficient", "textual");
        if (images) meta(out, null, "schema:accessModeSufficient", "textual,visual");
        List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder", "ARIA"));
        if (images && allAlt) features.add("alternativeText");
        if (plan.hasPageList()) {
            features.add("pageBreakMarkers");
            features.add("pageNavigation");
        }
        for (String f : features) meta(out, null, "schema:accessibilityFeature", f);
        meta(out, null, "schema:accessibilityHazard", "none");
        meta(out, null, "schema:accessibilitySummary", summary(images, allAlt));
        meta(out, null, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
        if (plan.hasPageList()) {
            // The page markers come from the classroom print edition: say so, as EPUB Accessibility
            // 1.1 asks (pageBreakSource, unprefixed: EPUBCheck 5.3.0 rejects a11y:pageBreakSource),
            // and in the older dc:source form that earlier checkers and Ace know
            String edition = plan.book().metadata().title() + " (classroom print edition)";
            meta(out, null, "pageBreakSource", edition);
            dc(out, "source", "pagination-source", edition);
            meta(out, "#pagination-source", "source-of", "pagination");
        }
    }

    private String summary(boolean images, boolean allAlt) {
        StringBuilder s = new StringBuilder("Reflowable text with a table of contents and headings for every chapter "
                + "and section, in reading order. Footnotes and glossary terms are links to notes and definitions "
                + "that reading systems can show as pop-ups; each note and glossary entry links back to the text.");
        if (images) s.append(allAlt ? " Every image has a text alternative." : " Some images have no text alternative.");
        if (plan.hasPageList()) s.append(" Page markers and a page list match the classroom print edition, whose paragraph numbers are shown too.");
        return s.toString();
    }

    private static void dc(Xhtml out, String name, String id, String value) {
        out.start("dc", name, DC_NS).attr("id", id).text(value).end().nl();
    }

    private static void meta(Xhtml out, String refines, String property, String value) {
        out.start("", "meta", OPF_NS).attr("refines", refines).attr("property", property).text(value).end().nl();
    }
}
