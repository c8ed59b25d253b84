package io.github.gongkai.render.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.io.IOException;

/**
 * What an HTML page adds to each value cell of the tables {@link HtmlWriter} lays out: attributes of the
 * {@code <td>} and its content. The layout (rows, spans, headers) stays the writer's; a page only marks cells.
 */
interface CellMarkup {

    /** The plain tables: no attributes, the cell's text escaped. */
    CellMarkup PLAIN = new CellMarkup() {
    };

    /**
     * Writes attributes of the cell's {@code <td>}, each with a leading space, escaped.
     *
     * @param cell the cell
     * @param value its value
     * @param out where to write
     * @throws IOException if the appendable throws
     */
    default void attributes(CellRef cell, CellValue value, Appendable out) throws IOException {
    }

    /**
     * Writes the cell's content.
     *
     * @param cell the cell
     * @param value its value
     * @param text its printed text, not escaped
     * @param out where to write
     * @throws IOException if the appendable throws
     */
    default void content(CellRef cell, CellValue value, String text, Appendable out) throws IOException {
        Escapes.html(text, out);
    }
}
