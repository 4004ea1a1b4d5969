package org.scholia.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholia.load.TestManuscript;
import org.scholia.model.Block;
import org.scholia.model.Chapter;

/** Stable ids for headings and paragraphs; top-level paragraphs numbered per chapter. */
class ParagraphIdsTest {
    @TempDir
    Path tmp;

    /** "kind:id:number" for each block, nested blocks included. */
    private static List<String> ids(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) out.add("h" + h.level() + ":" + h.id());
            else if (b instanceof Block.Paragraph p) out.add("p:" + p.id() + ":" + p.number());
            else if (b instanceof Block.Quote q) out.addAll(ids(q.content()));
            else if (b instanceof Block.ListBlock l) for (var item : l.items()) out.addAll(ids(item));
            else if (b instanceof Block.Figure) out.add("figure");
        }
        return out;
    }

    @Test
    void headingsAndParagraphsGetStableIds() {
        var ms = TestManuscript.withChapter(tmp.resolve("book"),
                "# One\n\nFirst.\n\n## Part\n\nSecond.\n\n> Quoted.\n>\n> Quoted again.\n\n![A map](map.png)\n\n"
                        + "- an item\n\nThird.\n\n### Sub\n\nFourth.\n")
                .file("02-two.md", "# Two\n\nOnly.\n").png("map.png");
        var p = ms.prepare();
        assertThat(p.warnings()).isEmpty();
        Chapter one = p.chapter(1);
        assertThat(ids(one.blocks())).containsExactly("h1:ch01", "p:ch01-p1:1", "h2:ch01-s1", "p:ch01-p2:2",
                "p:ch01-p2-1:0", "p:ch01-p2-2:0", "figure", "p:ch01-p2-3:0", "p:ch01-p3:3", "h3:ch01-s2", "p:ch01-p4:4");
        assertThat(ids(p.chapter(2).blocks())).containsExactly("h1:ch02", "p:ch02-p1:1");
        // the same manuscript gives the same ids again
        assertThat(ids(ms.prepare().chapter(1).blocks())).isEqualTo(ids(one.blocks()));
    }

    @Test
    void idsAreUniqueInTheBook() {
        var ms = TestManuscript.withChapter(tmp.resolve("book"), "# One\n\n> Before any paragraph.\n\nText.[^n]\n\n"
                + "[^n]: A note.\n\n    In two paragraphs.\n")
                .file("02-two.md", "# Two\n\nText.\n\n## S\n\nMore.\n")
                .file("glossary.md", "text\n: Words.\n");
        var p = ms.prepare();
        List<String> all = new ArrayList<>();
        for (Chapter c : p.book().chapters()) {
            all.addAll(ids(c.blocks()));
            for (var n : c.notes()) all.addAll(ids(n.content()));
        }
        for (var e : p.book().glossary().entries()) all.addAll(ids(e.definition()));
        List<String> idsOnly = all.stream().filter(s -> !s.equals("figure")).map(s -> s.split(":")[1]).toList();
        assertThat(idsOnly).doesNotHaveDuplicates().doesNotContain("");
    }
}
