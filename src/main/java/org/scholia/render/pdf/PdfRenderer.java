package org.scholia.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.render.PageMap;
import org.scholia.render.pdf.font.FontLibrary;
import org.scholia.render.pdf.layout.BookLayout;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.render.pdf.layout.LineSetter;
import org.scholia.render.pdf.paint.BookletImposer;
import org.scholia.render.pdf.paint.PdfPainter;
import org.scholia.render.pdf.text.Alignment;
import org.scholia.render.pdf.text.Line;
import org.scholia.render.pdf.text.LineBreakParams;
import org.scholia.render.pdf.text.ParagraphSetter;
import org.scholia.render.pdf.text.Protrusion;
import org.scholia.render.pdf.text.Span;
import org.scholia.render.pdf.text.TextStyle;
import org.scholia.style.Profile;

/**
 * The PDF renderer: lays the book out with the text engine and the page builder, then paints
 * the frames with PDFBox. Two passes with one direction — layout never looks at the PDF, the
 * painter never makes a layout decision. An instance may render several books, one at a time.
 */
public final class PdfRenderer {
    private final Profile profile;
    private final FontLibraries libraries;

    public PdfRenderer(Profile profile) {
        this(profile, new FontLibraries());
    }

    /** A renderer that shares its fonts, and what they have shaped, with the build's other editions. */
    public PdfRenderer(Profile profile, FontLibraries libraries) {
        this.profile = profile;
        this.libraries = libraries;
    }

    /**
     * Lays out and writes the PDF; returns the PageMap. Warnings (e.g. a character no font has:
     * once per character, naming file:line of the paragraph) go to the list.
     */
    public PageMap render(Book book, Instant created, OutputStream out, List<Diagnostic> warnings) throws IOException {
        // the painter's document and fonts are prepared on another thread once the chapters are
        // set, while this one sets the glossary, the contents and the page frames
        PdfPainter.Preparation[] prepared = new PdfPainter.Preparation[1];
        try {
            LaidOutBook laid = layout(book, warnings, fonts -> prepared[0] = PdfPainter.prepare(fonts.loadedFaces()));
            new PdfPainter().paint(prepared[0], laid, book.metadata(), created, out, warnings);
            return laid.pageMap();
        } finally {
            if (prepared[0] != null) prepared[0].close();
        }
    }

    /**
     * Lays out the booklet — the book again, on the booklet's own page and margins — paints it and
     * writes it imposed two pages a side on sheets of this profile's page turned landscape;
     * returns the booklet pages' PageMap.
     */
    public PageMap renderBooklet(Book book, Instant created, OutputStream out, List<Diagnostic> warnings) throws IOException {
        Profile.Booklet booklet = profile.booklet();
        java.io.ByteArrayOutputStream pages = new java.io.ByteArrayOutputStream(1 << 20);
        PageMap map = new PdfRenderer(profile.forBooklet(), libraries).render(book, created, pages, warnings);
        BookletImposer.impose(pages.toByteArray(), profile.pageHeight(), profile.pageWidth(), booklet.signature(), out);
        return map;
    }

    /** The layout alone (frames, anchors, outline, PageMap), for tests and other editions. */
    public LaidOutBook layout(Book book, List<Diagnostic> warnings) {
        return layout(book, warnings, fonts -> { });
    }

    private LaidOutBook layout(Book book, List<Diagnostic> warnings, Consumer<FontLibrary> afterChapters) {
        FontLibrary fonts = libraries.of(profile);
        String language = profile.language().isBlank() ? book.metadata().language() : profile.language();
        // one text engine per thread (engines keep caches and are not thread-safe); the font
        // library, with its shaping caches, is shared
        ThreadLocal<LineSetter> setters = ThreadLocal.withInitial(() -> setter(new ParagraphSetter(fonts, language,
                LineBreakParams.tex(), new Protrusion(profile.protrusion()))));
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        return new BookLayout(engineProfile(), setters::get, threads).afterChapters(() -> afterChapters.accept(fonts))
                .layout(book, warnings);
    }

    /**
     * With the profile's own font files, the library names Liberation's families
     * "liberation-serif" etc.; a profile that still says "serif" for some role means those.
     */
    private Profile engineProfile() {
        if (profile.fonts().files().isEmpty()) return profile;
        var f = profile.fonts();
        var fonts = new Profile.Fonts(builtin(f.body()), builtin(f.headings()), builtin(f.mono()), f.files());
        return profile.toBuilder().fonts(fonts).build();
    }

    private String builtin(String family) {
        return profile.fonts().files().containsKey(family) ? family : "liberation-" + family;
    }

    private static LineSetter setter(ParagraphSetter engine) {
        return new LineSetter() {
            @Override
            public List<Line> set(List<Span> spans, long measure, Alignment alignment, long firstIndent, IntConsumer missing) {
                return engine.set(spans, measure, alignment, firstIndent, missing);
            }

            @Override
            public Line single(List<Span> spans, IntConsumer missing) {
                return engine.single(spans, missing);
            }

            @Override
            public long width(String text, TextStyle style) {
                return engine.width(text, style);
            }
        };
    }
}
