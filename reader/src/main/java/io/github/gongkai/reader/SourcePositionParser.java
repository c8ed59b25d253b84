package io.github.gongkai.reader;

import io.github.gongkai.core.internal.MessageText;
import static io.github.gongkai.reader.SourcePosition.block;
import static io.github.gongkai.reader.SourcePosition.line;
import static io.github.gongkai.reader.SourcePosition.pageArea;
import static io.github.gongkai.reader.SourcePosition.tableCell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a position back from its English description ({@link SourcePosition#parse}). */
final class SourcePositionParser {
    /** A number as the descriptions write an {@code int}: up to ten ASCII digits ({@link #number} checks the range). */
    private static final String NUMBER = "([0-9]{1,10})";
    private static final Pattern LINE = Pattern.compile("line " + NUMBER + "(?:, column " + NUMBER + ")?");
    private static final Pattern TABLE_CELL = Pattern.compile("table " + NUMBER + ", row " + NUMBER + ", column "
            + NUMBER);
    private static final Pattern BLOCK = Pattern.compile("text block " + NUMBER);
    /** A measure to one decimal, at most {@link SourcePosition.PageArea#MAX_MEASURE} (ten digits). */
    private static final String MEASURE = "([0-9]{1,10}\\.[0-9])";
    private static final Pattern PAGE_AREA = Pattern.compile("page " + NUMBER + ", x " + MEASURE + ", y " + MEASURE
            + ", " + MEASURE + " \u00d7 " + MEASURE);

    private SourcePositionParser() {
    }

    static SourcePosition parse(String text) {
        Matcher m;
        if ((m = LINE.matcher(text)).matches()) {
            return line(number(m.group(1)), m.group(2) == null ? 1 : number(m.group(2)));
        }
        if ((m = TABLE_CELL.matcher(text)).matches()) {
            return tableCell(number(m.group(1)), number(m.group(2)),
                    number(m.group(3)));
        }
        if ((m = BLOCK.matcher(text)).matches()) {
            return block(number(m.group(1)));
        }
        if ((m = PAGE_AREA.matcher(text)).matches()) {
            return pageArea(number(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
        }
        throw new IllegalArgumentException("not the description of a position: '" + MessageText.printable(text) + "'");
    }

    /** An {@code int} of up to ten digits, which may be too large for one. */
    private static int number(String digits) {
        long n = Long.parseLong(digits);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a position's number is at most " + Integer.MAX_VALUE + ", was " + n);
        }
        return (int) n;
    }
}
