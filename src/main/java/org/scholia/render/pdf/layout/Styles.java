package org.scholia.render.pdf.layout;

import org.scholia.render.pdf.text.Sp;
import org.scholia.render.pdf.text.TextStyle;
import org.scholia.style.Profile;

/** The text styles and vertical metrics a profile implies, computed once for a layout. */
public final class Styles {
    private final Profile profile;

    public Styles(Profile profile) {
        this.profile = profile;
    }

    public Profile profile() {
        return profile;
    }

    public TextStyle body() {
        return new TextStyle(profile.fonts().body(), false, false, profile.sizes().body(), profile.colors().text(), false);
    }

    public TextStyle note() {
        return body().withSize(profile.sizes().notes());
    }

    public TextStyle code() {
        return new TextStyle(profile.fonts().mono(), false, false, profile.sizes().code(), profile.colors().text(), false);
    }

    /** Inline code inside text of another size: the mono family, scaled as code is to the body. */
    public TextStyle inlineCode(TextStyle around) {
        double scale = profile.sizes().code() / profile.sizes().body();
        return around.withFamily(profile.fonts().mono()).withSize(around.size() * scale);
    }

    /** Level 1 is a chapter title, 2 a section, deeper levels subsections. */
    public TextStyle heading(int level) {
        double size = switch (level) {
            case 1 -> profile.sizes().chapter();
            case 2 -> profile.sizes().section();
            default -> profile.sizes().subsection();
        };
        return new TextStyle(profile.fonts().headings(), true, level >= 4, size, profile.colors().text(), false);
    }

    public TextStyle runningHead() {
        return new TextStyle(profile.fonts().headings(), false, true, profile.sizes().runningHead(), profile.colors().text(), false);
    }

    public TextStyle folio() {
        return runningHead().withItalic(false);
    }

    public TextStyle title() {
        return new TextStyle(profile.fonts().headings(), true, false, profile.sizes().title(), profile.colors().text(), false);
    }

    public int linkColor() {
        return profile.colors().links();
    }

    public int termColor() {
        return profile.colors().terms();
    }

    /** Baseline-to-baseline distance for text of this size, in sp. */
    public long leading(double size) {
        return Sp.of(size * profile.leading());
    }

    /** The body's leading: the unit of vertical space around blocks. */
    public long bodyLeading() {
        return leading(profile.sizes().body());
    }

    /** Space the footnote rule takes: skip above, the rule, half a skip below. */
    public long noteSeparator() {
        var r = profile.footnoteRule();
        return r.skip() + r.thickness() + r.skip() / 2;
    }
}
