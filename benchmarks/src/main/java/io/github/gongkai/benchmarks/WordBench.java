package io.github.gongkai.benchmarks;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationGroup;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The Word reader: {@code ReportReader.read(bytes)} of a realistic generated 2021 report written as a
 * {@code .docx} in the official layout (title, headings, table 二, table 三 with its group labels merged vertically
 * and its labels spanning grid columns, table 四, the fee table), against POI's parse of the same bytes into an
 * {@code XWPFDocument} alone. The document is written at setup with POI, as the reader-word tests' writer does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WordBench {

    private ReportReader reader;
    private byte[] docx;

    /** Writes the document and checks that it reads completely. */
    @Setup
    public void setUp() throws IOException {
        reader = ReportReader.standard();
        Report report = ReportGenerator.builder().edition(Edition.V2021).size(ReportSize.REALISTIC).build()
                .generate(new SplittableRandom(15));
        docx = write(report);
        ReadResult result = reader.read(docx);
        if (!result.reading().isComplete()) {
            throw new IllegalStateException("the benchmark's document does not read completely: " + result.reading());
        }
    }

    /**
     * A {@code .docx} to a report.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult docx() {
        return reader.read(docx);
    }

    /**
     * Baseline: POI's parse of the same bytes alone.
     *
     * @param sink keeps the document alive until it is closed
     * @throws IOException never: the bytes are a valid package
     */
    @Benchmark
    public void xwpfParseBaseline(Blackhole sink) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            sink.consume(document);
        }
    }

    private static byte[] write(Report report) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            var header = report.header();
            paragraph(d, header.organName() + header.reportYear() + "年政府信息公开工作年度报告");
            paragraph(d, "一、总体情况");
            paragraph(d, "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息。");
            paragraph(d, "二、主动公开政府信息情况");
            XWPFTable t2 = d.createTable();
            t2.removeRow(0);
            for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
                if (row.existsIn(Edition.V2021)) {
                    XWPFTableRow r = t2.insertNewTableRow(t2.getNumberOfRows());
                    cell(r, row.label(Edition.V2021), 1, null);
                    List<? extends TableColumn> columns = row.columns(Edition.V2021);
                    for (TableColumn c : columns) {
                        cell(r, text(report.get(CellRef.of(row, c))), columns.size() == 1 ? 3 : 1, null);
                    }
                }
            }
            paragraph(d, "三、收到和处理政府信息公开申请情况");
            applications(d, report);
            paragraph(d, "四、政府信息公开行政复议、行政诉讼情况");
            XWPFTable t4 = d.createTable();
            t4.removeRow(0);
            XWPFTableRow groups = t4.insertNewTableRow(0);
            cell(groups, "行政复议", 5, null);
            cell(groups, "行政诉讼", 10, null);
            XWPFTableRow labels = t4.insertNewTableRow(1);
            XWPFTableRow values = t4.insertNewTableRow(2);
            for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
                for (ReviewLitigationColumn c : row.columns(Edition.V2021)) {
                    cell(labels, c.label(), 1, null);
                    cell(values, text(report.get(CellRef.of(row, c))), 1, null);
                }
            }
            paragraph(d, "五、存在的主要问题及改进情况");
            paragraph(d, "一是公开深度有待拓展。二是解读形式单一。");
            paragraph(d, "六、其他需要报告的事项");
            XWPFTable fees = d.createTable();
            fees.removeRow(0);
            for (FeeColumn c : FeeColumn.values()) {
                XWPFTableRow r = fees.insertNewTableRow(fees.getNumberOfRows());
                cell(r, c.label(Edition.V2021), 1, null);
                cell(r, text(report.get(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, c))), 1, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            return out.toByteArray();
        }
    }

    private static void applications(XWPFDocument d, Report report) {
        XWPFTable t = d.createTable();
        t.removeRow(0);
        XWPFTableRow head = t.insertNewTableRow(0);
        cell(head, "申请人情况", 3, null);
        for (ApplicantColumn c : ApplicantColumn.values()) {
            cell(head, c.label(), 1, null);
        }
        ApplicationGroup group = null;
        for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
            XWPFTableRow r = t.insertNewTableRow(t.getNumberOfRows());
            ApplicationGroup g = row.group().orElse(null);
            if (g == null) {
                cell(r, row.label(Edition.V2021), 3, null);
            } else {
                cell(r, g == group ? "" : g.label(), 2, g == group ? STMerge.CONTINUE : STMerge.RESTART);
                cell(r, row.label(Edition.V2021), 1, null);
            }
            group = g;
            for (ApplicantColumn c : row.columns(Edition.V2021)) {
                cell(r, text(report.get(CellRef.of(row, c))), 1, null);
            }
        }
    }

    private static void paragraph(XWPFDocument d, String text) {
        d.createParagraph().createRun().setText(text);
    }

    private static void cell(XWPFTableRow row, String text, int span, STMerge.Enum merge) {
        XWPFTableCell cell = row.createCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (merge != null) {
            pr.addNewVMerge().setVal(merge);
        }
        if (!text.isEmpty()) {
            cell.getParagraphs().get(0).createRun().setText(text);
        }
    }

    private static String text(CellValue value) {
        if (value instanceof CellValue.Count c) {
            return Long.toString(c.value());
        } else if (value instanceof CellValue.Amount a) {
            return a.value().toPlainString();
        } else if (value instanceof CellValue.Blank) {
            return "";
        }
        throw new IllegalArgumentException("not in a 2021 report: " + value);
    }
}
