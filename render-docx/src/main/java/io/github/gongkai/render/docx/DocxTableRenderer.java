package io.github.gongkai.render.docx;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.render.docx.internal.DocxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Renders the official tables of a report as a Word {@code .docx} document (Office Open XML), the format organs
 * publish in.
 *
 * <p>The content and its order are those of {@code gongkai-render}'s {@code TableRenderer}: a title paragraph
 * {@code <organ><year>年政府信息公开工作年度报告}, then the tables of the report's edition in printed order, each
 * under its heading as a paragraph: 二、主动公开政府信息情况 (one block per item of article 20),
 * 三、收到和处理政府信息公开申请情况, 四、政府信息公开行政复议、行政诉讼情况, and, in the 2021 edition, section 六's
 * information processing fee figures. Every label is the official one of core's row and column enums
 * ({@code label(edition)}) and headings.
 *
 * <p>Each table is a real Word table laid out as the official format prints it (the layout of
 * {@code TableRenderer}'s HTML): single black borders, a fixed grid of columns filling an A4 page's text width,
 * spanned headers and group labels merged horizontally ({@code gridSpan}) and vertically ({@code vMerge}) —
 * table 三's 申请人情况 / 法人或其他组织 header, 三、本年度办理结果 and the groups （三） to （六） spanning their rows;
 * table 四's 行政复议 / 行政诉讼（未经复议直接起诉 / 复议后起诉） header over one row of fifteen cells. Header rows
 * repeat on each page and no row breaks across pages. The text is in 宋体 (SimSun) for Chinese and Times New
 * Roman for Latin letters and digits, 10.5 pt (table 四 9 pt).
 *
 * <p>Cells are printed as the report holds them, as in {@code TableRenderer}: a blank cell is empty; a
 * placeholder as printed ({@link CellValue.NotApplicable#placeholder()}); a count in digits; a signed count with
 * its sign; an amount with its scale and, unless the column header states the unit, its unit ({@code 380元}). An
 * {@linkplain CellValue.Unread unread} cell is printed {@code ?}, which no number can be mistaken for, on a pink
 * background (its reason is not written).
 *
 * <p>The output is deterministic: the same report gives the same bytes (with the same versions of gongkai, POI
 * and Java's {@code java.util.zip}). The document's core properties hold the title and the creator
 * {@code gongkai} but no creation or modification date, and every ZIP entry has the same fixed time.
 *
 * <p>Instances are immutable, stateless and thread-safe; {@link #standard()} returns the one instance.
 */
public final class DocxTableRenderer {

    /** The media type of a {@code .docx} file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The file name extension of a {@code .docx} file, without the dot. */
    public static final String EXTENSION = "docx";

    private static final DocxTableRenderer INSTANCE = new DocxTableRenderer();

    private DocxTableRenderer() {
    }

    /**
     * Returns the renderer.
     *
     * @return the renderer, never null
     */
    public static DocxTableRenderer standard() {
        return INSTANCE;
    }

    /**
     * Renders a report's tables as the bytes of a {@code .docx} file.
     *
     * @param report the report
     * @return the document, never null
     */
    public byte[] render(Report report) {
        Objects.requireNonNull(report, "report");
        try {
            return DocxWriter.write(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written to memory: only POI itself could fail
        }
    }

    /**
     * Renders a report's tables as a {@code .docx} file to a stream. The document is built in memory and then
     * written in one call; the stream is neither flushed nor closed.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the stream throws; part of the document may have been written
     */
    public void render(Report report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        out.write(render(report));
    }

    @Override
    public String toString() {
        return "DocxTableRenderer";
    }
}
