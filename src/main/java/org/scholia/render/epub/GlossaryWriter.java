package org.scholia.render.epub;

import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import org.scholia.model.FurnitureWords;
import org.scholia.model.GlossaryEntry;

/**
 * Writes the glossary document: a {@code doc-glossary} section holding a definition list, with the
 * headword of each entry as a {@code dfn}, its variants, its definition, and the chapters that
 * use it, each linked to the first use there; then the notes cited in definitions.
 *
 * <p>Each entry's {@code dt} and {@code dd} are grouped in a {@code div} (HTML allows it in a
 * {@code dl}) that carries the entry's id: the target of every term link. A reader that pops the
 * target of a link up shows that element, so the pop-up holds the headword <em>and</em> the
 * definition (an id on the {@code dt} popped up the bare headword in foliate-js); a reader that
 * follows the link lands on the headword. The {@code div} is not typed: {@code glossterm} and
 * {@code glossdef} stay on the {@code dt} and {@code dd}, where the vocabulary puts them.
 */
final class GlossaryWriter {
    private final XMLOutputFactory factory;
    private final EpubPlan plan;
    private final FurnitureWords words;

    GlossaryWriter(XMLOutputFactory factory, EpubPlan plan, FurnitureWords words) {
        this.factory = factory;
        this.plan = plan;
        this.words = words;
    }

    byte[] write() {
        ContentDocument doc = new ContentDocument(factory, plan, words, plan.glossaryNotes(), null,
                EpubPlan.GLOSSARY);
        Xhtml out = doc.out;
        out.beginDocument(doc.lang(), words.glossary(), EpubPlan.CSS, "backmatter");
        String titleId = doc.claim("glossary-title");
        out.start("section").attr("class", "glossary").epubType("glossary").attr("role", "doc-glossary")
                .attr("aria-labelledby", titleId).nl();
        BlockWriter blocks = new BlockWriter(doc, "definition");
        blocks.pageBreaksAt(EpubPlan.GLOSSARY_TITLE_BLOCK);
        out.start("h1").attr("id", titleId).text(words.glossary()).end().nl();
        // The glossary semantics sit on the section, with the matching ARIA role: a dl may not
        // take role doc-glossary, and an epub:type without its role is an Ace violation.
        out.start("dl").attr("class", "glossary").nl();
        for (GlossaryEntry entry : plan.book().glossary().entries()) {
            out.start("div").attr("id", doc.claim(entry.id())).attr("class", "entry").nl();
            // pages the print edition starts at the entry (paragraphs without ids of their own),
            // marked inside the dt: a div in a dl may hold only dt and dd
            out.start("dt").epubType("glossterm");
            blocks.pageBreaksAt(entry.id());
            out.start("dfn").text(entry.headword()).end().end().nl();
            out.start("dd").epubType("glossdef").nl();
            if (!entry.variants().isEmpty()) {
                out.start("p").attr("class", "variants").text(words.also() + " ");
                List<String> variants = entry.variants();
                for (int i = 0; i < variants.size(); i++) {
                    if (i > 0) out.text(", ");
                    out.start("i").text(variants.get(i)).end();
                }
                out.end().nl();
            }
            blocks.write(entry.definition());
            usedIn(out, entry);
            out.end().nl();
            out.end().nl();
        }
        out.end().nl();
        new NoteWriter(doc).footnotes();
        out.end().nl();
        return out.endDocument();
    }

    /** "Used in: Chapter 1, Chapter 3", each linking to the term's first use in that chapter. */
    private void usedIn(Xhtml out, GlossaryEntry entry) {
        List<EpubPlan.Usage> usages = plan.usages(entry.id());
        if (usages.isEmpty()) return;
        out.start("p").attr("class", "used-in").text(words.usedIn() + " ");
        for (int i = 0; i < usages.size(); i++) {
            EpubPlan.Usage u = usages.get(i);
            if (i > 0) out.text(", ");
            String href = plan.chapterHref(u.chapter()) + (u.anchor() == null ? "" : "#" + u.anchor());
            out.start("a").attr("href", href)
                    .attr("title", u.chapter().title()).text(words.chapterNumber(u.chapter().number())).end();
        }
        out.end().nl();
    }
}
