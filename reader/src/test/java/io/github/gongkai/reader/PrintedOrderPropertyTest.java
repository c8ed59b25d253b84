package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import io.github.gongkai.testkit.junit.GeneratedReportsProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The property behind {@code PrintedOrder}: generated 2021 reports whose table 三 is printed as a PDF's text laid
 * out by columns converts it to Markdown ({@code PrintedOrderTest}'s fixture around it). Each row is printed with
 * its label in its own table row, or among the rows before the next such row, whose labels stand together in a block
 * before their numbers; a block's labels may be broken over lines, and a label may stand in the block before its
 * own (the next block's first label printed at the end of the one before). Sometimes a row's numbers are lost. Read
 * back, no cell of table 三 holds a number the page does not print there: each is the generated value or unread.
 * Seeded: {@value #COUNT} pages; a failure prints its seed and page.
 */
class PrintedOrderPropertyTest {

    static final int COUNT = 300;
    private static final long MASTER_SEED = 0x0bde_12L;
    private static final Path FIXTURE = Path.of("src/test/resources/printed-order/label-blocks.md");
    private static final String T3_START = "## 表三：收到和处理政府信息公开申请情况\n";
    private static final String T4_START = "\n四、政府信息公开行政复议、行政诉讼情况\n";

    @Test
    void noCellOfTableThreeIsReadWithANumberThePageDoesNotPrintThere() throws IOException {
        String fixture = Files.readString(FIXTURE);
        String before = fixture.substring(0, fixture.indexOf(T3_START) + T3_START.length())
                + "| 业 | 构 | 益组织 | 务机构 |  |  |  |  |  |\n|---|---|---|---|---|---|---|---|---|\n";
        String after = fixture.substring(fixture.indexOf(T4_START));
        ReportGenerator generator = ReportGenerator.builder().edition(Edition.V2021).size(ReportSize.REALISTIC)
                .blankZeroProbability(0).build();
        int read = 0;
        int cells = 0;
        int lost = 0;
        for (long seed : GeneratedReportsProvider.caseSeeds(MASTER_SEED, COUNT)) {
            Report report = GeneratedReport.generate(generator, seed).report();
            SplittableRandom style = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 12);
            boolean loseOne = style.nextInt(5) == 0;
            lost += loseOne ? 1 : 0;
            String page = before + tableThree(report, style, loseOne) + after;
            Report back = ReportReader.standard().read(page, SourceFormat.MARKDOWN).report();
            List<String> wrong = new ArrayList<>();
            for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
                for (ApplicantColumn column : ApplicantColumn.values()) {
                    CellRef cell = CellRef.of(row, column);
                    CellValue value = back.get(cell);
                    cells++;
                    if (value instanceof CellValue.Unread) {
                        continue;
                    }
                    read++;
                    if (!value.equals(report.get(cell))) {
                        wrong.add(cell + ": printed " + report.get(cell) + ", read " + value);
                    }
                }
            }
            assertEquals(List.of(), wrong, "seed 0x" + Long.toHexString(seed) + "\n" + page);
        }
        // Most cells are read: a reader that gave up on such pages would not pass this.
        assertTrue(read >= cells * 8 / 10, read + " of " + cells + " cells read, " + lost + " pages with a run lost");
    }

    /** Table 三 as the column layout prints it, in the fixture's style. */
    private static String tableThree(Report report, SplittableRandom style, boolean loseOne) {
        List<ApplicationRow> rows = ApplicationRow.rows(Edition.V2021);
        boolean[] anchor = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            anchor[i] = style.nextInt(2) == 0;
        }
        List<List<Integer>> blocks = new ArrayList<>(); // the rows of each stretch without anchors
        for (int i = 0; i < rows.size(); i++) {
            if (!anchor[i]) {
                if (i == 0 || anchor[i - 1]) {
                    blocks.add(new ArrayList<>());
                }
                blocks.get(blocks.size() - 1).add(i);
            }
        }
        // The labels each block prints: its own, the next block's first sometimes moved to the block before.
        List<List<Integer>> labels = new ArrayList<>();
        for (List<Integer> block : blocks) {
            labels.add(new ArrayList<>(block));
        }
        for (int b = 0; b + 1 < labels.size(); b++) {
            if (style.nextInt(3) == 0 && labels.get(b + 1).size() > 1) {
                labels.get(b).add(labels.get(b + 1).remove(0));
            }
        }
        int lostRow = -1;
        if (loseOne && !blocks.isEmpty()) {
            List<Integer> block = blocks.get(style.nextInt(blocks.size()));
            lostRow = block.get(style.nextInt(block.size()));
        }
        StringBuilder out = new StringBuilder();
        int block = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (anchor[i]) {
                out.append("| ").append(rows.get(i).label()).append(' ').append(numbers(report, rows.get(i)));
                continue;
            }
            if (i == 0 || anchor[i - 1]) {
                block++;
                out.append('\n');
                for (int row : labels.get(block)) {
                    out.append(broken(rows.get(row).label(), style)).append('\n');
                }
            }
            if (i != lostRow) {
                out.append(numbers(report, rows.get(i))).append("|---|---|---|---|---|---|---|\n");
            }
        }
        return out.toString();
    }

    /** A row's seven numbers as the cells of a Markdown row: {@code | 3 | 0 | … | 3 |}. */
    private static String numbers(Report report, ApplicationRow row) {
        StringBuilder sb = new StringBuilder();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            sb.append("| ").append(((CellValue.Count) report.get(CellRef.of(row, column))).value()).append(' ');
        }
        return sb.append("|\n").toString();
    }

    /** A label, sometimes broken over two lines as a narrow column wraps it. */
    private static String broken(String label, SplittableRandom style) {
        if (label.length() < 6 || style.nextInt(2) == 0) {
            return label;
        }
        int at = 3 + style.nextInt(label.length() - 4);
        return label.substring(0, at) + "\n" + label.substring(at);
    }
}
