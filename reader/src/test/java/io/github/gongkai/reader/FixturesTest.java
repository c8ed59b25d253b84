package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.UnreadReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's own realistic fixtures ({@code src/test/resources/fixtures}), one per layout the corpus
 * does not cover, each with a hand-made {@code .expected.csv} checked cell by cell like the corpus:
 * <ul>
 *   <li>{@code html_2021_rowspan.html}: Word-exported HTML, rowspan/colspan group labels, {@code &nbsp;},
 *       {@code <p>}/{@code <span>} cells, full-width digits, {@code 1,234}, {@code 5件}, placeholders, a blank
 *       总计, label variants ({@code (七)总计}, 结转下一年度继续办理, {@code 1. 属于国家秘密}, HTML quotes);</li>
 *   <li>{@code html_2021_subtotals.html}: the same with a 法人或其他组织 subtotal column and subtotal rows;</li>
 *   <li>{@code html_2021_shifted_header.html}: the same with the header's 小计 shifted to before 商业企业, where
 *       the numbers' sums put it last: the sums decide, and the header is reported refuted;</li>
 *   <li>{@code markdown_split_2021.md}: table 三 split by a page-number line with a repeated header row, a
 *       label broken over two lines above its numbers, group labels in their own cells;</li>
 *   <li>{@code glued_2021.txt}: run-on text with glued rows, one with exactly one consistent split
 *       ({@code 640020470}) and one with two ({@code 110000011}) of which the columns of table 三 allow one;</li>
 *   <li>{@code glued_undecided_2021.txt}: the same with two rows printed {@code 110000011} whose splits the
 *       columns cannot tell apart (swapping them keeps every identity), both left unread;</li>
 *   <li>{@code one_cell_rows_2021.md}: the same where a converter put a whole row in one Markdown cell
 *       ({@code | 640020470 |}, and table 四's three groups as {@code | 000000000000000 |}): split as glued runs;</li>
 *   <li>{@code glued_t4_labelled_2021.txt}: {@code glued_2021.txt} with table 四's fifteen digits after the label
 *       行政复议: the run covers the three groups, the only span its digits can be cut into;</li>
 *   <li>{@code markdown_detached_2021.md}: {@code markdown_split_2021.md} where a converter moved the labels of
 *       （四）无法提供 above the table and lost the numbers of one of its rows: the two label-less rows do not
 *       fill the group's three, so neither is placed (unread), where placing them in order would shift one;</li>
 *   <li>{@code mixed_template_2023.txt}: a 2021-edition report (table 二 in the 2021 layout) whose table 三
 *       prints （六）其他处理 as one row ({@code 2200004}), as the 2019 template does: the three rows' cells are
 *       unread (merged), each column's with the printed total;</li>
 *   <li>{@code glued_errors_2021.txt}: the same with a true error (部分公开 printed 6 where the column needs 5,
 *       so no reading of table 三 is consistent) and table 四 printed {@code 100000000000000}, whose only reading
 *       breaks a group total (inconsistent);</li>
 *   <li>{@code text_2019.txt}: a flattened 2019-edition page (signed 本年增/减, 采购总金额 in 万元, one
 *       （六）其他处理 row, 七、总计).</li>
 * </ul>
 */
class FixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final ReportReader READER = ReportReader.standard();

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("html_2021_rowspan.html", Edition.V2021, SourceFormat.HTML),
                Arguments.of("html_2021_subtotals.html", Edition.V2021, SourceFormat.HTML),
                Arguments.of("html_2021_shifted_header.html", Edition.V2021, SourceFormat.HTML),
                Arguments.of("markdown_split_2021.md", Edition.V2021, SourceFormat.MARKDOWN),
                Arguments.of("glued_2021.txt", Edition.V2021, SourceFormat.TEXT),
                Arguments.of("glued_undecided_2021.txt", Edition.V2021, SourceFormat.TEXT),
                Arguments.of("glued_errors_2021.txt", Edition.V2021, SourceFormat.TEXT),
                Arguments.of("one_cell_rows_2021.md", Edition.V2021, SourceFormat.MARKDOWN),
                Arguments.of("glued_t4_labelled_2021.txt", Edition.V2021, SourceFormat.TEXT),
                Arguments.of("mixed_template_2023.txt", Edition.V2021, SourceFormat.TEXT),
                Arguments.of("markdown_detached_2021.md", Edition.V2021, SourceFormat.MARKDOWN),
                Arguments.of("text_2019.txt", Edition.V2019, SourceFormat.TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyCellMatchesTheExpectedValues(String file, Edition edition, SourceFormat format) throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve(file));
        assertEquals(edition, result.edition());
        assertEquals(format, result.reading().format());
        Map<CellRef, ExpectedCells.Expected> expected = ExpectedCells.load(FIXTURES.resolve(file));
        Set<String> ambiguous = expected.entrySet().stream().filter(e -> e.getValue().note().startsWith("AMBIGUOUS")
                        || e.getValue().value().startsWith("UNREAD:") && !e.getValue().value().endsWith(":notFound"))
                .map(e -> e.getKey().toString()).collect(Collectors.toSet());
        List<String> failures = CorpusTest.check(result, expected, ambiguous);
        assertTrue(failures.isEmpty(), file + ":\n" + String.join("\n", failures) + "\n" + result.reading());
        if (ambiguous.isEmpty()) {
            assertEquals(List.of(), Identities.violations(result.report()), "validates clean");
            assertTrue(result.reading().isComplete(), result.reading().toString());
        }
    }

    @Test
    void htmlCellsCarryTheirGridPosition() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("html_2021_rowspan.html"));
        // Table 三 is the page's second table; its first data row is grid row 4, first value in column 4
        // (the label spans three columns).
        Provenance p = result.provenance(CellRef.parse("T3/newlyReceived/naturalPerson")).orElseThrow();
        assertEquals(SourcePosition.tableCell(2, 4, 4), p.position());
        // 3.其他 sits in row 26 under rowspans of 三、本年度办理结果 and （六）其他处理: its values start in column 4.
        Provenance other = result.provenance(CellRef.parse("T3/otherDisposal.other/total")).orElseThrow();
        assertEquals(SourcePosition.tableCell(2, 26, 10), other.position());
        Provenance blank = result.provenance(CellRef.parse("T3/withheld.stateSecret/total")).orElseThrow();
        assertTrue(result.reading().blankCells().contains(blank));
        assertEquals("", blank.raw());
    }

    @Test
    void htmlAmountsKeepScaleAndUnitAndPlaceholdersTheirMark() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("html_2021_rowspan.html"));
        CellValue.Amount fee = assertInstanceOf(CellValue.Amount.class,
                result.report().get(CellRef.parse("T2/administrativeFees/amount")));
        assertEquals("12.50", fee.value().toPlainString());
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, fee.unit());
        assertEquals(CellValue.notApplicable("—"), result.report().get(CellRef.parse("T2/punishment/decisions")));
        assertEquals(CellValue.notApplicable("无"), result.report().get(CellRef.parse("T2/coercion/decisions")));
        CellValue.Amount noticed = assertInstanceOf(CellValue.Amount.class,
                result.report().get(CellRef.parse("S6/informationProcessingFees/amountNoticed")));
        assertEquals(AmountUnit.YUAN, noticed.unit());
        assertEquals("某某县人民政府办公室", result.report().header().organName());
        assertEquals(2023, result.report().header().reportYear());
        assertEquals("2024-01-25", result.report().header().publicationDate().orElseThrow().toString());
    }

    @Test
    void subtotalColumnAndRowsAreSkippedWithWarnings() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("html_2021_subtotals.html"));
        List<ReadingWarning> warnings = result.reading().warnings();
        assertEquals(1, count(warnings, ReadingWarning.Code.SUBTOTAL_COLUMN_SKIPPED), warnings.toString());
        assertEquals(4, count(warnings, ReadingWarning.Code.SUBTOTAL_ROW_SKIPPED), warnings.toString());
    }

    @Test
    void aSubtotalColumnHeaderShiftedAgainstTheNumbersIsOverruledByTheirSums() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("html_2021_shifted_header.html"));
        ReadingWarning w = result.reading().warnings().stream()
                .filter(x -> x.code() == ReadingWarning.Code.SUBTOTAL_COLUMN_SKIPPED).findFirst().orElseThrow();
        assertTrue(w.message().contains("position 7 of 8, found by its sum; the header names position 2"), w.message());
        assertEquals(CellValue.count(2), result.report().get(CellRef.parse("T3/carriedOver/commercialEnterprise")));
    }

    @Test
    void markdownPageBreakInsideTableThreeIsHarmless() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("markdown_split_2021.md"));
        // Row 8.属于行政查询事项 comes after the page footer "— 2 —" (line 45) and a repeated header row.
        CellRef total = CellRef.parse("T3/withheld.administrativeQuery/total");
        assertEquals(CellValue.count(5), result.report().get(total));
        SourcePosition.Line at = assertInstanceOf(SourcePosition.Line.class,
                result.provenance(total).orElseThrow().position());
        assertEquals(50, at.line());
        assertEquals(0, count(result.reading().warnings(), ReadingWarning.Code.UNPLACED_NUMBERS),
                result.reading().toString());
        // The label broken over two lines above its numbers-only row is read whole.
        assertEquals(CellValue.count(12), result.report().get(CellRef.parse("T3/partiallyDisclosed/total")));
    }

    @Test
    void gluedRowWithOneConsistentSplitIsSplitAndSaysSo() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("glued_2021.txt"));
        Provenance p = result.provenance(CellRef.parse("T3/newlyReceived/naturalPerson")).orElseThrow();
        assertEquals("64", p.raw());
        assertTrue(p.note().orElseThrow().contains("640020470"), p.toString());
        assertTrue(result.reading().warnings().stream().anyMatch(w -> w.code() == ReadingWarning.Code.GLUED_ROW_SPLIT
                && w.message().contains("640020470") && w.message().contains("64/0/0/2/0/4/70")));
    }

    @Test
    void gluedRowWithTwoSplitsOfItsOwnIsDecidedByTheTablesColumns() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("glued_2021.txt"));
        CellRef first = CellRef.parse("T3/disclosed/naturalPerson");
        assertTrue(result.reading().ambiguity(first).isEmpty(), result.reading().toString());
        assertEquals(CellValue.count(11), result.report().get(first));
        assertEquals(CellValue.count(0), result.report().get(CellRef.parse("T3/disclosed/commercialEnterprise")));
        Provenance p = result.provenance(first).orElseThrow();
        assertTrue(p.note().orElseThrow().contains("110000011") && p.note().orElseThrow().contains("table 三"),
                p.toString());
        assertTrue(result.reading().warnings().stream().anyMatch(w -> w.code() == ReadingWarning.Code.GLUED_ROW_SPLIT
                && w.message().contains("11/0/0/0/0/0/11") && w.message().contains("table 三")));
    }

    @Test
    void rowsTheTableCannotTellApartStayUnreadWithoutAWarningOfError() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("glued_undecided_2021.txt"));
        for (String row : List.of("disclosed", "withheld.stateSecret")) {
            Ambiguity a = result.reading().ambiguity(CellRef.parse("T3/" + row + "/total")).orElseThrow();
            assertEquals(2, a.candidateCount(), a.toString());
        }
        assertEquals(0, count(result.reading().warnings(), ReadingWarning.Code.GLUED_TABLE_UNDECIDED));
    }

    @Test
    void aTableWithAnErrorDecidesNothingAndSaysSo() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("glued_errors_2021.txt"));
        ReadingWarning w = result.reading().warnings().stream()
                .filter(x -> x.code() == ReadingWarning.Code.GLUED_TABLE_UNDECIDED).findFirst().orElseThrow();
        assertTrue(w.message().contains("table 三") && w.message().contains("error"), w.message());
        assertEquals(CellRef.parse("T3/disclosed/naturalPerson"), w.cell().orElseThrow());
        // Table 四's fifteen digits have one reading, which breaks 行政复议's total: inconsistent, not placed.
        Ambiguity t4 = result.reading().ambiguity(CellRef.parse("T4/administrativeReview/upheld")).orElseThrow();
        assertEquals(15, t4.cells().size());
        assertEquals(CellValue.unread(UnreadReason.INCONSISTENT, PrintedRun.of("100000000000000", 0, 15)),
                result.report().get(CellRef.parse("T4/administrativeReview/upheld")));
    }

    @Test
    void aGroupPrintedAsOneRowKeepsItsNumbersAsTotalsOfItsCells() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("mixed_template_2023.txt"));
        assertEquals(Edition.V2021, result.edition());
        List<CellRef> natural = List.of(CellRef.parse("T3/otherDisposal.correctionOverdue/naturalPerson"),
                CellRef.parse("T3/otherDisposal.feeUnpaid/naturalPerson"), CellRef.parse("T3/otherDisposal.other/naturalPerson"));
        for (CellRef cell : natural) {
            assertEquals(CellValue.merged(PrintedTotal.of(2, natural)), result.report().get(cell));
        }
        List<CellRef> total = List.of(CellRef.parse("T3/otherDisposal.correctionOverdue/total"),
                CellRef.parse("T3/otherDisposal.feeUnpaid/total"), CellRef.parse("T3/otherDisposal.other/total"));
        assertEquals(CellValue.merged(PrintedTotal.of(4, total)), result.report().get(total.get(1)));
        // The four columns printed 0 give each of their cells 0; only the other three columns' 9 cells are merged.
        for (CellRef cell : CellRef.all(Edition.V2021)) {
            boolean merged = List.of("naturalPerson", "commercialEnterprise", "total").contains(cell.column().key());
            if (cell.row().key().startsWith("otherDisposal.") && !merged) {
                assertEquals(CellValue.count(0), result.report().get(cell), cell.toString());
                assertEquals(List.of(Provenance.Note.of(Provenance.Note.Kind.SPLIT_ROW_TOTAL, "2200004"),
                        Provenance.Note.of(Provenance.Note.Kind.FROM_ZERO_GROUP_TOTAL, "（六）其他处理")),
                        result.provenance(cell).orElseThrow().notes(), cell.toString());
            }
        }
        Ambiguity a = result.reading().ambiguity(natural.get(0)).orElseThrow();
        assertEquals(9, a.cells().size());
        assertTrue(a.cells().stream().allMatch(c -> result.report().get(c) instanceof CellValue.Unread));
        assertEquals("2200004", a.raw());
        assertEquals(1, count(result.reading().warnings(), ReadingWarning.Code.GROUP_PRINTED_AS_ONE_ROW));
        assertEquals(0, count(result.reading().warnings(), ReadingWarning.Code.SUBTOTAL_ROW_SKIPPED));
    }

    @Test
    void aGroupPrintedAsOneRowOfZerosGivesEachOfItsCellsZero() throws IOException {
        String page = Files.readString(FIXTURES.resolve("mixed_template_2023.txt"));
        assertTrue(page.contains("（六）其他处理 2200004"));
        ReadResult result = READER.read(page.replace("（六）其他处理 2200004", "（六）其他处理 0 0 0 0 0 0 0"));
        int cells = 0;
        for (CellRef cell : CellRef.all(Edition.V2021)) {
            if (cell.row().key().startsWith("otherDisposal.")) {
                cells++;
                assertEquals(CellValue.count(0), result.report().get(cell), cell.toString());
                assertEquals(List.of(Provenance.Note.of(Provenance.Note.Kind.FROM_ZERO_GROUP_TOTAL, "（六）其他处理")),
                        result.provenance(cell).orElseThrow().notes(), cell.toString());
                assertTrue(result.reading().ambiguity(cell).isEmpty(), cell.toString());
            }
        }
        assertEquals(21, cells);
        assertEquals(1, count(result.reading().warnings(), ReadingWarning.Code.GROUP_PRINTED_AS_ONE_ROW));
    }

    @Test
    void rowsPrintedWithoutLabelsThatTheOrderDoesNotConfirmAreNotPlaced() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("markdown_detached_2021.md"));
        // In order, the second label-less row (2 0 0 0 0 0 2, really 3.补正后申请内容仍不明确) would land in row 2.
        CellRef shifted = CellRef.parse("T3/unableToProvide.requiresCreation/total");
        assertEquals(CellValue.unread(UnreadReason.AMBIGUOUS), result.report().get(shifted));
        assertEquals(2, result.reading().warnings().stream().filter(w -> w.code() == ReadingWarning.Code.DETACHED_LABEL
                && w.message().contains("not placed")).count(), result.reading().toString());
        // The corpus page whose one label-less row fills its gap exactly keeps it.
        ReadResult shanghai = READER.read(Path.of("src/test/resources/corpus/002_shanghai_office_2025.md"));
        assertEquals(1, shanghai.reading().warnings().stream().filter(w -> w.code() == ReadingWarning.Code.DETACHED_LABEL
                && w.message().contains("exactly fill")).count());
    }

    @Test
    void edition2019PageKeepsSignsAndUnits() throws IOException {
        ReadResult result = READER.read(FIXTURES.resolve("text_2019.txt"));
        assertEquals(CellValue.signedCount(-3), result.report().get(CellRef.parse("T2/otherExternalServices/change")));
        assertEquals(CellValue.signedCount(2), result.report().get(CellRef.parse("T2/licensing/change")));
        CellValue.Amount amount = assertInstanceOf(CellValue.Amount.class,
                result.report().get(CellRef.parse("T2/centralizedProcurement/totalAmount")));
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, amount.unit());
        assertEquals("某某市生态环境局", result.report().header().organName());
        assertEquals(2019, result.report().header().reportYear());
    }

    private static List<CellValue> counts(long... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> (CellValue) CellValue.count(v)).toList();
    }

    private static long count(List<ReadingWarning> warnings, ReadingWarning.Code code) {
        return warnings.stream().filter(w -> w.code() == code).count();
    }
}
