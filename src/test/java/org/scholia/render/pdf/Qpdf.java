package org.scholia.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code qpdf --check} on a PDF, where qpdf is installed (.ci/run installs it). */
final class Qpdf {
    private Qpdf() {
    }

    /** Whether qpdf is on the PATH. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("qpdf", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** qpdf's verdict: null when the file checks clean (exit 0), else what qpdf printed. */
    static String check(byte[] pdf) throws IOException, InterruptedException {
        Path f = Files.createTempFile("scholia-qpdf", ".pdf");
        try {
            Files.write(f, pdf);
            Process p = new ProcessBuilder("qpdf", "--check", f.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "qpdf did not finish";
            }
            return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + out;
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
