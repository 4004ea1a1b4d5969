package org.scholia.render.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.List;
import java.util.Map;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Diagnostic;
import org.scholia.render.PageMap;
import org.scholia.style.Profile;

/**
 * Lays out a whole book into page frames, in named passes: chapters (each from a new page),
 * then the glossary (which needs the pages its terms are used on), then the front matter — title
 * page and contents, which need the chapters' page numbers. Front matter is numbered in roman, so
 * its length never shifts the arabic numbers the contents print. Finally the composed pages
 * become frames with their furniture, and the anchors, outline and PageMap are collected.
 */
public final class BookLayout {
    private final Styles styles;
    private final Supplier<LineSetter> setters;
    private final int threads;
    private Runnable afterChapters = () -> { };

    /** A layout on one thread with one text engine. */
    public BookLayout(Profile profile, LineSetter setter) {
        this(profile, () -> setter, 1);
    }

    /**
     * A layout that sets chapters on up to {@code threads} threads: chapters are independent
     * until their pages are numbered, and on a 2-core machine this halves the setting time.
     *
     * @param setters gives the calling thread's text engine (engines are not thread-safe)
     */
    public BookLayout(Profile profile, Supplier<LineSetter> setters, int threads) {
        this.styles = new Styles(profile);
        this.setters = setters;
        this.threads = Math.max(1, threads);
    }

    /**
     * Runs {@code r} once every chapter is set, on the layout's thread, before the glossary and
     * the front matter (set on that one thread): the PDF renderer starts its painter then.
     */
    public BookLayout afterChapters(Runnable r) {
        this.afterChapters = r;
        return this;
    }

    /** One chapter's pages and what its layout found, kept apart until merged in reading order. */
    private record ChapterPages(Chapter chapter, List<ComposedPage> pages, List<Bookmark> outline, MissingGlyphs missing,
                                List<Diagnostic> warnings, TermPages terms) {
    }

    /** Lays out the book; warnings (characters no font has, images that cannot be drawn) are added to the list. */
    public LaidOutBook layout(Book book, List<Diagnostic> warnings) {
        MissingGlyphs missing = new MissingGlyphs();
        List<Diagnostic> found = new ArrayList<>();
        LayoutTools cx = new LayoutTools(setters.get(), styles, missing, found);
        List<Bookmark> chapterOutline = new ArrayList<>();
        ChapterLayout chapters = new ChapterLayout(cx, chapterOutline);
        boolean mirror = styles.profile().mirror();

        List<PagePlan> body = new ArrayList<>();
        TermPages terms = new TermPages();
        List<ChapterPages> set = chapters(book);
        afterChapters.run();
        for (ChapterPages ch : set) {
            missing.absorb(ch.missing());
            found.addAll(ch.warnings());
            chapterOutline.addAll(ch.outline());
            if (mirror && body.size() % 2 == 1) body.add(blank(ch.chapter().title(), false));
            terms.absorb(ch.terms(), body.size());
            boolean first = true;
            for (ComposedPage page : ch.pages()) {
                body.add(new PagePlan(page, ch.chapter().title(), first, false, true));
                first = false;
            }
        }
        org.scholia.model.FurnitureWords words = org.scholia.model.FurnitureWords.forLanguage(book.metadata().language());
        String glossaryTitle = words.glossary();
        if (!book.glossary().isEmpty()) {
            if (mirror && body.size() % 2 == 1) body.add(blank(glossaryTitle, false));
            boolean first = true;
            for (ComposedPage page : new GlossaryLayout(cx, chapters).layout(book.glossary(), glossaryTitle, terms)) {
                body.add(new PagePlan(page, glossaryTitle, first, false, true));
                first = false;
            }
        }
        // duplex: the last sheet is printed on both sides, so the page count is even (front
        // matter is padded to even below)
        if (mirror && body.size() % 2 == 1) body.add(blank("", false));
        Map<String, Integer> anchorPage = anchorPages(body);

        List<TocWriter.Entry> entries = new ArrayList<>();
        for (Bookmark b : chapterOutline) {
            if (b.level() > 2) continue;
            Integer page = anchorPage.get(b.anchor());
            entries.add(new TocWriter.Entry(b.title(), b.level(), b.anchor(), page == null ? "" : Integer.toString(page + 1)));
        }
        if (!book.glossary().isEmpty()) {
            entries.add(new TocWriter.Entry(glossaryTitle, 1, GlossaryLayout.ID,
                    Integer.toString(anchorPage.getOrDefault(GlossaryLayout.ID, 0) + 1)));
        }
        String contentsTitle = words.contents();
        List<PagePlan> front = new ArrayList<>();
        front.add(new PagePlan(new TitlePage(cx).compose(book.metadata(), words), "", true, true, false));
        if (mirror) front.add(blank("", true));
        List<FlowPiece> tocFlow = new ArrayList<>(chapters.opener(Tag.root(Role.CONTENTS, "toc"),
                List.of(new org.scholia.render.pdf.text.Span(contentsTitle, styles.heading(1))),
                List.of("contents"), "", // front matter: its PageMap entries name no model block
                org.scholia.model.SourceSpan.ofFile("book.yaml")));
        tocFlow.addAll(new TocWriter(cx).entries(entries));
        boolean first = true;
        for (ComposedPage page : chapters.compose(tocFlow, Map.of())) {
            front.add(new PagePlan(page, contentsTitle, first, true, true));
            first = false;
        }
        if (mirror && front.size() % 2 == 1) front.add(blank("", true));

        List<Bookmark> outline = new ArrayList<>();
        outline.add(new Bookmark(contentsTitle, 1, "contents"));
        outline.addAll(chapterOutline);
        if (!book.glossary().isEmpty()) outline.add(new Bookmark(glossaryTitle, 1, GlossaryLayout.ID));
        LaidOutBook laid = assemble(book, cx, front, body, outline);
        warnings.addAll(found);
        missing.reportTo(warnings);
        return laid;
    }

    /** Sets every chapter (in parallel when allowed); results in reading order. */
    private List<ChapterPages> chapters(Book book) {
        List<Callable<ChapterPages>> tasks = new ArrayList<>();
        for (Chapter ch : book.chapters()) {
            tasks.add(() -> {
                List<Diagnostic> w = new ArrayList<>();
                MissingGlyphs m = new MissingGlyphs();
                List<Bookmark> outline = new ArrayList<>();
                List<ComposedPage> pages = new ChapterLayout(new LayoutTools(setters.get(), styles, m, w), outline).chapter(ch);
                // the glossary's page lists: scanned here, on the layout threads, numbered from 1
                // in the chapter and shifted when the chapters are put in order
                TermPages terms = new TermPages();
                for (int i = 0; i < pages.size(); i++) terms.collect(pages.get(i), i + 1);
                return new ChapterPages(ch, pages, outline, m, w, terms);
            });
        }
        List<ChapterPages> out = new ArrayList<>();
        if (threads == 1 || tasks.size() < 2) {
            try {
                for (Callable<ChapterPages> t : tasks) out.add(t.call());
            } catch (Exception e) {
                throw rethrow(e);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            for (Future<ChapterPages> f : pool.invokeAll(tasks)) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("layout interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error err) throw err;
        return new IllegalStateException(t);
    }

    private LaidOutBook assemble(Book book, LayoutTools cx, List<PagePlan> front, List<PagePlan> body, List<Bookmark> outline) {
        PageFrames frames = new PageFrames(cx, book.metadata().title());
        List<Page> pages = new ArrayList<>();
        List<PageMap.PageStart> starts = new ArrayList<>();
        Map<String, LaidOutBook.Place> anchors = new HashMap<>();
        List<PagePlan> all = new ArrayList<>(front);
        all.addAll(body);
        for (int i = 0; i < all.size(); i++) {
            PagePlan sheet = all.get(i);
            String label = i < front.size() ? Roman.lower(i + 1) : Integer.toString(i - front.size() + 1);
            Page page = frames.frame(i, label, sheet);
            pages.add(page);
            for (FrameItem it : page.items()) {
                FrameItem.Anchor a = it.accept(FrameItem.ANCHOR);
                if (a != null) anchors.putIfAbsent(a.name(), new LaidOutBook.Place(i, a.x(), a.y()));
            }
            FlowPiece firstText = sheet.page().body().stream().filter(p -> !p.blockId().isEmpty()).findFirst().orElse(null);
            starts.add(new PageMap.PageStart(i, label, firstText == null ? "" : firstText.blockId(),
                    firstText == null ? 0 : firstText.offset()));
        }
        fillTextless(starts, all, front.size());
        List<PageMap.PageStart> printed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (!all.get(i).blank()) printed.add(starts.get(i));
        return new LaidOutBook(pages, anchors, outline, front.size(), new PageMap(printed, all.size()));
    }

    /**
     * A body page without paragraph or heading (all table, code or figure, or a note run on) is
     * placed where the next text begins, rather than with the front matter; the book's last such
     * pages where the text before them ends. Blank pages are left out: they are not printed
     * pages anyone looks up.
     */
    private static void fillTextless(List<PageMap.PageStart> starts, List<PagePlan> all, int front) {
        for (int i = starts.size() - 2; i >= front; i--) {
            PageMap.PageStart here = starts.get(i);
            if (!here.blockId().isEmpty() || all.get(i).blank()) continue;
            for (int j = i + 1; j < starts.size(); j++) {
                PageMap.PageStart next = starts.get(j);
                if (all.get(j).blank()) continue;
                if (!next.blockId().isEmpty()) starts.set(i, new PageMap.PageStart(i, here.label(), next.blockId(), next.offset()));
                break;
            }
        }
        for (int i = Math.max(1, front); i < starts.size(); i++) {
            PageMap.PageStart here = starts.get(i);
            if (!here.blockId().isEmpty() || all.get(i).blank() || i == front) continue;
            for (int j = i - 1; j >= front; j--) {
                PageMap.PageStart before = starts.get(j);
                if (all.get(j).blank()) continue;
                starts.set(i, new PageMap.PageStart(i, here.label(), before.blockId(), before.offset()));
                break;
            }
        }
    }

    private static PagePlan blank(String head, boolean front) {
        return new PagePlan(new ComposedPage(List.of(), List.of(), false), head, true, front, false);
    }

    /** Index (among body sheets) of the page each anchor falls on. */
    private static Map<String, Integer> anchorPages(List<PagePlan> sheets) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            for (FlowPiece p : sheets.get(i).page().body()) {
                for (FrameItem it : p.items()) {
                    FrameItem.Anchor a = it.accept(FrameItem.ANCHOR);
                    if (a != null) out.putIfAbsent(a.name(), i);
                }
            }
        }
        return out;
    }
}
