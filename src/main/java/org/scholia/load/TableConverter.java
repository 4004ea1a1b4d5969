package org.scholia.load;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.scholia.model.Block;
import org.scholia.model.Inline;
import org.scholia.model.SourceSpan;

/** Converts a GFM table into a model table: header rows, body rows, column alignments. */
final class TableConverter {
    private final MarkdownConverter inlines;

    TableConverter(MarkdownConverter inlines) {
        this.inlines = inlines;
    }

    Block.Table table(TableBlock table, SourceSpan at) {
        List<List<List<Inline>>> header = new ArrayList<>();
        List<List<List<Inline>>> body = new ArrayList<>();
        List<Block.Alignment> alignments = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean isHead = section instanceof TableHead;
            if (!isHead && !(section instanceof TableBody)) continue;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell c)) continue;
                    cells.add(inlines.unit(c));
                    if (isHead && header.isEmpty()) alignments.add(alignment(c));
                }
                (isHead ? header : body).add(cells);
            }
        }
        return new Block.Table(alignments, header, body, at);
    }

    private static Block.Alignment alignment(TableCell cell) {
        if (cell.getAlignment() == null) return Block.Alignment.DEFAULT;
        switch (cell.getAlignment()) {
            case LEFT: return Block.Alignment.LEFT;
            case CENTER: return Block.Alignment.CENTER;
            case RIGHT: return Block.Alignment.RIGHT;
            default: return Block.Alignment.DEFAULT;
        }
    }
}
