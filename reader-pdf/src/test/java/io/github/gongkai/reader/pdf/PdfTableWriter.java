package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.CellRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a {@link TableGrid} at the canvas's cursor as a word processor prints a table: rows as high as their
 * text needs, text centred vertically in its cell (so a row's numbers stand between the lines of a wrapped
 * label), merged cells without inner borders, borders drawn as the {@link Layout.Borders} say, the table kept on
 * one page or broken after a given row (the header repeated on the next page or not), and the page footer
 * between the two parts. Records where each of the report's cells was printed.
 */
final class PdfTableWriter {

    static final float PAD_X = 2.5f;
    static final float PAD_Y = 3f;
    private static final float LINE = 1.25f;

    private final PdfCanvas canvas;
    private final Layout.Borders borders;

    /** How a cell's text is set: its lines, their size and their spacing. */
    private record Setting(List<String> lines, float size, float lineHeight) {
        float height() {
            return lines.size() * lineHeight;
        }
    }

    /** The rows drawn on one page, each with its top. */
    private record Fragment(int page, List<Integer> rows, Map<Integer, Float> tops, float bottom) {
    }

    /**
     * Makes a writer for a canvas.
     *
     * @param canvas where to draw
     * @param borders how cell borders are drawn
     */
    PdfTableWriter(PdfCanvas canvas, Layout.Borders borders) {
        this.canvas = canvas;
        this.borders = borders;
    }

    /**
     * Draws a table at the cursor, the cursor left below it.
     *
     * @param grid the table
     * @param left the table's left edge
     * @param breakAfter the last row on the first page, or -1 to keep the table on one page
     * @param repeatHeader whether the header rows are drawn again after a break
     * @return where each of the report's cells in the table was printed, in grid order
     */
    Map<CellRef, PrintedCell> write(TableGrid grid, float left, int breakAfter, boolean repeatHeader) {
        float[] xs = edges(grid, left);
        Map<TableGrid.Cell, Setting> settings = settings(grid, xs);
        float[] heights = heights(grid, settings);
        List<Fragment> fragments = paginate(grid, heights, breakAfter, repeatHeader);
        Map<CellRef, PrintedCell> printed = new LinkedHashMap<>();
        for (int f = 0; f < fragments.size(); f++) {
            if (f > 0) {
                canvas.newPage();
            }
            Fragment fragment = fragments.get(f);
            drawBorders(grid, fragment, xs, heights);
            for (TableGrid.Cell cell : grid.cells()) {
                boolean header = cell.lastRow() < grid.headerRows();
                if (header ? fragment.rows().contains(cell.row()) : textFragment(cell, fragments, heights) == f) {
                    Box area = portion(cell, fragment, xs, heights);
                    Optional<Box> text = drawText(settings.get(cell), cell.style(), area);
                    if (cell.ref() != null && !printed.containsKey(cell.ref())) {
                        printed.put(cell.ref(), new PrintedCell(cell.ref(), canvas.page(), area, text, cell.text()));
                    }
                }
            }
            canvas.moveTo(fragment.bottom());
        }
        return printed;
    }

    /**
     * Returns the height of a table's part on its first page: the whole table, or its rows up to a break.
     *
     * @param grid the table
     * @param breakAfter the last row on the first page, or -1
     * @return the height
     */
    float firstPart(TableGrid grid, int breakAfter) {
        float[] heights = heights(grid, settings(grid, edges(grid, 0)));
        float sum = 0;
        for (int r = 0; r < heights.length && (breakAfter < 0 || r <= breakAfter); r++) {
            sum += heights[r];
        }
        return sum;
    }

    /**
     * Returns the last row that fits, with the rows before it, in a height.
     *
     * @param grid the table
     * @param room the height
     * @return the row's index, -1 if not even the first fits
     */
    int lastRowFitting(TableGrid grid, float room) {
        float[] heights = heights(grid, settings(grid, edges(grid, 0)));
        float sum = 0;
        for (int r = 0; r < heights.length; r++) {
            sum += heights[r];
            if (sum > room) {
                return r - 1;
            }
        }
        return heights.length - 1;
    }

    /** The x of each column's left edge, and of the table's right edge last. */
    private static float[] edges(TableGrid grid, float left) {
        float[] widths = grid.widths();
        float[] xs = new float[widths.length + 1];
        xs[0] = left;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i];
        }
        return xs;
    }

    private Map<TableGrid.Cell, Setting> settings(TableGrid grid, float[] xs) {
        Map<TableGrid.Cell, Setting> settings = new LinkedHashMap<>();
        for (TableGrid.Cell cell : grid.cells()) {
            settings.put(cell, setting(cell, xs[cell.column() + cell.columnSpan()] - xs[cell.column()]));
        }
        return settings;
    }

    private Setting setting(TableGrid.Cell cell, float width) {
        TableGrid.Style style = cell.style();
        float room = width - 2 * PAD_X;
        float size = style.size();
        List<String> lines = new ArrayList<>();
        if (style.vertical()) {
            cell.text().replace("\n", "").codePoints().forEach(c -> lines.add(Character.toString(c)));
            return new Setting(lines, size, size * 1.2f);
        }
        for (String paragraph : cell.text().split("\n", -1)) {
            if (style.wrap()) {
                lines.addAll(canvas.text().wrap(paragraph, room, size));
            } else {
                lines.add(paragraph);
                float w = canvas.text().width(paragraph, size);
                if (w > room) {
                    size = Math.max(5, size * room / w);
                }
            }
        }
        return new Setting(lines, size, size * LINE);
    }

    /** The rows' heights: at least their least height, enough for every cell's text, merged cells included. */
    private static float[] heights(TableGrid grid, Map<TableGrid.Cell, Setting> settings) {
        float[] heights = new float[grid.rows()];
        for (int r = 0; r < heights.length; r++) {
            heights[r] = grid.minHeight(r);
        }
        for (TableGrid.Cell cell : grid.cells()) {
            if (cell.rowSpan() == 1) {
                heights[cell.row()] = Math.max(heights[cell.row()], settings.get(cell).height() + 2 * PAD_Y);
            }
        }
        for (TableGrid.Cell cell : grid.cells()) {
            float sum = 0;
            for (int r = cell.row(); r <= cell.lastRow(); r++) {
                sum += heights[r];
            }
            float need = settings.get(cell).height() + 2 * PAD_Y;
            if (need > sum) {
                heights[cell.lastRow()] += need - sum;
            }
        }
        return heights;
    }

    /**
     * Splits the rows into pages: all on one page if they fit (starting a new page if the rest of this one is too
     * small), else where a page is full, and always after {@code breakAfter}.
     */
    private List<Fragment> paginate(TableGrid grid, float[] heights, int breakAfter, boolean repeatHeader) {
        float firstPart = 0;
        for (int r = 0; r < heights.length && (breakAfter < 0 || r <= breakAfter); r++) {
            firstPart += heights[r];
        }
        if (firstPart > canvas.remaining() && canvas.y() > PdfCanvas.TOP) {
            canvas.newPage();
        }
        List<Fragment> fragments = new ArrayList<>();
        int page = canvas.page();
        float y = canvas.y();
        List<Integer> rows = new ArrayList<>();
        Map<Integer, Float> tops = new LinkedHashMap<>();
        for (int r = 0; r < heights.length; r++) {
            boolean full = y + heights[r] > PdfCanvas.BOTTOM && r > grid.headerRows();
            if (full || (r == breakAfter + 1 && breakAfter >= 0)) {
                fragments.add(new Fragment(page, rows, tops, y));
                rows = new ArrayList<>();
                tops = new LinkedHashMap<>();
                page++;
                y = PdfCanvas.TOP;
                for (int h = 0; repeatHeader && h < grid.headerRows(); h++) {
                    rows.add(h);
                    tops.put(h, y);
                    y += heights[h];
                }
            }
            rows.add(r);
            tops.put(r, y);
            y += heights[r];
        }
        fragments.add(new Fragment(page, rows, tops, y));
        return fragments;
    }

    /** The fragment in which a cell's text is drawn: the one holding most of its height. */
    private static int textFragment(TableGrid.Cell cell, List<Fragment> fragments, float[] heights) {
        int best = -1;
        float bestHeight = -1;
        for (int f = 0; f < fragments.size(); f++) {
            float h = 0;
            for (int r = cell.row(); r <= cell.lastRow(); r++) {
                h += fragments.get(f).rows().contains(r) ? heights[r] : 0;
            }
            if (h > bestHeight) {
                best = f;
                bestHeight = h;
            }
        }
        return best;
    }

    /** The part of a cell on a fragment's page, or null if none of its rows is there. */
    private static Box portion(TableGrid.Cell cell, Fragment fragment, float[] xs, float[] heights) {
        Float top = null;
        float bottom = 0;
        for (int r = cell.row(); r <= cell.lastRow(); r++) {
            Float t = fragment.tops().get(r);
            if (t != null) {
                top = top == null ? t : top;
                bottom = t + heights[r];
            }
        }
        if (top == null) {
            return null;
        }
        float x = xs[cell.column()];
        return new Box(x, top, xs[cell.column() + cell.columnSpan()] - x, bottom - top);
    }

    private void drawBorders(TableGrid grid, Fragment fragment, float[] xs, float[] heights) {
        if (borders == Layout.Borders.UNRULED) {
            return;
        }
        Set<List<Float>> drawn = new HashSet<>();
        for (TableGrid.Cell cell : grid.cells()) {
            Box b = portion(cell, fragment, xs, heights);
            if (b == null) {
                continue;
            }
            float x0 = (float) b.x();
            float y0 = (float) b.y();
            float x1 = (float) (b.x() + b.width());
            float y1 = (float) (b.y() + b.height());
            edge(drawn, x0, y0, x1, y0);
            edge(drawn, x0, y1, x1, y1);
            edge(drawn, x0, y0, x0, y1);
            edge(drawn, x1, y0, x1, y1);
        }
    }

    /** Draws one border once: a stroked line, or a 0.5 pt filled rectangle as WPS draws it. */
    private void edge(Set<List<Float>> drawn, float x0, float y0, float x1, float y1) {
        if (!drawn.add(List.of(x0, y0, x1, y1))) {
            return;
        }
        if (borders == Layout.Borders.RULED) {
            canvas.strokeLine(x0, y0, x1, y1);
        } else if (y0 == y1) {
            canvas.fillRect(x0 - 0.25f, y0 - 0.25f, x1 - x0 + 0.5f, 0.5f);
        } else {
            canvas.fillRect(x0 - 0.25f, y0 - 0.25f, 0.5f, y1 - y0 + 0.5f);
        }
    }

    /** Draws a cell's lines centred vertically in its area; returns the box around them, empty if none. */
    private Optional<Box> drawText(Setting setting, TableGrid.Style style, Box area) {
        float top = (float) (area.y() + (area.height() - setting.height()) / 2);
        Box union = null;
        for (int i = 0; i < setting.lines().size(); i++) {
            String line = setting.lines().get(i);
            if (line.isBlank()) {
                continue;
            }
            float width = canvas.text().width(line, setting.size());
            float x = style.align() == TableGrid.Align.LEFT ? (float) area.x() + PAD_X
                    : (float) (area.x() + (area.width() - width) / 2);
            float baseline = top + (i + 0.5f) * setting.lineHeight() + 0.33f * setting.size();
            Box box = canvas.text(line, x, baseline, setting.size());
            union = union == null ? box : union(union, box);
        }
        return Optional.ofNullable(union);
    }

    private static Box union(Box a, Box b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        double r = Math.max(a.x() + a.width(), b.x() + b.width());
        double d = Math.max(a.y() + a.height(), b.y() + b.height());
        return new Box(x, y, r - x, d - y);
    }
}
