package io.github.gongkai.render;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.render.internal.Writers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the official tables of a report in one {@link TableFormat}.
 *
 * <p>The output is a heading line {@code <organ><year>年政府信息公开工作年度报告}, then the tables of the report's
 * edition in printed order: 二、主动公开政府信息情况 (one block per item of article 20), 三、收到和处理政府信息公开申请情况,
 * 四、政府信息公开行政复议、行政诉讼情况, and, in the 2021 edition, section 六's information processing fee figures.
 * Every label is the official one of core's row and column enums ({@code label(edition)}) and headings.
 *
 * <p>Cells are printed as the report holds them: a blank cell is empty; a placeholder as printed
 * ({@link CellValue.NotApplicable#placeholder()}); a count in digits; a signed count with its sign
 * ({@code +5}, {@code -3}, {@code 0}); an amount with its scale ({@code 0.00}) and, unless the column header states
 * the unit (本年收费金额（单位：万元）), its unit ({@code 380元}). An {@linkplain CellValue.Unread unread} cell is
 * printed {@code ?}, which no number can be mistaken for; in HTML the cell also has a {@code data-unread}
 * attribute holding the reason's key ({@code <td data-unread="ambiguous">?</td>}).
 *
 * <p>All text is escaped for the format: in HTML every {@code & < > " '}; in Markdown the characters that
 * would start markup or end a cell, with a backslash; text is written as is. The same report always renders to
 * the same characters, with {@code \n} line ends.
 *
 * <p>Instances are immutable, stateless and thread-safe; there is one per format.
 */
public final class TableRenderer {

    private static final Map<TableFormat, TableRenderer> RENDERERS = renderers();

    private final TableFormat format;

    private TableRenderer(TableFormat format) {
        this.format = format;
    }

    private static Map<TableFormat, TableRenderer> renderers() {
        Map<TableFormat, TableRenderer> map = new EnumMap<>(TableFormat.class);
        for (TableFormat format : TableFormat.values()) {
            map.put(format, new TableRenderer(format));
        }
        return map;
    }

    /**
     * Returns the renderer of a format.
     *
     * @param format the format
     * @return the renderer, never null
     */
    public static TableRenderer of(TableFormat format) {
        return RENDERERS.get(Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the format this renderer writes.
     *
     * @return the format, never null
     */
    public TableFormat format() {
        return format;
    }

    /**
     * Renders a report's tables to a string.
     *
     * @param report the report
     * @return the rendered tables, never null
     */
    public String render(Report report) {
        Objects.requireNonNull(report, "report");
        StringBuilder out = new StringBuilder(format == TableFormat.HTML ? 24_576 : 12_288);
        try {
            render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * Renders a report's tables to an appendable, such as a {@code Writer}. Nothing is flushed or closed.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the appendable throws; part of the output may have been written
     */
    public void render(Report report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case HTML -> Writers.html(report, out);
            case MARKDOWN -> Writers.markdown(report, out);
            case TEXT -> Writers.text(report, out);
        }
    }

    @Override
    public String toString() {
        return "TableRenderer[" + format + "]";
    }
}
