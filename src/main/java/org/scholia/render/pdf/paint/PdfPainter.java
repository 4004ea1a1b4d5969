package org.scholia.render.pdf.paint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.scholia.model.Diagnostic;
import org.scholia.model.ImageFile;
import org.scholia.model.Metadata;
import org.scholia.model.SourceSpan;
import org.scholia.render.pdf.font.FontFace;
import org.scholia.render.pdf.layout.FrameItem;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.render.pdf.layout.Page;
import org.scholia.render.pdf.text.Run;

/**
 * Paints laid-out page frames with PDFBox: the only part of Scholia that imports PDFBox. It makes
 * no layout decision — every position, link target and role comes from the frames — so a tagged
 * (PDF/UA) painter can replace it using the roles the items carry.
 *
 * <p>Fonts and images are loaded first, into one resource dictionary all pages share; then the
 * pages' content streams are written and compressed on up to two threads (they only read the
 * frames and the font cache); then, in page order, the streams, link annotations, outline, page
 * labels and metadata are attached. The file's /ID is a digest of the content streams, so the
 * same book gives the same bytes.
 */
public final class PdfPainter {

    /**
     * What painting needs before the frames exist — PDFBox's classes loaded, the document, the
     * faces parsed into PDF fonts — made on a thread of its own while layout finishes (the
     * glossary, the contents and the page frames are set on one thread, so a core is free).
     * Hand it to {@link #paint(Preparation, LaidOutBook, Metadata, Instant, OutputStream)}, or
     * {@link #close} it if painting does not happen.
     */
    public static final class Preparation implements AutoCloseable {
        private final FutureTask<Started> task;
        /** Whether painting took the document (and closes it). */
        private boolean painted;

        private Preparation(Collection<FontFace> faces) {
            task = new FutureTask<>(() -> {
                PDDocument doc = new PDDocument();
                PDResources resources = new PDResources();
                FontCache fonts = new FontCache(doc, resources);
                Started started = new Started(doc, resources, fonts);
                try {
                    for (FontFace f : faces) fonts.prepare(f);
                } catch (IOException | RuntimeException e) {
                    started.close();
                    throw e;
                }
                return started;
            });
            Thread t = new Thread(task, "scholia-pdf-prepare");
            t.setDaemon(true);
            t.start();
        }

        private Started get() throws IOException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("painting interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IOException("preparing the PDF failed", e.getCause());
            }
        }

        /** Closes what was prepared and not painted (waiting for the preparation to end). */
        @Override
        public void close() throws IOException {
            if (painted) return;
            try {
                task.get().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // nothing was made: the failing preparation closed what it had opened
            }
        }
    }

    /** A document being made, with its shared resources and fonts. */
    private record Started(PDDocument doc, PDResources resources, FontCache fonts) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                fonts.close();
            } finally {
                doc.close();
            }
        }
    }

    /** Starts preparing a PDF whose text is set in (some of) these faces; see {@link Preparation}. */
    public static Preparation prepare(Collection<FontFace> faces) {
        return new Preparation(List.copyOf(faces));
    }

    /**
     * Writes the PDF of the laid-out book to {@code out}; what cannot be drawn (an image that does
     * not read) is reported to {@code warnings}, at its place in the manuscript.
     */
    public void paint(LaidOutBook book, Metadata metadata, Instant created, OutputStream out, List<Diagnostic> warnings)
            throws IOException {
        PDDocument doc = new PDDocument();
        PDResources resources = new PDResources();
        paint(new Started(doc, resources, new FontCache(doc, resources)), book, metadata, created, out, warnings);
    }

    /** Writes the PDF of the laid-out book to {@code out}, in the document the preparation made. */
    public void paint(Preparation prepared, LaidOutBook book, Metadata metadata, Instant created, OutputStream out,
                      List<Diagnostic> warnings) throws IOException {
        Started started = prepared.get();
        prepared.painted = true;
        paint(started, book, metadata, created, out, warnings);
    }

    private void paint(Started started, LaidOutBook book, Metadata metadata, Instant created, OutputStream out,
                       List<Diagnostic> warnings) throws IOException {
        try (started) {
            PDDocument doc = started.doc();
            PDResources resources = started.resources();
            FontCache fonts = started.fonts();
            {
                Map<ImageFile, String> images = new HashMap<>();
                List<PDPage> pages = new ArrayList<>(book.pages().size());
                List<COSStream> streams = new ArrayList<>(book.pages().size());
                Loader loader = new Loader(fonts, images, resources, doc, warnings);
                for (Page frame : book.pages()) {
                    PDPage page = new PDPage(new PDRectangle(PagePainter.pt(frame.width()), PagePainter.pt(frame.height())));
                    page.setResources(resources);
                    doc.addPage(page);
                    pages.add(page);
                    loader.load(frame);
                    COSStream stream = doc.getDocument().createCOSStream();  // filled when its page is written
                    page.setContents(new PDStream(stream));
                    streams.add(stream);
                }
                // the pages are written on the pool while this thread makes the links, which need
                // only the frames and the page objects
                ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
                List<byte[]> contents;
                Navigation nav = new Navigation(book, pages);
                try {
                    PagePainter painter = new PagePainter(fonts, images);
                    List<Future<List<byte[]>>> written = contents(book.pages(), painter, pool);
                    for (Page frame : book.pages()) nav.links(frame, pages.get(frame.index()));
                    contents = collect(written, book.pages().size());
                    reportUndrawn(painter.undrawn(), warnings);
                } finally {
                    pool.shutdownNow();
                }
                MessageDigest digest = sha256();
                digest.update(DocumentMetadata.utf8(metadata.title() + "\n" + metadata.authorLine() + "\n" + created));
                for (Page frame : book.pages()) {
                    byte[] deflated = contents.get(frame.index());
                    digest.update(deflated);
                    COSStream stream = streams.get(frame.index());
                    try (OutputStream os = stream.createRawOutputStream()) {
                        os.write(deflated);
                    }
                    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                }
                fonts.embedSubsets();
                nav.outline(doc);
                nav.pageLabels(doc);
                DocumentMetadata.write(doc, metadata, created);
                DocumentMetadata.id(doc, digest.digest());
                doc.save(out);
            }
        }
    }

    /**
     * Loads the fonts and images frames use (on this thread: PDFBox objects are not thread-safe).
     * An image that does not read is left out of the page and reported once, where the
     * manuscript asks for it: the loader checked its header, but its data may still be damaged.
     */
    private record Loader(FontCache fonts, Map<ImageFile, String> images, PDResources resources, PDDocument doc,
                          List<Diagnostic> warnings) implements FrameItem.Visitor<Void> {
        void load(Page frame) throws IOException {
            try {
                for (FrameItem it : frame.items()) it.accept(this);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        public Void text(FrameItem.TextLine t) {
            try {
                for (Run r : t.line().runs()) fonts.load(r.face());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // unwrapped by load: a font failing is the build failing
            }
            return null;
        }

        public Void picture(FrameItem.Picture p) {
            if (images.containsKey(p.file())) return null;
            try {
                PDImageXObject img = PDImageXObject.createFromFileByContent(p.file().path().toFile(), doc);
                images.put(p.file(), resources.add(img).getName());
            } catch (IOException | RuntimeException e) {
                images.put(p.file(), null);
                warnings.add(Diagnostic.warning("image-unreadable", p.span(),
                        "the image " + p.file().href() + " cannot be read (" + reason(e) + "); it is left out of the PDF",
                        "export the image again as PNG or JPEG"));
            }
            return null;
        }

        public Void rule(FrameItem.Rule r) {
            return null;
        }

        public Void link(FrameItem.LinkArea l) {
            return null;
        }

        public Void anchor(FrameItem.Anchor a) {
            return null;
        }

        private static String reason(Exception e) {
            return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** Text a font could not encode, once per text and place: a warning at the manuscript line, never silence. */
    private static void reportUndrawn(List<PagePainter.Undrawn> undrawn, List<Diagnostic> warnings) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PagePainter.Undrawn u : undrawn) {
            SourceSpan at = u.source() != null ? u.source() : SourceSpan.ofFile("book.yaml");
            if (!seen.add(at + "\u0000" + u.text())) continue;
            String where = u.source() != null ? "" : " (in the running heads, page numbers or contents)";
            warnings.add(Diagnostic.warning("text-not-drawn", at,
                    "the text '" + u.text() + "' on page " + u.label() + where + " cannot be drawn in the font " + u.font()
                            + "; it is left out of the PDF",
                    "replace the characters, or name a font that has them under fonts.files in the style profile"));
        }
    }

    /** Starts writing every page's content stream, compressed, on the pool: slices in page order. */
    private static List<Future<List<byte[]>>> contents(List<Page> frames, PagePainter painter, ExecutorService pool) {
        List<Future<List<byte[]>>> out = new ArrayList<>();
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        int chunk = Math.max(1, (frames.size() + threads * 4 - 1) / (threads * 4));
        for (int from = 0; from < frames.size(); from += chunk) {
            List<Page> slice = frames.subList(from, Math.min(frames.size(), from + chunk));
            out.add(pool.submit(() -> {
                List<byte[]> written = new ArrayList<>(slice.size());
                Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
                try {
                    for (Page p : slice) {
                        ContentWriter w = painter.content(p);
                        written.add(deflate(deflater, w.array(), w.length()));
                    }
                } finally {
                    deflater.end();
                }
                return written;
            }));
        }
        return out;
    }

    /** The written pages in page order, once every slice is done. */
    private static List<byte[]> collect(List<Future<List<byte[]>>> slices, int pages) throws IOException {
        List<byte[]> result = new ArrayList<>(pages);
        try {
            for (Future<List<byte[]>> f : slices) result.addAll(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("painting interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException("painting failed", e.getCause());
        }
        return result;
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            return deflate(deflater, data, data.length);
        } finally {
            deflater.end();
        }
    }

    /** The first {@code length} bytes of data, deflated with a deflater that is reset for reuse. */
    static byte[] deflate(Deflater deflater, byte[] data, int length) {
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] out = new byte[length / 3 + 64];
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) out = Arrays.copyOf(out, out.length * 2);
            n += deflater.deflate(out, n, out.length - n);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
