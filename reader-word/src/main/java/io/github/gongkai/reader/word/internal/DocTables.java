package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A {@code .doc} table as laid-out cells. A binary Word table has no grid: each row lists its cells' edges, so the
 * grid's columns are the distinct edges of all rows (a cell spanning columns reaches past an edge of another row),
 * a cell's column the place of its left edge, its column span the edges it covers. A vertical merge continues a
 * first-merged cell at the same edges in the row above; an old-style horizontal merge continues the cell to its
 * left. A continuation with nothing to continue is kept as a cell of its own.
 */
final class DocTables {

    private DocTables() {
    }

    /**
     * Adds a table to the layout.
     *
     * @return false, having added nothing, if HWPF cannot give its rows or cells
     */
    static boolean table(Table table, WordLayout layout) {
        List<List<Grid.Pending>> rows = new ArrayList<>();
        try {
            int[] edges = edges(table);
            int number = layout.upcomingTable();
            Map<Integer, Grid.Pending> open = Map.of();
            for (int r = 0; r < table.numRows(); r++) {
                layout.checkTime();
                Map<Integer, Grid.Pending> next = new HashMap<>();
                rows.add(row(table.getRow(r), edges, number, r + 1, open, next));
                open = next;
            }
        } catch (RuntimeException e) {
            return false;
        }
        for (List<Grid.Pending> row : rows) {
            for (Grid.Pending cell : row) {
                layout.count(cell.text);
            }
        }
        layout.table(Grid.cells(rows));
        return true;
    }

    private static List<Grid.Pending> row(TableRow row, int[] edges, int table, int r,
            Map<Integer, Grid.Pending> open, Map<Integer, Grid.Pending> next) {
        List<Grid.Pending> cells = new ArrayList<>();
        Grid.Pending left = null;
        for (int k = 0; k < row.numCells(); k++) {
            TableCell cell = row.getCell(k);
            int from = Arrays.binarySearch(edges, cell.getLeftEdge());
            int to = Arrays.binarySearch(edges, cell.getLeftEdge() + cell.getWidth());
            int span = Math.max(1, to - from);
            Grid.Pending above = open.get(from);
            if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && above != null
                    && above.colSpan == span) {
                above.rowSpan++;
                next.put(from, above);
            } else if (cell.isMerged() && !cell.isFirstMerged() && left != null) {
                left.colSpan += span;
            } else {
                left = new Grid.Pending(text(cell), span, SourcePosition.tableCell(table, r, from + 1));
                cells.add(left);
                if (cell.isFirstVerticallyMerged()) {
                    next.put(from, left);
                }
            }
        }
        return cells;
    }

    /** The distinct cell edges of all rows, in order. */
    private static int[] edges(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int k = 0; k < row.numCells(); k++) {
                TableCell cell = row.getCell(k);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        return edges.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A cell's paragraphs joined without a break. */
    private static String text(TableCell cell) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            text.append(WordTexts.clean(DocText.visible(cell.getParagraph(p).text())));
        }
        return text.toString();
    }
}
