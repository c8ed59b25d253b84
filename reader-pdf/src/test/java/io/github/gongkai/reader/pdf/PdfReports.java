package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a report as a PDF the way WPS exports a published report: A4 pages with a page footer {@code -N-};
 * the title (the organ's name, then {@code 2024年政府信息公开工作年度报告}) centred; the six headings 一 to 六 with a
 * paragraph each; tables 二, 三 and 四 in the edition's layout with the printed labels ({@link ReportGrids},
 * {@link ApplicationsGrid}); section 六's fee figures in a sentence (2021 edition). Numbers are printed exactly
 * as the report holds them, blank cells empty. The {@link Layout} decides the borders and quirks of the
 * tables; the style seed where a broken table 三 breaks. The result says where every cell was printed.
 */
final class PdfReports {

    private static final float TITLE = 15;
    private static final float HEADING = 14;
    private static final float BODY = 12;

    private final Report report;
    private final Layout layout;
    private final PdfCanvas canvas;
    private final PdfTableWriter tables;
    private final Map<CellRef, PrintedCell> cells = new LinkedHashMap<>();

    /**
     * A rendered report.
     *
     * @param report the report rendered
     * @param layout its layout
     * @param pdf the PDF file
     * @param cells where each cell was printed; a cell missing here was not printed at all (a blank fee figure,
     *     which a sentence cannot print)
     * @param drawn every line of text drawn
     * @param pages the number of pages
     */
    record Rendered(Report report, Layout layout, byte[] pdf, Map<CellRef, PrintedCell> cells,
            List<PdfCanvas.Drawn> drawn, int pages) {

        /** The pages on which table 三 was printed, in order. */
        List<Integer> applicationsPages() {
            TreeSet<Integer> pages = new TreeSet<>();
            cells.values().stream().filter(c -> c.ref().table() == ReportTable.T3).forEach(c -> pages.add(c.page()));
            return List.copyOf(pages);
        }
    }

    private PdfReports(Report report, Layout layout, PDDocument document) {
        this.report = report;
        this.layout = layout;
        this.canvas = new PdfCanvas(document, MixedText.load(document));
        this.tables = new PdfTableWriter(canvas, layout.borders());
    }

    /**
     * Renders a report.
     *
     * @param report the report, no cell unread
     * @param layout the layout of its tables
     * @param styleSeed chooses where a broken table 三 breaks
     * @return the PDF and where each cell was printed
     */
    static Rendered render(Report report, Layout layout, long styleSeed) {
        try (PDDocument document = new PDDocument()) {
            PdfReports r = new PdfReports(report, layout, document);
            r.draw(new SplittableRandom(styleSeed));
            r.canvas.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new Rendered(report, layout, out.toByteArray(), Map.copyOf(r.cells), r.canvas.drawn(),
                    document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(SplittableRandom style) {
        Edition edition = report.edition();
        int year = report.header().reportYear();
        canvas.down(12);
        canvas.centred(report.header().organName(), TITLE);
        canvas.centred(year + "年政府信息公开工作年度报告", TITLE);
        canvas.down(6);
        canvas.paragraph("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。本报告中所列数据统计期限为"
                + year + "年1月1日至" + year + "年12月31日。", BODY, true);
        heading("一、总体情况", 0);
        canvas.paragraph(report.narrative().overview().orElse("本机关认真贯彻落实《条例》，各项工作有序推进。"), BODY, true);
        TableGrid t2 = ReportGrids.activeDisclosure(report);
        table("二、主动公开政府信息情况", t2, PdfCanvas.LEFT, -1);
        TableGrid t3 = ApplicationsGrid.applications(report, layout);
        int breakAfter = layout.has(Layout.Feature.BROKEN_ACROSS_PAGES) ? breakAfter(t3, style) : -1;
        table("三、收到和处理政府信息公开申请情况", t3, ApplicationsGrid.left(layout), breakAfter);
        table("四、政府信息公开行政复议、行政诉讼情况", ReportGrids.reviewLitigation(report, layout), PdfCanvas.LEFT, -1);
        heading(edition == Edition.V2021 ? "五、存在的主要问题及改进情况" : "五、政府信息公开工作存在的主要问题及改进情况", 0);
        canvas.paragraph(report.narrative().problemsAndImprovements().orElse("一是公开深度有待拓展，二是解读形式不够丰富。"),
                BODY, true);
        heading("六、其他需要报告的事项", 0);
        fees();
    }

    /**
     * Where a broken table 三 breaks: where the page is full if the table starts on this page and breaks by itself
     * with a few rows on this page; else (it would fit, or hardly a row would) after a row the style draws.
     */
    private int breakAfter(TableGrid t3, SplittableRandom style) {
        int body = t3.rows() - t3.headerRows();
        int drawn = t3.headerRows() + 7 + style.nextInt(body - 11);
        int fitting = tables.lastRowFitting(t3, canvas.remaining() - 2 * HEADING * 1.6f);
        return fitting >= t3.headerRows() + 3 && fitting < t3.rows() - 2 ? fitting : drawn;
    }

    /** A heading, on the next page if the heading and what must follow it do not fit. */
    private void heading(String text, float keepWith) {
        if (canvas.remaining() < HEADING * 1.6f + Math.max(keepWith, 3 * BODY * 1.6f)) {
            canvas.newPage();
        }
        canvas.paragraph(text, HEADING, true);
    }

    /** A table under its heading, the heading kept with the table's first part. */
    private void table(String title, TableGrid grid, float left, int breakAfter) {
        heading(title, tables.firstPart(grid, breakAfter));
        cells.putAll(tables.write(grid, left, breakAfter, layout.has(Layout.Feature.REPEATED_HEADER)));
        canvas.down(8);
    }

    /** Section 六's fee figures in a sentence; a blank figure is left out (a sentence cannot print a blank). */
    private void fees() {
        if (report.edition() != Edition.V2021) {
            canvas.paragraph("无。", BODY, true);
            return;
        }
        CellValue notices = fee(FeeColumn.NOTICES_ISSUED);
        CellValue noticed = fee(FeeColumn.AMOUNT_NOTICED);
        CellValue collected = fee(FeeColumn.AMOUNT_COLLECTED);
        boolean all = notices.isNumber() && noticed.isNumber() && collected.isNumber();
        List<String[]> clauses = new ArrayList<>();
        List<FeeColumn> columns = new ArrayList<>();
        add(clauses, columns, FeeColumn.NOTICES_ISSUED, "发出收费通知的件数为", PrintedValues.text(notices), "件");
        add(clauses, columns, FeeColumn.AMOUNT_NOTICED, all ? "总金额为" : "收费通知总金额为",
                PrintedValues.amountIn(noticed, AmountUnit.YUAN), "元");
        add(clauses, columns, FeeColumn.AMOUNT_COLLECTED, "实际收取的总金额为",
                PrintedValues.amountIn(collected, AmountUnit.YUAN), "元");
        if (clauses.isEmpty()) {
            canvas.paragraph("无其他需要报告的事项。", BODY, true);
            return;
        }
        StringBuilder sentence = new StringBuilder("本年度");
        List<Integer> starts = new ArrayList<>();
        for (String[] clause : clauses) {
            sentence.append(sentence.length() > 3 ? "，" : "").append(clause[0]);
            starts.add(sentence.length());
            sentence.append(clause[1]).append(clause[2]);
        }
        List<PdfCanvas.Line> lines = canvas.paragraph(sentence.append("。").toString(), BODY, true);
        for (int i = 0; i < clauses.size(); i++) {
            String figure = clauses.get(i)[1];
            CellRef ref = CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, columns.get(i));
            Box box = boxOf(lines, starts.get(i), figure);
            cells.put(ref, new PrintedCell(ref, lineOf(lines, starts.get(i)).page(), box, Optional.of(box), figure));
        }
    }

    private CellValue fee(FeeColumn column) {
        return report.get(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, column));
    }

    /** Adds a clause (the words before the figure, the figure, the unit) unless the figure is blank. */
    private static void add(List<String[]> clauses, List<FeeColumn> columns, FeeColumn column, String before,
            String figure, String after) {
        if (!figure.isEmpty()) {
            clauses.add(new String[] {before, figure, after});
            columns.add(column);
        }
    }

    private static PdfCanvas.Line lineOf(List<PdfCanvas.Line> lines, int index) {
        PdfCanvas.Line found = lines.get(0);
        for (PdfCanvas.Line line : lines) {
            if (line.start() <= index) {
                found = line;
            }
        }
        return found;
    }

    /** The box of a figure printed at an index of a paragraph (a figure never breaks across lines). */
    private Box boxOf(List<PdfCanvas.Line> lines, int index, String figure) {
        PdfCanvas.Line line = lineOf(lines, index);
        MixedText text = canvas.text();
        float x = line.x() + text.width(line.text().substring(0, index - line.start()), line.size());
        return new Box(x, line.baseline() - PdfCanvas.ASCENT * line.size(), text.width(figure, line.size()),
                PdfCanvas.TEXT_HEIGHT * line.size());
    }
}
