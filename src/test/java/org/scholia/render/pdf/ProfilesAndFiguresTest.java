package org.scholia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Book;
import org.scholia.render.pdf.layout.FrameItem;
import org.scholia.render.pdf.layout.LaidOutBook;
import org.scholia.render.pdf.layout.Role;
import org.scholia.style.Profile;
import org.scholia.style.ProfileLoader;

/**
 * Profiles change the page without touching Java (letter, mirrored margins, the manuscript's own
 * fonts), figures are drawn with their alt text kept, and every item carries its role.
 */
class ProfilesAndFiguresTest {
    @TempDir
    static Path dir;
    private static Book book;

    @BeforeAll
    static void manuscript() throws Exception {
        Files.writeString(dir.resolve("book.yaml"), "title: Profiles\nauthor: A. Tester\nlanguage: en\n");
        StringBuilder ch = new StringBuilder("# Figures and Pages\n\n");
        for (int i = 0; i < 30; i++) {
            ch.append(GeneratedManuscriptTest.words(80, i)).append(i % 5 == 0 ? "[^n" + i + "]" : "").append("\n\n");
            if (i == 3) ch.append("![A red square on white](square.png \"Figure 1. A square.\")\n\n");
            if (i == 20) ch.append("## Second Section\n\n");
        }
        for (int i = 0; i < 30; i += 5) ch.append("[^n").append(i).append("]: ").append(GeneratedManuscriptTest.words(25, i)).append("\n");
        Files.writeString(dir.resolve("01-figures.md"), ch);
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) for (int y = 0; y < 300; y++) img.setRGB(x, y, x >= 100 && x < 300 && y >= 50 && y < 250 ? 0xcc0000 : 0xffffff);
        ImageIO.write(img, "png", dir.resolve("square.png").toFile());
        book = PdfFixture.load(dir);
    }

    private static Profile profile(String name, String yaml) throws Exception {
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("handout.yaml"), yaml);
        try {
            return new ProfileLoader().load(dir, "handout");
        } finally {
            Files.delete(styles.resolve("handout.yaml"));
        }
    }

    @Test
    void letterWithMirroredMarginsKeepsTextInsideEachPagesTextBlock() throws Exception {
        Profile p = profile("letter", "page: letter\nmirror: true\nmargins:\n  inner: 35mm\n  outer: 18mm\n");
        var r = PdfFixture.render(book, p);
        PdfFixture.keep(r, "letter-mirrored.pdf");
        try (PdfPages pdf = new PdfPages(r.pdf())) {
            assertThat(pdf.doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            assertThat(pdf.glyphsOutsideTextArea(p)).isEmpty();
            // mirrored: chapter 1 opens on a recto (odd physical page), the front matter is padded
            int first = pdf.pageOfLabel("1");
            assertThat(first % 2).isZero();
            // text on a verso starts further left than on a recto
            float recto = minX(pdf, first), verso = minX(pdf, first + 1);
            assertThat(recto - verso).isCloseTo((35 - 18) * 72 / 25.4f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    private static float minX(PdfPages pdf, int page) {
        return (float) pdf.glyphs.get(page).stream().mapToDouble(PdfPages.Glyph::x).min().orElseThrow();
    }

    @Test
    void theManuscriptsOwnFontsAreEmbedded() throws Exception {
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            Files.copy(in, fonts.resolve("MySans.ttf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Profile p = profile("own", "fonts:\n  body: mine\n  files:\n    mine:\n      regular: fonts/MySans.ttf\n");
        var r = PdfFixture.render(book, p);
        try (PdfPages pdf = new PdfPages(r.pdf())) {
            List<String> names = new ArrayList<>();
            var res = pdf.doc.getPage(pdf.pageOfLabel("1")).getResources();
            for (COSName n : res.getFontNames()) names.add(res.getFont(n).getName());
            assertThat(names).anyMatch(n -> n.endsWith("+LiberationSans"));
            assertThat(names).anyMatch(n -> n.contains("LiberationSerif")); // headings stay serif
        }
    }

    @Test
    void aFigureIsScaledIntoTheMeasureWithItsAltTextAndCaption() throws Exception {
        Profile p = new ProfileLoader().load(dir, "handout");
        var r = PdfFixture.render(book, p);
        PdfFixture.keep(r, "figures.pdf");
        LaidOutBook laid = new PdfRenderer(p).layout(book, new ArrayList<>());
        FrameItem.Picture pic = laid.pages().stream().flatMap(pg -> pg.items().stream())
                .filter(i -> i instanceof FrameItem.Picture).map(i -> (FrameItem.Picture) i).findFirst().orElseThrow();
        assertThat(pic.alt()).isEqualTo("A red square on white");
        assertThat(pic.tag().role()).isEqualTo(Role.FIGURE);
        assertThat(pic.width()).isLessThanOrEqualTo(p.measure());
        assertThat(pic.width() * 300).isCloseTo(pic.height() * 400, org.assertj.core.data.Offset.offset(400L * 65536));
        try (PdfPages pdf = new PdfPages(r.pdf())) {
            java.util.Set<Object> images = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (var page : pdf.doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDImageXObject img) images.add(img.getCOSObject());
                }
            }
            assertThat(images).hasSize(1);
            assertThat(String.join("\n", pdf.texts)).contains("Figure 1. A square.");
        }
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void everyItemCarriesItsRoleFromLayoutToPaint() throws Exception {
        LaidOutBook laid = new PdfRenderer(new ProfileLoader().load(dir, "handout")).layout(book, new ArrayList<>());
        List<Role> roles = laid.pages().stream().flatMap(pg -> pg.items().stream()).map(i -> i.tag().role()).distinct().toList();
        assertThat(roles).contains(Role.TITLE, Role.HEADING, Role.PARAGRAPH, Role.NOTE, Role.NOTE_REFERENCE, Role.FIGURE,
                Role.CAPTION, Role.TOC_ENTRY, Role.ARTIFACT);
        // running heads and page numbers are artifacts; headings know their level
        assertThat(laid.pages().stream().flatMap(pg -> pg.items().stream())
                .filter(i -> i.tag().role() == Role.HEADING).map(i -> i.tag().level()).distinct()).contains(1, 2);
        assertThat(laid.outline()).extracting(b -> b.title()).contains("Figures and Pages", "Second Section");
    }
}
