package org.scholia.load;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.scholia.model.Block;
import org.scholia.model.Book;
import org.scholia.model.Chapter;
import org.scholia.model.Diagnostic;
import org.scholia.model.Glossary;
import org.scholia.model.ImageFile;
import org.scholia.model.ManuscriptException;
import org.scholia.model.SourceSpan;

/**
 * Reads a manuscript folder (book.yaml, the chapters, glossary.md) into a {@link Book}.
 * Warnings are added to the caller's list; if any error is found, every diagnostic found so
 * far is thrown together in a {@link ManuscriptException}, so the author sees them all at once.
 * Reads nothing outside the folder.
 */
public final class ManuscriptLoader {
    private final MarkdownReader markdown = new MarkdownReader();
    private final ImageProbe probe = new ImageProbe();

    public Book load(Path dir, List<Diagnostic> diagnostics) throws ManuscriptException {
        if (!Files.isDirectory(dir)) {
            throw new ManuscriptException(Diagnostic.error("no-manuscript", SourceSpan.ofFile(dir.toString()),
                    "There is no manuscript folder at " + dir + ".",
                    "Give the folder that holds book.yaml, or create one with 'scholia init " + dir + "'."));
        }
        ManuscriptFolder folder;
        try {
            folder = new ManuscriptFolder(dir);
        } catch (IOException e) {
            throw new ManuscriptException(Diagnostic.error("no-manuscript", SourceSpan.ofFile(dir.toString()),
                    "Cannot open the manuscript folder: " + e.getMessage(), "Check the folder's permissions."));
        }
        List<Diagnostic> found = new ArrayList<>();
        MarkdownConverter.ImageResolver images = (written, at) -> image(folder, written, at, found);

        var bookYaml = folder.resolve("book.yaml", "book description", SourceSpan.ofFile("book.yaml"));
        if (bookYaml.problem().isPresent() && !bookYaml.problem().get().code().equals("missing-file")) {
            // there is a book.yaml, but it is a link out of the folder, a folder, unreadable …: say which
            throw new ManuscriptException(bookYaml.problem().get());
        }
        if (bookYaml.problem().isPresent()) {
            throw new ManuscriptException(Diagnostic.error("no-book-yaml", SourceSpan.ofFile("book.yaml"),
                    "The folder " + dir + " has no book.yaml.",
                    "Create book.yaml with at least 'title: …', or start from 'scholia init NEWFOLDER'."));
        }
        BookConfig config;
        try {
            config = new BookYamlReader().read("book.yaml",
                    XmlChars.clean("book.yaml", text(folder, bookYaml.file().get(), "book.yaml"), found), images, found);
        } catch (ManuscriptException e) {
            // a cover problem found while reading book.yaml is reported with its other errors
            List<Diagnostic> all = new ArrayList<>(e.diagnostics());
            all.addAll(found);
            throw new ManuscriptException(all);
        }
        String glossaryFile = config.glossary().path();

        List<BookConfig.FileRef> chapterFiles = config.chapters().isEmpty()
                ? defaultChapters(folder, glossaryFile) : config.chapters();
        Map<String, String> seen = new HashMap<>();  // normalised path → as first written
        for (BookConfig.FileRef ref : chapterFiles) {
            String normal = normalPath(ref.path());
            if (normal.equals(normalPath(glossaryFile))) {
                found.add(Diagnostic.error("chapter-is-glossary", ref.listedAt(),
                        "'" + ref.path() + "' is listed as a chapter and is also the glossary.",
                        "Keep the glossary out of 'chapters:', or name another file under 'glossary:'."));
            }
            String first = seen.putIfAbsent(normal, ref.path());
            if (first != null) {
                String also = first.equals(ref.path()) ? "" : " (first as '" + first + "')";
                found.add(Diagnostic.error("chapter-listed-twice", ref.listedAt(),
                        "The chapter '" + ref.path() + "' is listed twice" + also + ".",
                        "List each chapter file once under 'chapters:'."));
            }
        }
        if (chapterFiles.isEmpty()) {
            found.add(Diagnostic.error("no-chapters", SourceSpan.ofFile("book.yaml"), "The book has no chapters.",
                    "Add Markdown files (*.md) to the folder, or list them under 'chapters:' in book.yaml."));
        }
        List<Chapter> chapters = chapters(folder, chapterFiles, config, found);

        Glossary glossary = Glossary.empty();
        var glossaryPath = folder.resolve(glossaryFile, "glossary", config.glossary().listedAt());
        if (glossaryPath.problem().isEmpty()) {
            Path file = glossaryPath.file().get();
            String name = folder.display(file);
            String source = markdownSource(folder, file, name, found);
            if (source != null) {
                Document doc = markdown.parse(source);
                MarkdownConverter converter = new MarkdownConverter(new LineIndex(name, source), doc, found, images,
                        new SmartPunctuation(config.smart()), config.metadata().language(), List.of());
                try {
                    glossary = new GlossaryReader().read(name, doc, converter, found);
                } catch (MarkdownConverter.TooDeep e) {
                    found.add(e.diagnostic());
                }
            }
        } else if (config.glossaryExplicit()) {
            found.add(glossaryPath.problem().get());
        }

        // on error the exception carries every diagnostic; the caller's list gets warnings only on success
        if (found.stream().anyMatch(Diagnostic::isError)) throw new ManuscriptException(found);
        diagnostics.addAll(found);
        return new Book(folder.root(), config.metadata(), chapters, glossary);
    }

    /**
     * Reads the chapters, several at a time: parsing is most of a large book's load time and the
     * chapters are independent. Diagnostics keep the chapters' order.
     */
    private List<Chapter> chapters(ManuscriptFolder folder, List<BookConfig.FileRef> files, BookConfig config,
                                   List<Diagnostic> found)
            throws ManuscriptException {
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) return chaptersInOrder(folder, files, 0, files.size(), config, found);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "scholia-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Chapter>>> parts = new ArrayList<>();
            List<List<Diagnostic>> partFound = new ArrayList<>();
            int per = (files.size() + threads - 1) / threads;
            for (int from = 0; from < files.size(); from += per) {
                int start = from;
                int end = Math.min(files.size(), from + per);
                List<Diagnostic> mine = new ArrayList<>();
                partFound.add(mine);
                parts.add(pool.submit(() -> chaptersInOrder(folder, files, start, end, config, mine)));
            }
            List<Chapter> out = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                out.addAll(parts.get(i).get());
                found.addAll(partFound.get(i));
            }
            // numbers follow the chapters that could be read
            List<Chapter> numbered = new ArrayList<>();
            for (Chapter c : out) {
                int n = numbered.size() + 1;
                numbered.add(new Chapter(String.format("ch%02d", n), n, c.file(), c.title(), c.blocks(), c.notes(), c.span()));
            }
            return numbered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Chapter> chaptersInOrder(ManuscriptFolder folder, List<BookConfig.FileRef> files, int from, int to,
                                          BookConfig config, List<Diagnostic> found) {
        MarkdownConverter.ImageResolver images = (written, at) -> image(folder, written, at, found);
        List<Chapter> out = new ArrayList<>();
        for (BookConfig.FileRef ref : files.subList(from, to)) {
            var resolved = folder.resolve(ref.path(), "chapter", ref.listedAt());
            if (resolved.problem().isPresent()) {
                found.add(resolved.problem().get());
                continue;
            }
            Chapter c = chapter(folder, resolved.file().get(), from + out.size() + 1, images, config, found);
            if (c != null) out.add(c);
        }
        return out;
    }

    private Chapter chapter(ManuscriptFolder folder, Path file, int number, MarkdownConverter.ImageResolver images,
                            BookConfig config, List<Diagnostic> found) {
        String name = folder.display(file);
        String source = markdownSource(folder, file, name, found);
        if (source == null) return null;
        LineIndex lines = new LineIndex(name, source);
        FencedDivs.Found passages = FencedDivs.scan(source, lines, found);
        Document doc = markdown.parse(passages.text());
        MarkdownConverter converter = new MarkdownConverter(lines, doc, found, images,
                new SmartPunctuation(config.smart()), config.metadata().language(), passages.divs());
        List<Block> blocks;
        try {
            blocks = titleOutOfPassage(converter.blocks(doc));
        } catch (MarkdownConverter.TooDeep e) {
            found.add(e.diagnostic());
            return null;
        }
        String title = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.level() == 1) {
                title = GlossaryReader.plain(h.content());
                if (i > 0) {
                    // the title heading opens the chapter in every edition; what stood above it follows it
                    found.add(Diagnostic.warning("text-before-title", blocks.get(0).span(),
                            "There is text before the chapter's '# " + title + "' heading; it is placed after the title.",
                            "Move the chapter's title to the top of the file."));
                    blocks.add(0, blocks.remove(i));
                }
                break;
            }
        }
        if (title != null && title.isBlank()) {
            // "#" alone: a title of nothing would leave the contents and the e-reader's title blank
            found.add(Diagnostic.warning("empty-chapter-title", blocks.get(0).span(),
                    "The chapter's '#' title heading is empty; its file name is used as its title.",
                    "Write the title after the '#'."));
            blocks.remove(0);
            title = null;
        }
        if (title == null) {
            title = name.replaceAll("\\.md$", "").replaceAll("^.*/", "").replaceAll("^[0-9]+[-_ ]*", "").replace('-', ' ').strip();
            if (title.isEmpty()) title = "Chapter " + number;
            found.add(Diagnostic.warning("no-chapter-title", new SourceSpan(name, 1, 1),
                    "The chapter has no '# Title' heading; its file name is used as its title.",
                    "Start the chapter with a line '# Chapter title'."));
            blocks.add(0, new Block.Heading(1, List.of(new org.scholia.model.Inline.Text(title, new SourceSpan(name, 1, 1))),
                    "", new SourceSpan(name, 1, 1)));
        }
        return new Chapter(String.format("ch%02d", number), number, name, title, blocks, converter.notes(),
                new SourceSpan(name, 1, 1));
    }

    /**
     * A chapter written wholly in another language (a {@code ::: {lang=de}} division from its
     * first line): its title, set in that language, still opens the chapter, outside the division.
     */
    private static List<Block> titleOutOfPassage(List<Block> blocks) {
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.LanguageBlock l && !l.content().isEmpty()
                && l.content().get(0) instanceof Block.Heading h && h.level() == 1) {
            List<Block> out = new ArrayList<>(blocks);
            out.set(0, h);
            List<Block> rest = l.content().subList(1, l.content().size());
            if (!rest.isEmpty()) out.add(1, new Block.LanguageBlock(l.language(), rest, l.span()));
            return out;
        }
        return blocks;
    }

    /** Every *.md file but the glossary, by file name, when book.yaml lists no chapters. */
    private static List<BookConfig.FileRef> defaultChapters(ManuscriptFolder folder, String glossaryFile) {
        try (Stream<Path> files = Files.list(folder.root())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !editorLeftover(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().equals(glossaryFile))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted(Comparator.comparing((Path p) -> leadingNumber(p.getFileName().toString()))
                            .thenComparing(p -> p.getFileName().toString()))
                    .map(p -> new BookConfig.FileRef(p.getFileName().toString(), SourceSpan.ofFile("book.yaml")))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A chapter path as the file system sees it: "images/../c.md" and "./c.md" are "c.md". */
    private static String normalPath(String written) {
        String slashes = written.strip().replace('\\', '/');
        try {
            return java.nio.file.Path.of(slashes).normalize().toString().replace('\\', '/');
        } catch (java.nio.file.InvalidPathException e) {
            return slashes;  // reported as a bad path when the chapter is read
        }
    }

    /**
     * Hidden files and what editors and systems leave beside a file (macOS's "._01.md", Emacs's
     * ".#01.md" and "#01.md#", backups "01.md~") are never chapters.
     */
    static boolean editorLeftover(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    /** "2-x.md" comes before "10-x.md": files are ordered by their leading number, then by name. */
    private static long leadingNumber(String name) {
        int end = 0;
        while (end < name.length() && end < 18 && Character.isDigit(name.charAt(end))) end++;
        return end == 0 ? Long.MAX_VALUE : Long.parseLong(name.substring(0, end));
    }

    private ImageFile image(ManuscriptFolder folder, String written, SourceSpan at, List<Diagnostic> found) {
        var resolved = folder.resolve(written, "image", at);
        if (resolved.problem().isPresent()) {
            found.add(resolved.problem().get());
            return null;
        }
        var probed = probe.probe(written.strip(), resolved.file().get());
        if (probed.image() == null) {
            found.add(Diagnostic.error("not-an-image", at, "The image '" + written.strip() + "' cannot be used: " + probed.problem() + ".",
                    "Export it again as PNG or JPEG (an SVG drawing too: Scholia does not take SVG), at most "
                            + ImageProbe.MAX_PIXELS / 1_000_000 + " million pixels, or point to the right file."));
            return null;
        }
        return probed.image();
    }

    private static String text(ManuscriptFolder folder, Path file, String name) throws ManuscriptException {
        try {
            return folder.readText(file, SourceSpan.ofFile(name));
        } catch (ManuscriptFolder.TextFileException e) {
            throw new ManuscriptException(e.diagnostic());
        }
    }

    /** A Markdown file's text within the limits of {@link SourceShape}, or null after reporting why not. */
    private static String markdownSource(ManuscriptFolder folder, Path file, String name, List<Diagnostic> found) {
        try {
            return SourceShape.check(name, XmlChars.clean(name, folder.readText(file, SourceSpan.ofFile(name)), found), found);
        } catch (ManuscriptFolder.TextFileException e) {
            found.add(e.diagnostic());
            return null;
        }
    }
}
