package org.scholia.render.pdf.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.render.pdf.text.TextStyle;

/** A profile's own TTF files: variants fall back to regular, CFF fonts are refused clearly. */
class FontLibraryOfTest {

    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/liberation/" + resource)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void missingVariantsFallBackToRegular() throws IOException {
        Path regular = copy("LiberationSans-Regular.ttf", "Body-Regular.ttf");
        Path bold = copy("LiberationSans-Bold.ttf", "Body-Bold.ttf");
        FontLibrary fonts = FontLibrary.of(Map.of("body", Map.of("regular", regular, "bold", bold)));
        TextStyle body = new TextStyle("body", false, false, 10, 0, false);
        assertThat(fonts.face(body).name()).isEqualTo("LiberationSans");
        assertThat(fonts.face(body.withBold(true)).name()).isEqualTo("LiberationSans-Bold");
        assertThat(fonts.face(body.withItalic(true)).name()).as("no italic given").isEqualTo("LiberationSans");
        assertThat(fonts.fallbacks().get(0).name()).isEqualTo("LiberationSans");
        assertThatThrownBy(() -> fonts.face(body.withFamily("display"))).hasMessageContaining("display");
    }

    @Test
    void aFontsOwnLigaturesComeFromHarfBuzzAsCmapCharacters() {
        // DejaVu Serif has a GSUB liga feature (Liberation has none): shaping goes through HarfBuzz
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dejavu), "DejaVu Serif installed");
        FontLibrary fonts = FontLibrary.of(Map.of("body", Map.of("regular", dejavu)));
        FontFace face = fonts.face(new TextStyle("body", false, false, 10, 0, false));
        assertThat(((TrueTypeFace) face).substitutesNothing()).isFalse();
        Shaped office = fonts.shape(face, "office");
        assertThat(office.text()).isEqualTo("o\uFB00ice");
        assertThat(office.actualText()).isEqualTo("office");
        assertThat(office.offsets()[2]).as("inside the ff ligature").isNaN();
        assertThat(fonts.shape(face, "AVA").kerning()[0]).isNegative();
    }

    @Test
    void cffFontsAreRefusedWithAReason() throws IOException {
        Path otf = dir.resolve("Book.otf");
        byte[] header = new byte[64];
        System.arraycopy("OTTO".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, header, 0, 4);
        Files.write(otf, header);
        assertThatThrownBy(() -> FontLibrary.of(Map.of("serif", Map.of("regular", otf))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Book.otf").hasMessageContaining("CFF");
    }

    @Test
    void missingFilesAndUnknownVariantsAreNamed() throws IOException {
        Path regular = copy("LiberationSerif-Regular.ttf", "R.ttf");
        assertThatThrownBy(() -> FontLibrary.of(Map.of("serif", Map.of("regular", dir.resolve("nope.ttf")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.ttf");
        assertThatThrownBy(() -> FontLibrary.of(Map.of("serif", Map.of("regular", regular, "heavy", regular))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heavy");
        assertThatThrownBy(() -> FontLibrary.of(Map.of("serif", Map.of("bold", regular))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no regular face");
    }
}
