package org.scholia.render.epub;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Footnote;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.ImageFile;
import org.scholia.model.Inline;
import org.scholia.model.InlineWalk;
import org.scholia.model.TermUses;
import org.scholia.render.PageMap;
import org.scholia.render.cover.TypographicCover;

/**
 * Where everything goes in the EPUB, decided once before any document is written: file names,
 * image names, the anchors of glossary-term occurrences and where each term is used, each
 * document's notes, and where the print edition's pages begin. Writers only look things up
 * here, so a link written in one document always finds its target in another.
 *
 * <p>File layout inside {@code OEBPS/}: {@code cover.xhtml}, {@code title.xhtml},
 * {@code nav.xhtml}, {@code ch01.xhtml} …, {@code glossary.xhtml}, {@code css/epub.css},
 * {@code images/img001.png} … Images are renamed by order of first use, so an author's file
 * name (spaces, accents, folders) never has to be escaped in a URL.
 */
final class EpubPlan {
    static final String COVER = "cover.xhtml";
    static final String TITLE = "title.xhtml";
    static final String NAV = "nav.xhtml";
    static final String GLOSSARY = "glossary.xhtml";
    /** The block id the print edition gives the glossary's title, where its first page begins. */
    static final String GLOSSARY_TITLE_BLOCK = "glossary";
    static final String CSS = "css/epub.css";
    static final String GLOSSARY_PREFIX = "gl";
    /** Where the generated cover goes: a book without a cover image and without {@code cover: none}. */
    static final String GENERATED_COVER = "images/cover.png";

    /** An image file and its name in the EPUB. */
    record ImageRef(String id, String href, ImageFile file) { }

    /**
     * A place where a glossary term is used: the chapter and the anchor of its first use there
     * (or of the citation of the note it is used in), null to lead to the chapter's start.
     */
    record Usage(Chapter chapter, String anchor) { }

    /** One page of the print edition, found in the EPUB: its marker id and the document holding it. */
    record PageTarget(PageMap.PageStart page, String document, String markerId) {
        /** The page's printed label, or its number when the label is blank. */
        String label() {
            return page.label().isBlank() ? Integer.toString(page.index() + 1) : page.label();
        }
    }

    private final Book book;
    private final Map<String, String> prefixes = new HashMap<>();
    private final Map<String, GlossaryEntry> entries = new HashMap<>();
    private final Map<Path, ImageRef> images = new LinkedHashMap<>();
    /** The anchor of each term link, and of each unlinked use that "used in" points at. */
    private final Map<Inline, String> termAnchors = new IdentityHashMap<>();
    private final Map<String, List<Usage>> usages = new HashMap<>();
    private final Map<String, NoteIndex> notesByChapter = new HashMap<>();
    private final NoteIndex glossaryNotes;
    private final Map<String, List<PageTarget>> breaksByBlock = new HashMap<>();
    private final List<PageTarget> titlePages = new ArrayList<>();
    private final List<PageTarget> contentsPages = new ArrayList<>();
    private final List<PageTarget> pageList = new ArrayList<>();
    private ImageRef cover;
    private boolean everyImageHasAlt = true;

    EpubPlan(Book book, Optional<PageMap> pages) {
        this.book = book;
        for (GlossaryEntry e : book.glossary().entries()) entries.putIfAbsent(e.id(), e);
        Optional<ImageFile> given = book.metadata().cover();
        if (given.isPresent()) {
            cover = new ImageRef("cover-image", "images/cover." + extension(given.get().mediaType()), given.get());
        } else if (book.metadata().generatedCover()) {
            cover = new ImageRef("cover-image", GENERATED_COVER, new ImageFile(GENERATED_COVER, null, "image/png",
                    TypographicCover.WIDTH, TypographicCover.HEIGHT));
        }
        Map<String, String> blockDocuments = new HashMap<>();
        for (Chapter ch : book.chapters()) {
            String prefix = uniquePrefix(ch);
            prefixes.put(ch.id(), prefix);
            String href = prefix + ".xhtml";
            int[] counter = {0};
            List<List<Block>> parts = new ArrayList<>();
            parts.add(ch.blocks());
            for (Footnote n : ch.notes()) parts.add(n.content());
            for (List<Block> part : parts) {
                InlineWalk.scan(part, inline -> {
                    if (inline instanceof Inline.TermRef) {
                        Inline.TermRef t = (Inline.TermRef) inline;
                        if (!entries.containsKey(t.entryId())) return;
                        String anchor = prefix + "-t" + (++counter[0]);
                        termAnchors.put(t, anchor);
                    } else if (inline instanceof Inline.Image) {
                        image((Inline.Image) inline);
                    }
                }, block -> {
                    if (part == ch.blocks()) {
                        String id = blockId(block);
                        if (!id.isEmpty()) blockDocuments.putIfAbsent(id, href);
                    }
                });
            }
            NoteIndex notes = new NoteIndex(prefix, ch.notes(), parts);
            notesByChapter.put(ch.id(), notes);
            placeUsages(ch, prefix, notes);
        }
        List<List<Block>> glossaryParts = new ArrayList<>();
        for (GlossaryEntry e : book.glossary().entries()) {
            glossaryParts.add(e.definition());
            // a definition paragraph without an id is laid out under its entry's id in print
            blockDocuments.putIfAbsent(e.id(), GLOSSARY);
        }
        for (Footnote n : book.glossary().notes()) glossaryParts.add(n.content());
        for (int i = 0; i < glossaryParts.size(); i++) {
            // the definitions' paragraphs hold the print edition's glossary pages (not its notes)
            boolean definition = i < book.glossary().entries().size();
            InlineWalk.scan(glossaryParts.get(i), inline -> {
                if (inline instanceof Inline.Image) image((Inline.Image) inline);
            }, block -> {
                String id = blockId(block);
                if (definition && !id.isEmpty()) blockDocuments.putIfAbsent(id, GLOSSARY);
            });
        }
        // the print edition's glossary opens with its title, block "glossary"
        if (!book.glossary().isEmpty()) blockDocuments.putIfAbsent(GLOSSARY_TITLE_BLOCK, GLOSSARY);
        glossaryNotes = new NoteIndex(GLOSSARY_PREFIX, book.glossary().notes(), glossaryParts);
        pages.ifPresent(map -> placePages(map, blockDocuments));
    }

    /**
     * "Used in": the chapter's first use of each entry, from the uses the glossary pass recorded
     * (linked or not), its text before its notes. A first use that is not a link gets an anchor
     * of its own to land on. A first use inside a note leads to the note's first citation in
     * the text instead: readers that pop notes up hide the asides, and a link into one lands
     * at the top of the chapter (Foliate, foliate-js); a note never cited leads to the chapter.
     */
    private void placeUsages(Chapter ch, String prefix, NoteIndex notes) {
        Map<Inline, Integer> noteOf = new IdentityHashMap<>();
        for (int pos = 1; pos <= ch.notes().size(); pos++) {
            for (TermUses.Use u : TermUses.in(ch.notes().get(pos - 1).content())) noteOf.put(u.node(), pos);
        }
        Set<String> seen = new HashSet<>();
        int unlinked = 0;
        for (TermUses.Use u : TermUses.in(ch)) {
            if (!entries.containsKey(u.entryId()) || !seen.add(u.entryId())) continue;
            Integer note = u.inNote() ? noteOf.get(u.node()) : null;
            String anchor;
            if (note != null) {
                List<Integer> citations = notes.occurrences(note);
                anchor = citations.isEmpty() ? null : notes.refId(note, citations.get(0));
            } else {
                anchor = termAnchors.get(u.node());
                if (anchor == null) {
                    anchor = prefix + "-u" + (++unlinked);
                    termAnchors.put(u.node(), anchor);
                }
            }
            usages.computeIfAbsent(u.entryId(), k -> new ArrayList<>()).add(new Usage(ch, anchor));
        }
    }

    /**
     * Ties each page of the print edition to a block of the EPUB. Pages with no body text are
     * the print edition's front matter: its first page (the title page) is marked on the title
     * page, the others (its contents) on the contents page, so that each marker sits in the
     * document showing what that page prints. A page whose block is not in the book is left
     * out of the page-list rather than linked to nothing.
     */
    private void placePages(PageMap map, Map<String, String> blockDocuments) {
        for (PageMap.PageStart p : map.pages()) {
            String markerId = "page-" + (p.index() + 1);
            if (p.blockId().isEmpty()) {
                boolean title = titlePages.isEmpty();
                PageTarget t = new PageTarget(p, title ? TITLE : NAV, markerId);
                (title ? titlePages : contentsPages).add(t);
                pageList.add(t);
                continue;
            }
            String doc = blockDocuments.get(p.blockId());
            if (doc == null) continue;
            PageTarget t = new PageTarget(p, doc, markerId);
            breaksByBlock.computeIfAbsent(p.blockId(), k -> new ArrayList<>()).add(t);
            pageList.add(t);
        }
    }

    private void image(Inline.Image img) {
        if (img.alt().isBlank()) everyImageHasAlt = false;
        Path key = img.file().path();
        if (!images.containsKey(key)) {
            int n = images.size() + 1;
            String href = String.format("images/img%03d.%s", n, extension(img.file().mediaType()));
            images.put(key, new ImageRef(String.format("img%03d", n), href, img.file()));
        }
    }

    private static String blockId(Block b) {
        if (b instanceof Block.Paragraph) return ((Block.Paragraph) b).id();
        if (b instanceof Block.Heading) return ((Block.Heading) b).id();
        return "";
    }

    /**
     * The chapter's file name and id prefix: its model id when that is a safe name (a letter,
     * then letters, digits, '-' or '_'), else "chNN"; made unique if two chapters would share it.
     */
    private String uniquePrefix(Chapter ch) {
        String base = ch.id().matches("[A-Za-z][A-Za-z0-9_-]*") ? ch.id() : String.format("ch%02d", ch.number());
        String name = base;
        for (int n = 2; prefixes.containsValue(name) || reserved(name); n++) name = base + "-" + n;
        return name;
    }

    /** Names of the other documents, which a chapter must not take. */
    private static boolean reserved(String name) {
        return List.of("cover", "title", "nav", "glossary", "toc").contains(name);
    }

    static String extension(String mediaType) {
        switch (mediaType) {
            case "image/jpeg": return "jpg";
            case "image/gif": return "gif";
            case "image/svg+xml": return "svg";
            case "image/webp": return "webp";
            default: return "png";
        }
    }

    Book book() { return book; }

    /** The glossary entry with this id, if the glossary has one. */
    Optional<GlossaryEntry> entry(String id) { return Optional.ofNullable(entries.get(id)); }

    String chapterHref(Chapter ch) { return prefixes.get(ch.id()) + ".xhtml"; }

    /** The prefix of every id the chapter's document defines ("ch02" → "ch02-n3", "ch02-t7"). */
    String idPrefix(Chapter ch) { return prefixes.get(ch.id()); }

    boolean hasGlossary() { return !book.glossary().isEmpty(); }

    /** Images of the text in order of first use (the cover is separate). */
    List<ImageRef> images() { return List.copyOf(images.values()); }

    String imageHref(ImageFile f) {
        ImageRef r = images.get(f.path());
        return r == null ? null : r.href();
    }

    /** The cover: the author's image, the generated one, or none ({@code cover: none}). */
    Optional<ImageRef> cover() { return Optional.ofNullable(cover); }

    /** Whether the cover is generated ({@link TypographicCover}) rather than the author's file. */
    boolean coverIsGenerated() { return cover != null && cover.file().path() == null; }

    boolean hasImages() { return !images.isEmpty(); }

    boolean everyImageHasAlt() { return everyImageHasAlt; }

    /**
     * The anchor id of a term link or use in a chapter, or null (unknown entry, not in a
     * chapter, or an unlinked use that nothing points at).
     */
    String termAnchor(Inline t) { return termAnchors.get(t); }

    /** Where an entry is used: one place per chapter (its first use there, linked or not), in reading order. */
    List<Usage> usages(String entryId) { return usages.getOrDefault(entryId, List.of()); }

    NoteIndex notes(Chapter ch) { return notesByChapter.get(ch.id()); }

    NoteIndex glossaryNotes() { return glossaryNotes; }

    /** Whether the print edition's pages are marked: a page map was given and some page found. */
    boolean hasPageList() { return !pageList.isEmpty(); }

    /** Pages that begin in this block, in page order (empty for most blocks). */
    List<PageTarget> breaksAt(String blockId) {
        return blockId.isEmpty() ? List.of() : breaksByBlock.getOrDefault(blockId, List.of());
    }

    /** The print edition's title page, marked on the title page (empty or one page). */
    List<PageTarget> titlePages() { return titlePages; }

    /** The print edition's other pages without body text (its contents), marked on the contents page. */
    List<PageTarget> contentsPages() { return contentsPages; }

    /** Every page that could be placed, in page order: the page-list. */
    List<PageTarget> pageList() { return pageList; }
}
