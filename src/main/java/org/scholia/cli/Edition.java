package org.scholia.cli;

/**
 * The editions a build can write, in the order they are rendered: the EPUB comes after the
 * print edition because its page markers are the print edition's pages.
 */
enum Edition {
    PDF("PDF handout", ".pdf"),
    PRINT("classroom print PDF", "-print.pdf"),
    BOOKLET("classroom booklet", "-booklet.pdf"),
    EPUB("EPUB 3", ".epub");

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
