package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A laid-out document's text made safe for the model, as a page's is: each unpaired surrogate (which a document
 * reader may pass on from a broken font's mapping) as U+FFFD.
 */
final class DocumentText {

    private DocumentText() {
    }

    /**
     * A document with its unpaired surrogates replaced.
     *
     * @param document the document, the same instance if nothing was replaced
     * @param replaced how many were replaced
     * @param first the position of the first block or cell that had one, or null
     */
    record Cleaned(LaidOutDocument document, int replaced, SourcePosition first) {
    }

    /**
     * Replaces the unpaired surrogates of every text block and cell.
     *
     * @param document the document
     * @return the document and what was replaced
     */
    static Cleaned clean(LaidOutDocument document) {
        int[] replaced = {0};
        SourcePosition[] first = {null};
        List<LaidOutDocument.Block> blocks = new ArrayList<>(document.blocks().size());
        for (LaidOutDocument.Block block : document.blocks()) {
            if (block instanceof LaidOutDocument.Text t) {
                String text = clean(t.text(), t.position(), replaced, first);
                blocks.add(text == t.text() ? t : new LaidOutDocument.Text(text, t.position()));
            } else if (block instanceof LaidOutDocument.Table table) {
                List<List<LaidOutDocument.Cell>> rows = new ArrayList<>(table.rows().size());
                for (List<LaidOutDocument.Cell> row : table.rows()) {
                    List<LaidOutDocument.Cell> cells = new ArrayList<>(row.size());
                    for (LaidOutDocument.Cell c : row) {
                        String text = clean(c.text(), c.position(), replaced, first);
                        cells.add(text == c.text() ? c
                                : new LaidOutDocument.Cell(text, c.rowSpan(), c.colSpan(), c.position()));
                    }
                    rows.add(cells);
                }
                blocks.add(new LaidOutDocument.Table(rows));
            }
        }
        return replaced[0] == 0 ? new Cleaned(document, 0, null)
                : new Cleaned(LaidOutDocument.of(blocks, document.remarks()), replaced[0], first[0]);
    }

    private static String clean(String text, SourcePosition at, int[] replaced, SourcePosition[] first) {
        Characters.Cleaned c = Characters.replaceUnpairedSurrogates(text, false);
        if (c.replaced() > 0) {
            replaced[0] += c.replaced();
            first[0] = first[0] == null ? at : first[0];
        }
        return c.text();
    }
}
