package org.scholia.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** scholia init: writes a small starter manuscript that builds. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a starter manuscript (book.yaml, a chapter with a footnote and a term, glossary.md) in DIR.")
final class InitCommand implements Callable<Integer> {
    static final List<String> FILES = List.of("book.yaml", "01-first-chapter.md", "glossary.md");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (must not exist or be empty).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            err.println(dir + ": error: the folder already exists and is not empty.");
            err.println("    fix: choose a new folder name, e.g. 'scholia init my-book'.");
            return Main.BAD_INPUT;
        }
        boolean created = !Files.exists(dir);
        List<Path> written = new java.util.ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String name : FILES) {
                Path file = dir.resolve(name);
                Files.write(file, starter(name), java.nio.file.StandardOpenOption.CREATE_NEW);
                written.add(file);
            }
        } catch (IOException e) {
            // a starter manuscript is whole or absent: remove what this run wrote
            written.forEach(Leftovers::delete);
            if (created) Leftovers.delete(dir);
            throw FileSystemTrouble.explain("create the starter manuscript in " + dir, dir, e, "choose another folder for init");
        }
        spec.commandLine().getOut().println("Created a starter manuscript in " + dir + ". Build it with: scholia build " + dir);
        return Main.OK;
    }

    private static byte[] starter(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("starter/" + name)) {
            // a jar without its starter files is a bug in Scholia, not the machine's state
            if (in == null) throw new IllegalStateException("starter file missing from the jar: " + name);
            return in.readAllBytes();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
