package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.ArrayList;
import java.util.List;

/** The cells of a Word table while its vertical merges are followed: a row span grows as rows continue it. */
final class Grid {

    private Grid() {
    }

    /** A cell whose spans may still grow (a later row continues it, a merged cell to its right widens it). */
    static final class Pending {
        final String text;
        int colSpan;
        final SourcePosition position;
        int rowSpan = 1;

        Pending(String text, int colSpan, SourcePosition position) {
            this.text = text;
            this.colSpan = colSpan;
            this.position = position;
        }

        LaidOutDocument.Cell cell() {
            return new LaidOutDocument.Cell(text, rowSpan, colSpan, position);
        }
    }

    /** The rows' cells, their spans final. */
    static List<List<LaidOutDocument.Cell>> cells(List<List<Pending>> rows) {
        List<List<LaidOutDocument.Cell>> out = new ArrayList<>(rows.size());
        for (List<Pending> row : rows) {
            List<LaidOutDocument.Cell> cells = new ArrayList<>(row.size());
            for (Pending p : row) {
                cells.add(p.cell());
            }
            out.add(cells);
        }
        return out;
    }
}
