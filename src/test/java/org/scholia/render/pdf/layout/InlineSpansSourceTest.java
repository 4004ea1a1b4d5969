package org.scholia.render.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholia.model.Inline;
import org.scholia.model.PlainText;
import org.scholia.model.SourceSpan;
import org.scholia.render.pdf.text.Span;
import org.scholia.style.ProfileLoader;

/** InlineSpans counts source offsets exactly as PlainText, the definition of a block's text, does. */
class InlineSpansSourceTest {
    private static final SourceSpan AT = new SourceSpan("ch.md", 1, 1);

    private static Inline.Text t(String s) {
        return new Inline.Text(s, AT);
    }

    @Test
    void everySpanFromTheModelStartsWherePlainTextHasItsText() throws Exception {
        List<Inline> content = List.of(t("A cafe\u0301 "),
                new Inline.Emphasis(List.of(t("co\u00ADoperative "), new Inline.Strong(List.of(t("office")), AT)), AT),
                new Inline.NoteRef("n", 12, 1, AT), t(" with "), new Inline.Code("x = 1", AT),
                new Inline.LineBreak(AT), new Inline.Image(null, "a map", "", AT),
                new Inline.Link("https://example.org", null, List.of(t("a link")), AT),
                new Inline.TermRef("term-soviet", List.of(t("soviets")), false, AT), t(" end."));
        String plain = PlainText.of(content);
        Styles styles = new Styles(new ProfileLoader().load(null, "handout"));
        List<Span> spans = InlineSpans.of(content, styles.body(), styles, "ch01");
        int checked = 0;
        for (Span s : spans) {
            if (s.source() == Span.GENERATED) continue;
            String expected = s.text().equals("\n") ? " " : s.text();
            assertThat(plain.substring(s.source(), s.source() + expected.length())).as(s.text()).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isEqualTo(9);
        assertThat(spans).filteredOn(s -> s.text().equals("12")).extracting(Span::source).containsExactly(Span.GENERATED);
        assertThat(spans).filteredOn(s -> s.text().equals("a map")).extracting(Span::source).containsExactly(Span.GENERATED);
    }
}
