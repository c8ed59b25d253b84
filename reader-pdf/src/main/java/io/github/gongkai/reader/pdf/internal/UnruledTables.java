package io.github.gongkai.reader.pdf.internal;

import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables printed without rules: a run of lines whose words stand apart by wide gaps (more than
 * {@value #WIDE} font sizes) is a table; each line a row; a line's words before its first value one label cell;
 * its values placed in the run's columns, which are the places where values of two or more of its lines stand
 * one above the other. A column a line has no value in is an empty cell (a blank), so that no value moves to
 * another column; a value that stands in no column keeps its place in the row (the reader then finds the row
 * too long and leaves it unread). Every cell is the box of its words.
 */
final class UnruledTables {

    /** A gap wider than this many font sizes separates two cells. */
    static final double WIDE = 1.0;

    private UnruledTables() {
    }

    /** A word: characters without a wide gap. */
    private record Word(String text, Box box, boolean value) {
    }

    /** A column: the span of the values standing in it. */
    private static final class Column {
        double left;
        double right;
        int lines;

        Column(Box b) {
            left = b.left();
            right = b.right();
        }

        boolean takes(Box b, double slack) {
            return b.left() < right + slack && b.right() > left - slack;
        }
    }

    /** A line that ends a table printed without rules: a section heading, a sub-table's title, a page footer. */
    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|第二十条|[-—–]?\\s*\\d+\\s*[-—–]?$).*");

    /**
     * Whether a line that is not tabular still belongs to a table printed without rules that it follows: a label
     * alone (a row printed blank, a label wrapped onto its own line), not a heading, a title, a footer or prose
     * across the page.
     *
     * @param line the line
     * @param pageWidth the page's width
     * @return true if it continues the table
     */
    static boolean continuesTable(TextLines.Line line, double pageWidth) {
        return !BREAK.matcher(line.text()).matches() && line.box().width() < 0.6 * pageWidth;
    }

    /** Whether a line has a wide gap between two of its characters. */
    static boolean isTabular(TextLines.Line line) {
        List<Glyph> g = line.glyphs();
        for (int i = 1; i < g.size(); i++) {
            if (g.get(i).x() - g.get(i - 1).right() > WIDE * Math.max(g.get(i).size(), g.get(i - 1).size())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run of tabular lines as a table.
     *
     * @param page the page number
     * @param lines the run, top to bottom: {@link #isTabular} lines and lines that {@link #continuesTable}
     * @return the table
     */
    static LaidOutDocument.Table table(int page, List<TextLines.Line> lines) {
        List<List<Word>> words = new ArrayList<>(lines.size());
        for (TextLines.Line line : lines) {
            words.add(words(line));
        }
        List<Column> columns = columns(words);
        List<List<LaidOutDocument.Cell>> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(row(page, lines.get(i), words.get(i), columns));
        }
        return new LaidOutDocument.Table(rows);
    }

    private static List<LaidOutDocument.Cell> row(int page, TextLines.Line line, List<Word> words,
            List<Column> columns) {
        List<LaidOutDocument.Cell> cells = new ArrayList<>();
        int firstValue = 0;
        while (firstValue < words.size() && !words.get(firstValue).value()) {
            firstValue++;
        }
        if (firstValue == words.size()) {
            // A heading row, or a label alone (a row printed blank, or a label wrapped onto its own line: which, the
            // layout cannot tell, so no blank is made up for it).
            for (Word w : words) {
                cells.add(LaidOutDocument.Cell.of(w.text(), area(page, w.box())));
            }
            return cells;
        }
        double labelRight = -Double.MAX_VALUE;
        if (firstValue > 0) {
            List<Word> label = words.subList(0, firstValue);
            Box box = union(label);
            labelRight = box.right();
            cells.add(LaidOutDocument.Cell.of(String.join("", label.stream().map(Word::text).toList()),
                    area(page, box)));
        }
        double size = line.size();
        int next = firstValue;
        for (Column c : columns) {
            if (c.left < labelRight) {
                continue; // a column under this row's label: no value of this row stands there
            }
            while (next < words.size() && words.get(next).box().right() <= c.left - size / 3
                    && !c.takes(words.get(next).box(), size / 3)) {
                Word stray = words.get(next++);
                cells.add(LaidOutDocument.Cell.of(stray.text(), area(page, stray.box())));
            }
            if (next < words.size() && c.takes(words.get(next).box(), size / 3)) {
                Word w = words.get(next++);
                cells.add(LaidOutDocument.Cell.of(w.text(), area(page, w.box())));
            } else {
                cells.add(LaidOutDocument.Cell.of("", area(page, new Box(c.left, line.box().top(), c.right,
                        line.box().bottom()))));
            }
        }
        for (; next < words.size(); next++) {
            cells.add(LaidOutDocument.Cell.of(words.get(next).text(), area(page, words.get(next).box())));
        }
        return cells;
    }

    /**
     * The columns: where values of two or more lines stand one above the other, or the value of one line under a
     * column heading that stands over that column alone; left to right. A heading alone makes no column, and a
     * heading over two columns (two headings run together) confirms neither.
     */
    private static List<Column> columns(List<List<Word>> lines) {
        List<Column> columns = new ArrayList<>();
        for (List<Word> line : lines) {
            List<Column> seen = new ArrayList<>();
            for (Word w : line) {
                if (!w.value()) {
                    continue;
                }
                Column home = null;
                for (Column c : columns) {
                    if (c.takes(w.box(), 0) && !seen.contains(c)) {
                        home = c;
                        break;
                    }
                }
                if (home == null) {
                    home = new Column(w.box());
                    columns.add(home);
                } else {
                    home.left = Math.min(home.left, w.box().left());
                    home.right = Math.max(home.right, w.box().right());
                }
                home.lines++;
                seen.add(home);
            }
        }
        for (List<Word> line : lines) {
            if (line.size() < 2 || line.stream().anyMatch(Word::value)) {
                continue;
            }
            for (Word heading : line.subList(1, line.size())) {
                List<Column> under = columns.stream().filter(c -> c.takes(heading.box(), 0)).toList();
                if (under.size() == 1) {
                    under.get(0).lines++;
                }
            }
        }
        columns.removeIf(c -> c.lines < 2);
        columns.sort((a, b) -> Double.compare(a.left, b.left));
        return columns;
    }

    private static List<Word> words(TextLines.Line line) {
        List<Word> out = new ArrayList<>();
        List<Glyph> g = line.glyphs();
        int start = 0;
        for (int i = 1; i <= g.size(); i++) {
            if (i == g.size() || apart(g.get(i - 1), g.get(i))) {
                List<Glyph> part = g.subList(start, i);
                String text = TextLines.text(part);
                out.add(new Word(text, TextLines.extent(part), ValueText.isValue(text)));
                start = i;
            }
        }
        return out;
    }

    /**
     * Whether two neighbouring characters belong to different cells: a gap wider than {@value #WIDE} font sizes, or
     * between two digits wider than half a font size (two numbers of narrow columns standing close; the digits
     * of one number touch, and a thin space between its thousands is narrower).
     */
    private static boolean apart(Glyph a, Glyph b) {
        double gap = b.x() - a.right();
        double size = Math.max(a.size(), b.size());
        return gap > WIDE * size || gap > size / 2 && isDigit(a) && isDigit(b);
    }

    private static boolean isDigit(Glyph g) {
        char c = g.text().charAt(0);
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static Box union(List<Word> words) {
        Box first = words.get(0).box();
        double left = first.left();
        double top = first.top();
        double right = first.right();
        double bottom = first.bottom();
        for (Word w : words) {
            left = Math.min(left, w.box().left());
            top = Math.min(top, w.box().top());
            right = Math.max(right, w.box().right());
            bottom = Math.max(bottom, w.box().bottom());
        }
        return new Box(left, top, right, bottom);
    }

    private static SourcePosition area(int page, Box box) {
        double left = Math.max(0, box.left());
        double top = Math.max(0, box.top());
        return SourcePosition.pageArea(page, left, top, Math.max(0, box.right() - left),
                Math.max(0, box.bottom() - top));
    }
}
