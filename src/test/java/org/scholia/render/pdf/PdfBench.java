package org.scholia.render.pdf;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholia.model.Book;
import org.scholia.model.Diagnostic;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.render.pdf.paint.PdfPainter;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * Times the PDF handout of a manuscript, phase by phase (not a unit test: run it by hand).
 *
 * <pre>
 * java bench/GenerateManuscript.java /tmp/scholia-bench
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.scholia.render.pdf.PdfBench /tmp/scholia-bench [runs [out.pdf]]
 * </pre>
 */
public final class PdfBench {
    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            Book book = PdfFixture.load(dir);
            long t1 = System.nanoTime();
            Profile profile = new ProfileLoader().load(dir, "handout");
            List<Diagnostic> warnings = new ArrayList<>();
            LaidOutBook laid = new PdfRenderer(profile).layout(book, warnings);
            long t2 = System.nanoTime();
            Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("scholia-bench", ".pdf");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
                new PdfPainter().paint(laid, book.metadata(), PdfFixture.CREATED, os, new java.util.ArrayList<>());
            }
            long t3 = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("run %d: load+annotate %d ms, layout %d ms, paint %d ms, PDF total %d ms; %d pages, %d KB, heap used %d MB%n",
                    run, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t1) / 1_000_000,
                    laid.pages().size(), Files.size(out) / 1024, (rt.totalMemory() - rt.freeMemory()) >> 20);
            if (args.length <= 2) Files.delete(out);
        }
    }
}
