package org.scholia.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.model.Diagnostic;
import org.scholia.model.ManuscriptException;

class ProfileLoaderTest {
    private static final double PT = 65536;

    @TempDir
    Path dir;

    private Profile load(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/handout.yaml"), yaml);
        return new ProfileLoader().load(dir, "handout");
    }

    private Diagnostic error(String yaml) {
        var e = (ManuscriptException) org.assertj.core.api.Assertions.catchThrowable(() -> load(yaml));
        assertThat(e).as("expected an error").isNotNull();
        return e.diagnostics().get(0);
    }

    @Test
    void theBuiltInHandoutIsA4WithEveryKeyDocumented() throws Exception {
        Profile p = new ProfileLoader().load(dir, "handout");
        assertThat(p.pageWidth() / PT).isCloseTo(595.3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(p.pageHeight() / PT).isCloseTo(841.9, org.assertj.core.data.Offset.offset(0.1));
        assertThat(p.sizes().body()).isEqualTo(11);
        assertThat(p.widows()).isEqualTo(2);
        assertThat(p.fonts().body()).isEqualTo("serif");
        assertThat(p.source()).contains("built-in");
    }

    @Test
    void aManuscriptProfileOverridesOnlyWhatItSays() throws Exception {
        Profile p = load("page: letter\nmargins:\n  inner: 1in\nsizes:\n  body: 12pt\ncolors:\n  links: \"#ff0000\"\n");
        assertThat(p.pageWidth()).isEqualTo(612 * 65536L);
        assertThat(p.margins().inner()).isEqualTo(72 * 65536L);
        assertThat(p.margins().outer()).isEqualTo(Math.round(28 * 72 / 25.4 * 65536));
        assertThat(p.sizes().body()).isEqualTo(12);
        assertThat(p.colors().links()).isEqualTo(0xff0000);
        assertThat(p.paragraphIndent()).isEqualTo(Math.round(1.5 * 12 * 65536));
        assertThat(p.source()).isEqualTo("styles/handout.yaml");
    }

    @Test
    void customAndA5PageSizes() throws Exception {
        assertThat(load("page: a5\nmargins: {inner: 15mm, outer: 15mm, top: 15mm, bottom: 15mm}\n").pageWidth() / PT)
                .isCloseTo(419.5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(load("page: 170mm x 240mm\n").pageHeight() / PT).isCloseTo(680.3, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void mirroredMarginsAlternateByPage() throws Exception {
        Profile p = load("mirror: true\nmargins:\n  inner: 30mm\n  outer: 20mm\n");
        assertThat(p.textLeft(1)).isEqualTo(p.margins().inner());
        assertThat(p.textLeft(2)).isEqualTo(p.margins().outer());
        assertThat(p.measure()).isEqualTo(p.pageWidth() - p.margins().inner() - p.margins().outer());
    }

    @Test
    void anUnknownKeyNamesFileLineColumnAndKey() {
        Diagnostic d = error("page: a4\nmargins:\n  innr: 20mm\n");
        assertThat(d.code()).isEqualTo("profile-unknown-key");
        assertThat(d.span().file()).isEqualTo("styles/handout.yaml");
        assertThat(d.span().line()).isEqualTo(3);
        assertThat(d.span().column()).isEqualTo(3);
        assertThat(d.message()).contains("margins.innr");
    }

    @Test
    void badValuesAreErrorsWithTheirPlace() {
        Diagnostic page = error("page: b7\n");
        assertThat(page.message()).contains("'page'");
        assertThat(page.span().line()).isEqualTo(1);
        assertThat(error("sizes:\n  body: huge\n").message()).contains("sizes.body");
        assertThat(error("colors:\n  text: red\n").span().line()).isEqualTo(2);
        assertThat(error("widows: 0\n").message()).contains("widows");
        assertThat(error("margins:\n  top: 2 miles\n").message()).contains("margins.top");
        assertThat(error("fonts:\n  body: comic\n").message()).contains("comic");
        assertThat(error("leading: [1, 2]\n").code()).isEqualTo("profile-bad-value");
    }

    @Test
    void yamlSyntaxErrorsHaveAPlace() {
        Diagnostic d = error("page: a4\nmargins:\n  inner: [20mm\n");
        assertThat(d.code()).isEqualTo("profile-syntax");
        assertThat(d.span().line()).isPositive();
    }

    @Test
    void fontFilesMustLieInsideTheManuscript() throws Exception {
        assertThat(error("fonts:\n  files:\n    mine:\n      regular: ../evil.ttf\n").message()).contains("outside");
        assertThat(error("fonts:\n  files:\n    mine:\n      regular: fonts/none.ttf\n").message()).contains("does not exist");
        Files.createDirectories(dir.resolve("fonts"));
        Files.write(dir.resolve("fonts/cff.ttf"), "OTTO....".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Diagnostic cff = error("fonts:\n  files:\n    mine:\n      regular: fonts/cff.ttf\n");
        assertThat(cff.message()).contains("CFF");
        assertThat(cff.span().line()).isEqualTo(4);
        Files.write(dir.resolve("fonts/short.ttf"), new byte[] {0, 1, 0, 0, 0});
        Diagnostic damaged = error("fonts:\n  files:\n    mine:\n      regular: fonts/short.ttf\n");
        assertThat(damaged.message()).contains("damaged");
        assertThat(damaged.span().line()).isEqualTo(4);
        try (var in = ProfileLoaderTest.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            Files.write(dir.resolve("fonts/a.ttf"), in.readAllBytes());
        }
        Profile p = load("fonts:\n  body: mine\n  files:\n    mine:\n      regular: fonts/a.ttf\n");
        assertThat(p.fonts().files().get("mine").get("regular")).isEqualTo(dir.toAbsolutePath().normalize().resolve("fonts/a.ttf"));
        assertThat(error("fonts:\n  files:\n    mine:\n      heavy: fonts/a.ttf\n").code()).isEqualTo("profile-unknown-key");
    }

    @Test
    void aProfileWithNeitherABuiltInNorAManuscriptFileIsAnError() {
        var e = (ManuscriptException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new ProfileLoader().load(dir, "poster"));
        assertThat(e).as("expected an error").isNotNull();
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("profile-missing");
        assertThat(d.span().file()).isEqualTo("styles/poster.yaml");
        assertThat(d.message()).contains("poster");
        assertThat(d.hint()).contains("create styles/poster.yaml");
        assertThatThrownBy(() -> new ProfileLoader().load(null, "poster")).isInstanceOf(ManuscriptException.class);
    }

    @Test
    void aManuscriptsOwnProfileWithoutABuiltInUsesTheHandoutsKeysAndDefaults() throws Exception {
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/poster.yaml"), "page: a5\nmargins: {inner: 15mm, outer: 15mm}\n");
        Profile p = new ProfileLoader().load(dir, "poster");
        assertThat(p.name()).isEqualTo("poster");
        assertThat(p.source()).isEqualTo("styles/poster.yaml");
        assertThat(p.sizes().body()).isEqualTo(11);
        Files.writeString(dir.resolve("styles/poster.yaml"), "page: a5\nbooklets: true\n");
        var e = (ManuscriptException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new ProfileLoader().load(dir, "poster"));
        assertThat(e.diagnostics().get(0).code()).isEqualTo("profile-unknown-key");
        assertThat(e.diagnostics().get(0).span().line()).isEqualTo(2);
    }

    @Test
    void theClassroomProfileIsDuplexWithAWideOuterMarginLargerTypeAndNoColour() throws Exception {
        Profile c = new ProfileLoader().load(null, "classroom");
        Profile h = new ProfileLoader().load(null, "handout");
        assertThat(c.mirror()).isTrue();
        assertThat(c.margins().outer()).isEqualTo(Lengths.parse("40mm", 12));
        assertThat(c.margins().outer() - c.margins().inner()).isPositive();
        assertThat(c.sizes().body()).isEqualTo(12);
        assertThat(c.sizes().body() * c.leading()).isCloseTo(16, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.colors()).isEqualTo(new Profile.Colors(0, 0, 0, 0));
        assertThat(c.marginNumbers().paragraphs()).isTrue();
        assertThat(h.marginNumbers().paragraphs()).isFalse();
        assertThat(h.mirror()).isFalse();
        assertThat(c.marginNumbers().lineEvery()).isZero();
        // the booklet: half of A4 (A5), its own margins, signatures of 32 pages
        assertThat(c.booklet().enabled()).isFalse();
        assertThat(c.booklet().pageWidth()).isEqualTo(c.pageHeight() / 2);
        assertThat(c.booklet().pageHeight()).isEqualTo(c.pageWidth());
        assertThat(c.booklet().signature()).isEqualTo(32);
        Profile b = c.forBooklet();
        assertThat(b.pageWidth()).isEqualTo(c.booklet().pageWidth());
        assertThat(b.margins()).isEqualTo(c.booklet().margins());
        assertThat(b.sizes()).isEqualTo(c.sizes());
    }

    @Test
    void theNewKeysAreCheckedWithFileLineAndKey() throws Exception {
        Profile p = load("line-numbers: 5\nline-numbers-restart: chapter\nline-numbers-side: outer\nbooklet-page: a5\n");
        assertThat(p.marginNumbers().lineEvery()).isEqualTo(5);
        assertThat(p.marginNumbers().lineRestart()).isEqualTo(Profile.LineRestart.CHAPTER);
        assertThat(p.marginNumbers().lineSide()).isEqualTo(Profile.Side.OUTER);
        String[][] cases = {
                {"line-numbers-restart: section\n", "line-numbers-restart", "page or chapter"},
                {"line-numbers-side: left\n", "line-numbers-side", "inner or outer"},
                {"line-numbers: -5\n", "line-numbers", "whole number"},
                {"booklet-signature: 30\n", "booklet-signature", "multiple of 4"},
                {"booklet-page: a4\n", "booklet-page", "side by side"},
                {"booklet: maybe\n", "booklet", "true or false"},
                {"booklet-margins:\n  outer: 200mm\n", "booklet-margins.outer", "too little room"},
                {"leading: 7/2\n", "leading", "between"},
        };
        for (String[] c : cases) {
            Diagnostic d = error("widows: 2\n" + c[0]);
            assertThat(d.message()).as(c[0]).contains("'" + c[1] + "'").contains(c[2]);
            assertThat(d.span().file()).as(c[0]).isEqualTo("styles/handout.yaml");
            assertThat(d.span().line()).as(c[0]).isEqualTo(c[1].startsWith("booklet-margins") ? 3 : 2);
        }
        assertThat(load("leading: 4/3\n").leading()).isCloseTo(4.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    private static Profile.Ratio r(long num, long den) {
        return new Profile.Ratio(num, den);
    }

    /** Ratios compare by value: "3/2" and "1.5" are the same proportion. */
    private static void same(Profile.Ratio actual, Profile.Ratio expected) {
        assertThat(actual.num() * expected.den()).as(actual + " = " + expected).isEqualTo(expected.num() * actual.den());
    }

    @Test
    void theLayoutKeysDefaultToTheValuesTheLayoutHadInJava() throws Exception {
        Profile p = new ProfileLoader().load(null, "handout");
        same(p.spacing().beforeSection(), r(3, 2));
        same(p.spacing().beforeSubsection(), r(1, 1));
        same(p.spacing().afterHeading(), r(1, 3));
        same(p.spacing().aroundBlocks(), r(1, 2));
        same(p.opening().sink(), r(1, 8));
        same(p.opening().afterTitle(), r(2, 1));
        same(p.indents().quote(), r(3, 2));
        same(p.indents().numberedList(), r(1, 1));
        same(p.indents().bulletedList(), r(3, 2));
        same(p.indents().listLabelGap(), r(1, 2));
        same(p.code().leading(), r(9, 10));
        same(p.code().padding(), r(1, 2));
        assertThat(p.code().tint()).isEqualTo(0xF2F2F2);
        assertThat(p.figures().maxHeight().value()).isEqualTo(0.6);
        same(p.figures().captionBefore(), r(1, 3));
        same(p.thematicBreak().width(), r(1, 5));
        assertThat(p.thematicBreak().thickness()).isEqualTo(26214);
        same(p.thematicBreak().space(), r(2, 1));
        assertThat(p.noteSplit().minLines()).isEqualTo(4);
        assertThat(p.noteSplit().keepLines()).isEqualTo(2);
        same(p.noteSplit().minText(), r(4, 1));
        assertThat(p.tableRules().heavy()).isEqualTo(52429);
        assertThat(p.tableRules().light()).isEqualTo(32768);
    }

    @Test
    void proportionsAreExactAsNumbersOrFractions() throws Exception {
        Profile p = load("spacing:\n  before-section: 1.5\n  after-heading: 0\nindents:\n  quote: 2/3\n");
        assertThat(p.spacing().beforeSection().of(1001)).isEqualTo(1001 * 3 / 2);
        assertThat(p.spacing().afterHeading().of(1001)).isZero();
        assertThat(p.indents().quote().of(999)).isEqualTo(666);
        assertThat(load("table-rules:\n  heavy: 1pt\n").tableRules().heavy()).isEqualTo(65536);
        assertThat(load("code:\n  tint: \"#ffffff\"\n").code().tint()).isEqualTo(0xFFFFFF);
    }

    @Test
    void aBadLayoutValueNamesFileLineAndKey() {
        String[][] cases = {
                {"spacing:\n  before-section: lots\n", "spacing.before-section"},
                {"chapter-opening:\n  sink: 1/0\n", "chapter-opening.sink"},
                {"chapter-opening:\n  sink: 0.9\n", "chapter-opening.sink"},
                {"indents:\n  quote: -1\n", "indents.quote"},
                {"code:\n  tint: grey\n", "code.tint"},
                {"figures:\n  max-height: 2\n", "figures.max-height"},
                {"thematic-break:\n  thickness: thick\n", "thematic-break.thickness"},
                {"note-split:\n  min-lines: 1\n", "note-split.min-lines"},
                {"note-split:\n  keep-lines: 3\n", "note-split.keep-lines"},
                {"table-rules:\n  light: 1 furlong\n", "table-rules.light"},
                {"\nprotrusion: 3\n", "protrusion"},
                {"\nprotrusion: much\n", "protrusion"},
        };
        for (String[] c : cases) {
            Diagnostic d = error(c[0]);
            assertThat(d.code()).as(c[0]).isEqualTo("profile-bad-value");
            assertThat(d.span().file()).as(c[0]).isEqualTo("styles/handout.yaml");
            assertThat(d.span().line()).as(c[0]).isEqualTo(2);
            assertThat(d.message()).as(c[0]).contains(c[1]);
            assertThat(d.hint()).as(c[0]).isNotBlank();
        }
        assertThat(error("spacing:\n  before-chapter: 1\n").code()).isEqualTo("profile-unknown-key");
        Diagnostic split = error("widows: 2\nnote-split:\n  min-lines: 3\n");
        assertThat(split.span().file()).isEqualTo("styles/handout.yaml");
        assertThat(split.span().line()).isEqualTo(3);
        assertThat(split.message()).contains("note-split.min-lines");
    }

    @Test
    void theBuilderChangesOnlyWhatItIsTold() throws Exception {
        Profile p = load("mirror: true\nwidows: 3\nspacing:\n  around-blocks: 1\n");
        var fonts = new Profile.Fonts("sans", "sans", "mono", java.util.Map.of());
        Profile q = p.toBuilder().fonts(fonts).build();
        assertThat(q.fonts()).isEqualTo(fonts);
        assertThat(q).isEqualTo(new ProfileBuilder().name(p.name()).source(p.source()).pageWidth(p.pageWidth())
                .pageHeight(p.pageHeight()).margins(p.margins()).mirror(p.mirror()).fonts(fonts).sizes(p.sizes())
                .leading(p.leading()).paragraphIndent(p.paragraphIndent()).colors(p.colors()).widows(p.widows())
                .orphans(p.orphans()).footnoteRule(p.footnoteRule()).language(p.language()).spacing(p.spacing())
                .opening(p.opening()).indents(p.indents()).code(p.code()).figures(p.figures())
                .thematicBreak(p.thematicBreak()).noteSplit(p.noteSplit()).tableRules(p.tableRules())
                .marginNumbers(p.marginNumbers()).booklet(p.booklet()).protrusion(p.protrusion()).build());
        assertThat(q.toBuilder().fonts(p.fonts()).build()).isEqualTo(p);
        assertThat(q.mirror()).isTrue();
        assertThat(q.widows()).isEqualTo(3);
        assertThat(q.spacing()).isEqualTo(p.spacing());
        assertThatThrownBy(() -> new ProfileBuilder().name("x").build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aBuiltInProfileOtherThanTheHandoutStatesOnlyWhatDiffers() throws Exception {
        // src/test/resources/styles/layered-test.yaml: mirror and one space, nothing else
        Profile handout = new ProfileLoader().load(null, "handout");
        Profile p = new ProfileLoader().load(dir, "layered-test");
        assertThat(p.source()).isEqualTo("styles/layered-test.yaml (built-in)");
        assertThat(p.mirror()).isTrue();
        same(p.spacing().aroundBlocks(), r(1, 1));
        assertThat(p.toBuilder().name("handout").source(handout.source()).mirror(false).spacing(handout.spacing()).build())
                .isEqualTo(handout);
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/layered-test.yaml"), "widows: 3\n");
        Profile own = new ProfileLoader().load(dir, "layered-test");
        assertThat(own.source()).isEqualTo("styles/layered-test.yaml");
        assertThat(own.mirror()).isTrue();
        assertThat(own.widows()).isEqualTo(3);
    }
}
