package io.github.gongkai.reader.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a page's ruled tables: ruling lines that cross one another form a table; their distinct positions form
 * the grid; two neighbouring grid units are one cell where no line separates them (a merged cell, such as a
 * group label spanning rows). A table is only what its lines draw: an unruled table is not found here.
 */
final class TableGrid {

    /** Lines this close (in PDF units) are one line: a border drawn twice, or two cells' borders side by side. */
    static final double SAME_LINE = 1.5;
    /** The most ruling lines of a page looked at; a page with more draws no table a report would print. */
    static final int MAX_SEGMENTS = 4000;
    /** The most grid units of a table (table 三 has about 400); a larger grid is no report's table. */
    static final int MAX_UNITS = 20_000;
    /** The most tables of a page (a report's page has a few); a page with more is read as text. */
    static final int MAX_TABLES = 50;

    /**
     * A cell of a found table.
     *
     * @param box its box
     * @param row its first grid row, from 0
     * @param column its first grid column, from 0
     * @param rows how many grid rows it covers
     * @param columns how many grid columns it covers
     */
    record GridCell(Box box, int row, int column, int rows, int columns) {
    }

    /**
     * A found table.
     *
     * @param box its outline
     * @param cells its cells, by row then column
     * @param xs the positions of its vertical lines, left to right
     * @param ys the positions of its horizontal lines, top to bottom
     * @param cellOfUnit the index in {@code cells} of the cell each grid unit (row by row) belongs to
     */
    record Table(Box box, List<GridCell> cells, double[] xs, double[] ys, int[] cellOfUnit) {

        /**
         * The index of the cell holding a point, found on the grid (not by trying every cell), or -1 if the point
         * is outside the table.
         */
        int cellAt(double x, double y, double tolerance) {
            if (!box.contains(x, y, tolerance)) {
                return -1;
            }
            int c = slot(xs, x);
            int r = slot(ys, y);
            return cellOfUnit[r * (xs.length - 1) + c];
        }

        /** The interval of the sorted positions that holds v, clamped to the first and the last. */
        private static int slot(double[] at, double v) {
            int i = Arrays.binarySearch(at, v);
            int k = i >= 0 ? i : -i - 2;
            return Math.max(0, Math.min(at.length - 2, k));
        }
    }

    private TableGrid() {
    }

    /**
     * Finds the tables the lines draw.
     *
     * @param segments a page's ruling lines
     * @return its tables, top to bottom
     */
    static List<Table> find(List<Segment> segments) {
        if (segments.size() < 4 || segments.size() > MAX_SEGMENTS) {
            return List.of();
        }
        List<Segment> lines = merged(segments);
        int n = lines.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(lines.get(i), lines.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Segment>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(lines.get(i));
        }
        List<Table> tables = new ArrayList<>();
        for (List<Segment> group : groups) {
            Table t = table(group);
            if (t != null) {
                tables.add(t);
            }
        }
        if (tables.size() > MAX_TABLES) {
            return List.of();
        }
        tables.sort(Comparator.comparingDouble(t -> t.box().top()));
        return tables;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Whether two lines cross or meet (a horizontal and a vertical), or overlap (two of one direction). */
    private static boolean touch(Segment a, Segment b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.at() - b.at()) <= SAME_LINE && a.from() <= b.to() + SAME_LINE
                    && b.from() <= a.to() + SAME_LINE;
        }
        Segment h = a.horizontal() ? a : b;
        Segment v = a.horizontal() ? b : a;
        return h.covers(v.at(), SAME_LINE) && v.covers(h.at(), SAME_LINE);
    }

    /** Lines of one direction at one position that overlap or meet, joined into one. */
    private static List<Segment> merged(List<Segment> segments) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparing(Segment::horizontal).thenComparingDouble(Segment::at)
                .thenComparingDouble(Segment::from));
        List<Segment> out = new ArrayList<>();
        for (Segment s : sorted) {
            boolean joined = false;
            for (int k = out.size() - 1; k >= 0 && k >= out.size() - 8; k--) {
                Segment o = out.get(k);
                if (o.horizontal() == s.horizontal() && Math.abs(o.at() - s.at()) <= SAME_LINE
                        && s.from() <= o.to() + SAME_LINE && o.from() <= s.to() + SAME_LINE) {
                    out.set(k, new Segment(o.horizontal(), o.at(), Math.min(o.from(), s.from()),
                            Math.max(o.to(), s.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(s);
            }
        }
        return out;
    }

    /** The table a group of touching lines draws, or null if it draws no grid of at least one cell. */
    private static Table table(List<Segment> group) {
        double[] ys = positions(group, true);
        double[] xs = positions(group, false);
        if (ys.length < 2 || xs.length < 2) {
            return null;
        }
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        if ((long) rows * columns > MAX_UNITS) {
            return null;
        }
        int[] parent = new int[rows * columns];
        Arrays.setAll(parent, i -> i);
        for (int r = 0; r < rows; r++) {
            double midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < columns; c++) {
                double midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !ruled(group, false, xs[c + 1], midY)) {
                    parent[find(parent, r * columns + c)] = find(parent, r * columns + c + 1);
                }
                if (r + 1 < rows && !ruled(group, true, ys[r + 1], midX)) {
                    parent[find(parent, r * columns + c)] = find(parent, (r + 1) * columns + c);
                }
            }
        }
        List<GridCell> cells = cells(parent, rows, columns, xs, ys);
        int[] cellOfUnit = new int[rows * columns];
        for (int i = 0; i < cells.size(); i++) {
            GridCell cell = cells.get(i);
            for (int r = cell.row(); r < cell.row() + cell.rows(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columns(); c++) {
                    cellOfUnit[r * columns + c] = i;
                }
            }
        }
        return new Table(new Box(xs[0], ys[0], xs[columns], ys[rows]), cells, xs, ys, cellOfUnit);
    }

    private static List<GridCell> cells(int[] parent, int rows, int columns, double[] xs, double[] ys) {
        int[] r0 = new int[parent.length];
        int[] r1 = new int[parent.length];
        int[] c0 = new int[parent.length];
        int[] c1 = new int[parent.length];
        Arrays.fill(r0, Integer.MAX_VALUE);
        Arrays.fill(c0, Integer.MAX_VALUE);
        Arrays.fill(r1, -1);
        Arrays.fill(c1, -1);
        for (int u = 0; u < parent.length; u++) {
            int root = find(parent, u);
            int r = u / columns;
            int c = u % columns;
            r0[root] = Math.min(r0[root], r);
            r1[root] = Math.max(r1[root], r);
            c0[root] = Math.min(c0[root], c);
            c1[root] = Math.max(c1[root], c);
        }
        List<GridCell> cells = new ArrayList<>();
        for (int u = 0; u < parent.length; u++) {
            if (find(parent, u) == u) {
                cells.add(new GridCell(new Box(xs[c0[u]], ys[r0[u]], xs[c1[u] + 1], ys[r1[u] + 1]), r0[u], c0[u],
                        r1[u] - r0[u] + 1, c1[u] - c0[u] + 1));
            }
        }
        cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
        return cells;
    }

    /** Whether a line of the direction at the position passes the point along it. */
    private static boolean ruled(List<Segment> group, boolean horizontal, double at, double along) {
        for (Segment s : group) { // at most MAX_UNITS × the group's lines: bounded by MAX_UNITS and MAX_SEGMENTS
            if (s.horizontal() == horizontal && Math.abs(s.at() - at) <= SAME_LINE && s.covers(along, 0)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct positions of the lines of a direction, lines closer than {@link #SAME_LINE} as one. */
    private static double[] positions(List<Segment> group, boolean horizontal) {
        double[] all = group.stream().filter(s -> s.horizontal() == horizontal).mapToDouble(Segment::at).sorted()
                .toArray();
        double[] out = new double[all.length];
        int n = 0;
        for (double v : all) {
            if (n == 0 || v - out[n - 1] > SAME_LINE) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
