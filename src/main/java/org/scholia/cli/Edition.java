package org.scholia.cli;

/** The three editions a build can write, in the order they are rendered (the EPUB uses the PDF's page map). */
enum Edition {
    PDF("PDF handout", ".pdf"),
    EPUB("EPUB 3", ".epub"),
    PRINT("classroom print PDF", "-print.pdf");

    private final String title;
    private final String suffix;

    Edition(String title, String suffix) {
        this.title = title;
        this.suffix = suffix;
    }

    String title() {
        return title;
    }

    String fileName(String slug) {
        return slug + suffix;
    }
}
