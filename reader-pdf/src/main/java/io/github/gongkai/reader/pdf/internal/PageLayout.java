package io.github.gongkai.reader.pdf.internal;

import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Lays one page out: its ruled tables, each cell holding the characters whose centre lies in it (its lines joined),
 * runs of lines whose words stand apart in columns as tables printed without rules ({@link UnruledTables}), and
 * the other characters as paragraphs of text (lines the page wrapped joined, {@link Paragraphs}), all in the
 * order they stand on the page, top to bottom.
 */
final class PageLayout {

    /** How far (in PDF units) a character's centre may stand outside a cell's box and still be in it. */
    private static final double IN_CELL = 0.5;

    private PageLayout() {
    }

    /**
     * Lays a page out.
     *
     * @param page what the page holds
     * @return its blocks, top to bottom
     */
    static List<LaidOutDocument.Block> blocks(PageContent page) {
        List<TableGrid.Table> tables = TableGrid.find(page.segments());
        List<List<List<Glyph>>> inCells = new ArrayList<>(tables.size());
        for (TableGrid.Table t : tables) {
            List<List<Glyph>> cells = new ArrayList<>(t.cells().size());
            for (int i = 0; i < t.cells().size(); i++) {
                cells.add(new ArrayList<>());
            }
            inCells.add(cells);
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (!placed(g, tables, inCells)) {
                outside.add(g);
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            placed.add(new Placed(tables.get(t).box().top(), table(page, tables.get(t), inCells.get(t))));
        }
        outside(page, TextLines.lines(outside), tables, placed);
        placed.sort((a, b) -> Double.compare(a.top, b.top));
        return placed.stream().map(p -> p.block).toList();
    }

    /**
     * The lines outside the ruled tables: runs of tabular lines as tables printed without rules, the others as
     * paragraphs; never across a ruled table.
     */
    private static void outside(PageContent page, List<TextLines.Line> all, List<TableGrid.Table> tables,
            List<Placed> placed) {
        BiPredicate<Double, Double> tableBetween = (above, below) ->
                tables.stream().anyMatch(t -> t.box().top() > above && t.box().top() < below);
        List<TextLines.Line> lines = new ArrayList<>();
        List<TextLines.Line> tabular = new ArrayList<>();
        for (TextLines.Line line : all) {
            if (!tabular.isEmpty() && tableBetween.test(tabular.get(tabular.size() - 1).box().top(),
                    line.box().top())) {
                unruled(page, tabular, placed); // a ruled table stands between: the unruled one ended above it
            }
            if (UnruledTables.isTabular(line)
                    || !tabular.isEmpty() && UnruledTables.continuesTable(line, page.width())) {
                tabular.add(line);
                continue;
            }
            unruled(page, tabular, placed);
            lines.add(line);
        }
        unruled(page, tabular, placed);
        List<Placed> unruled = List.copyOf(placed);
        for (Paragraphs.Paragraph p : Paragraphs.of(lines, (above, below) -> tableBetween.test(above, below)
                || unruled.stream().anyMatch(u -> u.top > above && u.top < below))) {
            Box box = p.box();
            placed.add(new Placed(box.top(), new LaidOutDocument.Text(p.text(), area(page, box))));
        }
    }

    private record Placed(double top, LaidOutDocument.Block block) {
    }

    /** A run of tabular lines (if any) as a table printed without rules; the run is emptied. */
    private static void unruled(PageContent page, List<TextLines.Line> run, List<Placed> placed) {
        if (!run.isEmpty()) {
            placed.add(new Placed(run.get(0).box().top(), UnruledTables.table(page.page(), run)));
            run.clear();
        }
    }

    private static boolean placed(Glyph g, List<TableGrid.Table> tables, List<List<List<Glyph>>> inCells) {
        for (int t = 0; t < tables.size(); t++) {
            int cell = tables.get(t).cellAt(g.centreX(), g.centreY(), IN_CELL);
            if (cell >= 0) {
                inCells.get(t).get(cell).add(g);
                return true;
            }
        }
        return false;
    }

    private static LaidOutDocument.Table table(PageContent page, TableGrid.Table table, List<List<Glyph>> glyphs) {
        List<List<LaidOutDocument.Cell>> rows = new ArrayList<>();
        int row = -1;
        List<LaidOutDocument.Cell> current = null;
        for (int c = 0; c < table.cells().size(); c++) {
            TableGrid.GridCell cell = table.cells().get(c);
            while (row < cell.row()) {
                current = new ArrayList<>();
                rows.add(current);
                row++;
            }
            current.add(new LaidOutDocument.Cell(TextLines.join(glyphs.get(c)), cell.rows(), cell.columns(),
                    area(page, cell.box())));
        }
        rows.removeIf(List::isEmpty);
        return new LaidOutDocument.Table(rows);
    }

    private static SourcePosition area(PageContent page, Box box) {
        double left = Math.max(0, box.left());
        double top = Math.max(0, box.top());
        return SourcePosition.pageArea(page.page(), left, top, Math.max(0, box.right() - left),
                Math.max(0, box.bottom() - top));
    }
}
