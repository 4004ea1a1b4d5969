package org.scholia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;

/**
 * A build killed with {@code kill -9} at any moment leaves the output folder holding complete
 * editions (the build is reproducible, so they are the reference build's bytes), and the next
 * build removes the temporaries the killed one left.
 */
class KilledBuildTest {
    private static final String EPOCH = "1700000000";
    private static final List<String> EDITIONS = List.of("test-book.pdf", "test-book.epub", "test-book-print.pdf");

    @TempDir
    Path tmp;

    @Test
    void killedAtRandomMomentsTwentyTimes() throws Exception {
        Path book = tmp.resolve("book");
        TestManuscript ms = TestManuscript.at(book).file("book.yaml", TestManuscript.MINIMAL_YAML);
        for (int c = 1; c <= 3; c++) {
            StringBuilder md = new StringBuilder("# Chapter " + c + "\n\n");
            for (int p = 0; p < 40; p++) {
                md.append("The plenum of the committee met again in the spring, and the delegates argued about "
                        + "the harvest, the quotas and the railways of the republic for many hours[^n").append(p)
                        .append("].\n\n[^n").append(p).append("]: A note on the meeting number ").append(p).append(".\n\n");
            }
            ms.file(String.format("%02d-chapter.md", c), md.toString());
        }
        Path out = tmp.resolve("out");
        long start = System.nanoTime();
        assertThat(build(book, out).waitFor()).isZero();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, byte[]> reference = editions(out);
        assertThat(reference.keySet()).containsExactlyInAnyOrderElementsOf(EDITIONS);

        Random random = new Random(20261203L);
        List<String> stopped = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Process p = build(book, out);
            long delay = (long) (random.nextDouble() * millis * 0.8);  // the first build is the slowest (a cold disk cache)
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();  // SIGKILL: the build gets no chance to clean up
                p.waitFor();
                stopped.add(delay + " ms");
            }
            assertThat(editions(out)).as("after a kill at %d ms", delay)
                    .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(reference.get(name)))
                    .containsOnlyKeys(EDITIONS);
        }
        assertThat(stopped).as("builds actually killed").hasSizeGreaterThanOrEqualTo(8);

        assertThat(build(book, out).waitFor()).isZero();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(f -> f.getFileName().toString()).sorted().toList())
                    .as("after one more build").containsExactlyInAnyOrderElementsOf(EDITIONS);
        }
    }

    /** The editions in the folder, by name (temporaries left out). */
    private static Map<String, byte[]> editions(Path out) throws Exception {
        Map<String, byte[]> found = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path f : s.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                found.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return found;
    }

    private static Process build(Path book, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.scholia.cli.Main", "build", book.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("SOURCE_DATE_EPOCH", EPOCH);
        return pb.start();
    }
}
