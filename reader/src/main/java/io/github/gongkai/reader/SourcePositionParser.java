package io.github.gongkai.reader;

import static io.github.gongkai.reader.SourcePosition.block;
import static io.github.gongkai.reader.SourcePosition.line;
import static io.github.gongkai.reader.SourcePosition.pageArea;
import static io.github.gongkai.reader.SourcePosition.tableCell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a position back from its English description ({@link SourcePosition#parse}). */
final class SourcePositionParser {
    private static final Pattern LINE = Pattern.compile("line (\\d{1,9})(?:, column (\\d{1,9}))?");
    private static final Pattern TABLE_CELL = Pattern.compile("table (\\d{1,9}), row (\\d{1,9}), column (\\d{1,9})");
    private static final Pattern BLOCK = Pattern.compile("text block (\\d{1,9})");
    private static final String MEASURE = "(\\d{1,12}\\.\\d)";
    private static final Pattern PAGE_AREA = Pattern.compile("page (\\d{1,9}), x " + MEASURE + ", y " + MEASURE
            + ", " + MEASURE + " \u00d7 " + MEASURE);

    private SourcePositionParser() {
    }

    static SourcePosition parse(String text) {
        Matcher m;
        if ((m = LINE.matcher(text)).matches()) {
            return line(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
        }
        if ((m = TABLE_CELL.matcher(text)).matches()) {
            return tableCell(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        if ((m = BLOCK.matcher(text)).matches()) {
            return block(Integer.parseInt(m.group(1)));
        }
        if ((m = PAGE_AREA.matcher(text)).matches()) {
            return pageArea(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
        }
        throw new IllegalArgumentException("not the description of a position: '" + text + "'");
    }
}
