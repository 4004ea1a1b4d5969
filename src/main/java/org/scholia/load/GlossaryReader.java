package org.scholia.load;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scholia.model.Block;
import org.scholia.model.Diagnostic;
import org.scholia.model.Glossary;
import org.scholia.model.GlossaryEntry;
import org.scholia.model.Inline;
import org.scholia.model.PlainText;
import org.scholia.model.SourceSpan;
import org.scholia.model.Slug;

/**
 * Reads glossary.md, a Markdown definition list: the term lines above one ": definition"
 * are the headword followed by its variants. Definitions are full Markdown, footnotes included.
 */
final class GlossaryReader {

    Glossary read(String file, com.vladsch.flexmark.util.ast.Document doc, MarkdownConverter converter,
                  List<Diagnostic> diagnostics) {
        List<GlossaryEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof DefinitionList) {
                List<Node> terms = new ArrayList<>();
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof DefinitionTerm) {
                        terms.add(c);
                    } else if (c instanceof DefinitionItem item && !terms.isEmpty()) {
                        entries.add(entry(terms, item, converter, ids));
                        terms.clear();
                    } else if (c instanceof DefinitionItem item && !entries.isEmpty()) {
                        // a second ': ' paragraph under the same terms continues the definition
                        GlossaryEntry last = entries.remove(entries.size() - 1);
                        List<Block> more = new ArrayList<>(last.definition());
                        more.addAll(converter.blocks(item));
                        entries.add(new GlossaryEntry(last.id(), last.headword(), last.variants(), more, last.span()));
                    }
                }
            } else if (n instanceof Heading || n instanceof HtmlCommentBlock || n instanceof FootnoteBlock) {
                // the title of the glossary page and note definitions are read elsewhere
            } else if (!n.getChars().isBlank()) {
                diagnostics.add(Diagnostic.warning("glossary-text-ignored", converter.span(n),
                        "This text in the glossary is not part of an entry and is ignored.",
                        "Write entries as a term line followed by a line starting with ': ' and the definition."));
            }
        }
        converter.blocks(footnotesOnly(doc)); // collect the note definitions of the glossary
        return new Glossary(file, entries, converter.notes());
    }

    private GlossaryEntry entry(List<Node> terms, DefinitionItem item, MarkdownConverter converter, Set<String> ids) {
        String headword = plain(converter.termInlines(terms.get(0)));
        List<String> variants = new ArrayList<>();
        for (Node t : terms.subList(1, terms.size())) variants.add(plain(converter.termInlines(t)));
        String id = "term-" + Slug.of(headword);
        for (int k = 2; !ids.add(id); k++) id = "term-" + Slug.of(headword) + "-" + k;
        SourceSpan at = converter.span(terms.get(0));
        return new GlossaryEntry(id, headword, variants, converter.blocks(item), at);
    }

    /** A node whose children are only the document's footnote definitions. */
    private static Node footnotesOnly(Node doc) {
        com.vladsch.flexmark.util.ast.Document holder =
                new com.vladsch.flexmark.util.ast.Document(null, doc.getChars());
        List<Node> notes = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) if (n instanceof FootnoteBlock) notes.add(n);
        for (Node n : notes) holder.appendChild(n);
        return holder;
    }

    static String plain(List<Inline> inlines) {
        return PlainText.of(inlines).strip().replaceAll("\\s+", " ");
    }
}
