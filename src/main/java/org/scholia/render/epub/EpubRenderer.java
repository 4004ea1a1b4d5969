package org.scholia.render.epub;

import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.NCXDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.FurnitureWords;
import org.scholia.model.PlainText;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.render.PageMap;
import org.scholia.render.cover.CoverArt;
import org.scholia.render.cover.TypographicCover;

/**
 * Renders an annotated {@link Book} as an EPUB 3 file (with an NCX for EPUB 2 readers) that
 * EPUBCheck accepts without errors or warnings.
 *
 * <p>What a reader gets: a cover page (the author's image, or a {@link TypographicCover}
 * unless {@code cover: none}), a title page, a contents page, one XHTML document per chapter and
 * a glossary. Footnotes are {@code noteref} links to {@code aside epub:type="footnote"} at the end
 * of the same chapter, so that Apple Books, Kobo, KOReader and Thorium show them as pop-ups; each
 * note links back to every place it is cited. Glossary terms link to their entry in the glossary
 * (headword and definition in one element), which readers that pop notes up show as a pop-up
 * and the others open; each entry lists the chapters that use it. When the print edition's {@link PageMap} is
 * given, its pages are marked in the text and listed in a page-list.
 *
 * <p>How it is built: a {@link EpubPlan} decides every file name and anchor first; one writer per
 * kind of document streams XHTML through {@link Xhtml} (no DOM); epub4j holds the package model
 * (resources, table of contents) and writes the NCX; {@link PackageWriter} writes the EPUB 3
 * package document, which epub4j cannot; {@link OcfWriter} writes the ZIP container.
 *
 * <p>The output depends only on the arguments: same book, pages and instant, same bytes.
 * Instances hold no state and may be shared.
 */
public final class EpubRenderer {
    private static final String CSS_RESOURCE = "/styles/epub.css";
    private final CoverArt covers;

    /** A renderer whose generated covers are set in Liberation Serif, the fonts of the default profiles. */
    public EpubRenderer() {
        this(TypographicCover.liberation());
    }

    /** A renderer that draws the cover of a book without a cover image with this. */
    public EpubRenderer(CoverArt covers) {
        this.covers = covers;
    }

    /**
     * Writes the EPUB of an annotated book.
     *
     * @param book     the book, after the annotation passes (notes numbered, terms linked)
     * @param pages    where the pages of the print edition begin, for page markers and the page-list
     * @param modified the {@code dcterms:modified} date and the time stamp of every ZIP entry
     *                 (the CLI passes {@code SOURCE_DATE_EPOCH} or the build time)
     * @param out      where the EPUB goes; not closed
     * @throws IOException if an image or the stylesheet cannot be read, or {@code out} fails
     */
    public void render(Book book, Optional<PageMap> pages, Instant modified, OutputStream out) throws IOException {
        XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
        EpubPlan plan = new EpubPlan(book, pages);
        // drawn beside the documents: a cover takes about as long as a short book's chapters
        CompletableFuture<byte[]> generated = plan.coverIsGenerated()
                ? CompletableFuture.supplyAsync(() -> covers.png(book.metadata()))
                : CompletableFuture.completedFuture(null);
        FurnitureWords words = FurnitureWords.forLanguage(book.metadata().language());
        Manifest manifest = new Manifest();

        manifest.add("css", EpubPlan.CSS, MediaTypes.CSS, stylesheet(), null, false);
        for (EpubPlan.ImageRef img : plan.images()) {
            manifest.add(img.id(), img.href(), mediaType(img.file().mediaType()), Files.readAllBytes(img.file().path()),
                    null, false);
        }
        FrontMatterWriter front = new FrontMatterWriter(factory, plan, words);
        if (plan.cover().isPresent()) {
            EpubPlan.ImageRef cover = plan.cover().get();
            // the image's bytes are set below, once the generated cover is drawn
            manifest.add(cover.id(), cover.href(), mediaType(cover.file().mediaType()),
                    plan.coverIsGenerated() ? new byte[0] : Files.readAllBytes(cover.file().path()), "cover-image", false);
            manifest.add("cover", EpubPlan.COVER, MediaTypes.XHTML, front.cover(cover), null, true);
        }
        Resource titlePage = manifest.add("titlepage", EpubPlan.TITLE, MediaTypes.XHTML, front.titlePage(), null, true);

        // The contents page comes before the chapters in the spine but is written last, from the
        // table of contents built while the chapters are added.
        int navIndex = manifest.items.size();
        ChapterWriter chapters = new ChapterWriter(factory, plan, words);
        for (Chapter ch : book.chapters()) {
            Resource r = manifest.add("doc-" + plan.idPrefix(ch), plan.chapterHref(ch),
                    MediaTypes.XHTML, chapters.write(ch), null, true);
            manifest.book.getTableOfContents().addTOCReference(tocEntry(ch, r));
        }
        if (plan.hasGlossary()) {
            Resource r = manifest.add("glossary", EpubPlan.GLOSSARY, MediaTypes.XHTML,
                    new GlossaryWriter(factory, plan, words).write(), null, true);
            manifest.book.getTableOfContents().addTOCReference(new TOCReference(words.glossary(), r));
        }
        if (manifest.book.getTableOfContents().size() == 0) {
            // A book with neither chapters nor glossary: the nav and the NCX may not be empty.
            manifest.book.getTableOfContents().addTOCReference(new TOCReference(words.titlePage(), titlePage));
        }
        List<TOCReference> toc = manifest.book.getTableOfContents().getTocReferences();
        manifest.insert(navIndex, "nav", EpubPlan.NAV, MediaTypes.XHTML,
                new NavWriter(factory, plan, words).write(toc), "nav", true);

        Resource ncx = ncx(manifest.book, book);
        manifest.add(ncx.getId(), ncx.getHref(), MediaTypes.NCX, ncx.getData(), null, false);

        if (plan.coverIsGenerated()) manifest.setData(plan.cover().get().id(), generated.join());
        byte[] opf = new PackageWriter(factory, plan).write(manifest.items, modified, ncx.getId());
        try (OcfWriter ocf = new OcfWriter(out, modified)) {
            ocf.add(OcfWriter.PACKAGE_PATH, opf);
            for (int i = 0; i < manifest.items.size(); i++) {
                ocf.add(OcfWriter.ROOT + manifest.items.get(i).href(), manifest.data.get(i));
            }
        }
    }

    /**
     * The NCX, for EPUB 2 reading systems, from epub4j. epub4j names its uid meta
     * {@code dtb:} + the identifier's scheme, so the scheme "uid" gives the {@code dtb:uid} that
     * must equal the package's unique identifier. No authors are given: epub4j would write them
     * as "last, first" with an empty first name.
     */
    private static Resource ncx(io.documentnode.epub4j.domain.Book model, Book book) throws IOException {
        model.getMetadata().addIdentifier(new Identifier("uid", PackageWriter.identifier(book.metadata())));
        model.getMetadata().addTitle(book.metadata().title());
        try {
            return NCXDocument.createNCXResource(model);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("NCX generation failed: " + e.getMessage(), e);
        }
    }

    /** A chapter in the table of contents, with its sections (headings of level 2 and deeper) nested by level. */
    private static TOCReference tocEntry(Chapter ch, Resource r) {
        TOCReference entry = new TOCReference(ch.title(), r);
        Deque<TOCReference> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (Block b : ch.blocks()) {
            if (!(b instanceof Block.Heading)) continue;
            Block.Heading h = (Block.Heading) b;
            String title = PlainText.title(h.content());
            if (h.level() < 2 || h.id().isEmpty() || title.isEmpty()) continue;
            while (!levels.isEmpty() && levels.peek() >= h.level()) {
                levels.pop();
                open.pop();
            }
            TOCReference section = new TOCReference(title, r, h.id());
            (open.isEmpty() ? entry : open.peek()).addChildSection(section);
            open.push(section);
            levels.push(h.level());
        }
        return entry;
    }

    private static byte[] stylesheet() throws IOException {
        try (InputStream in = EpubRenderer.class.getResourceAsStream(CSS_RESOURCE)) {
            if (in == null) throw new IOException(CSS_RESOURCE + " is missing from the classpath");
            return in.readAllBytes();
        }
    }

    private static MediaType mediaType(String name) {
        MediaType known = MediaTypes.getMediaTypeByName(name);
        return known != null ? known : new MediaType(name, "." + EpubPlan.extension(name));
    }

    /**
     * The package being assembled: epub4j's book (resources, spine, table of contents) plus, in
     * manifest order, the EPUB 3 facts epub4j does not keep (item properties) and the bytes.
     */
    private static final class Manifest {
        final io.documentnode.epub4j.domain.Book book = new io.documentnode.epub4j.domain.Book();
        final List<PackageWriter.Item> items = new ArrayList<>();
        final List<byte[]> data = new ArrayList<>();

        /** Sets the bytes of an item added before they were known. */
        void setData(String id, byte[] bytes) {
            for (int i = 0; i < items.size(); i++) if (items.get(i).id().equals(id)) data.set(i, bytes);
        }

        Resource add(String id, String href, MediaType type, byte[] bytes, String properties, boolean spine) {
            return insert(items.size(), id, href, type, bytes, properties, spine);
        }

        Resource insert(int index, String id, String href, MediaType type, byte[] bytes, String properties,
                        boolean spine) {
            Resource r = new Resource(id, bytes, href, type);
            book.getResources().add(r);
            items.add(index, new PackageWriter.Item(id, href, type.getName(), properties, spine));
            data.add(index, bytes);
            return r;
        }
    }
}
