package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.List;

/**
 * A document laid out by a {@link io.github.gongkai.reader.spi.DocumentReader} (a PDF, a Word file): its text
 * blocks are read as an HTML page's blocks, its tables' cells as an HTML table's cells, each token with the
 * position the document reader gave (a PDF cell's page and box).
 */
final class DocumentSource {

    private DocumentSource() {
    }

    /**
     * A laid-out document as a page.
     *
     * @param document the document
     * @param format its format
     * @param keepTokens whether to walk it once and keep its tokens (see {@link Page})
     */
    static Page page(LaidOutDocument document, SourceFormat format, boolean keepTokens) {
        return new Page(format, (sink, head) -> {
            for (LaidOutDocument.Block block : document.blocks()) {
                if (block instanceof LaidOutDocument.Text text) {
                    text(text.text(), text.position(), sink, head);
                } else if (block instanceof LaidOutDocument.Table table) {
                    table(table.rows(), sink);
                }
            }
        }, keepTokens, 64);
    }

    private static void text(String text, SourcePosition position, TokenSink sink, Page head) {
        if (text.isBlank()) {
            return;
        }
        if (head != null) {
            head.keepHead(text, position);
        }
        if (!LineSource.isPageNumberLine(text)) {
            Lexer.lex(text, 0, 0, position, true, false, sink);
        }
    }

    private static void table(List<List<LaidOutDocument.Cell>> rows, TokenSink sink) {
        for (List<LaidOutDocument.Cell> row : rows) {
            boolean rowStart = true;
            for (LaidOutDocument.Cell cell : row) {
                Lexer.lex(cell.text(), 0, 0, cell.position(), rowStart, true, sink);
                // A cell always makes a token (an empty one at least), so the row has started after the first.
                rowStart = false;
            }
        }
    }
}
