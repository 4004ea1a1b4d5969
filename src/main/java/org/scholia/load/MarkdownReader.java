package org.scholia.load;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The flexmark parser configured for the manuscript contract: CommonMark, GFM tables,
 * footnotes, definition lists (the glossary) and {@code [[headword|text]]} term references.
 * One instance parses many files; flexmark parsers are reusable.
 */
final class MarkdownReader {
    private final Parser parser;

    MarkdownReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), WikiLinkExtension.create()));
        // [[Central Committee|the committee]]: the headword comes first, the shown text second
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_INLINES, true);
        // GFM-style tables: a header row is required, columns need not all be given
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(options).build();
    }

    Document parse(String text) {
        return parser.parse(text);
    }
}
