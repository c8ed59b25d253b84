package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixtures whose format or figures the reader takes from their content ({@code src/test/resources/fixtures/content},
 * each with its {@code .expected.csv}, checked cell by cell like the corpus):
 * <ul>
 *   <li>{@code html_saved_as_text.txt}: an HTML document (doctype, head, script, tables) saved as {@code .txt};</li>
 *   <li>{@code markdown_saved_as_text.txt}: Markdown pipe tables, split by a page footer, saved as {@code .txt};</li>
 *   <li>{@code text_saved_as_html.html}: a flattened text page, one cell a line, saved as {@code .html};</li>
 *   <li>{@code prose_fees_text.txt}: section 六's fees only in sentences, notices in 份, the amount in 万元 and
 *       again in 元;</li>
 *   <li>{@code prose_fees_html.html}: section 六's fees only as denials (未发出收费通知, 未向申请人收取任何信息处理费),
 *       after a sub-heading in a paragraph of its own;</li>
 *   <li>{@code prose_disagrees.md}: a fee table and a sentence that states another amount collected.</li>
 * </ul>
 * Each asserts every cell, the exact warnings, and the provenance of the cells read from content.
 */
class ContentFixturesTest {

    private static final Path CONTENT = Path.of("src/test/resources/fixtures/content");
    private static final ReportReader READER = ReportReader.standard();
    private static final CellRef NOTICES = CellRef.parse("S6/informationProcessingFees/noticesIssued");
    private static final CellRef NOTICED = CellRef.parse("S6/informationProcessingFees/amountNoticed");
    private static final CellRef COLLECTED = CellRef.parse("S6/informationProcessingFees/amountCollected");

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("html_saved_as_text.txt", SourceFormat.HTML, List.of(ReadingWarning.Code.FORMAT_FROM_CONTENT)),
                // Table 二's rows end in empty cells, as PDF converters leave them.
                Arguments.of("markdown_saved_as_text.txt", SourceFormat.MARKDOWN,
                        List.of(ReadingWarning.Code.FORMAT_FROM_CONTENT, ReadingWarning.Code.TRAILING_EMPTY_CELLS)),
                Arguments.of("text_saved_as_html.html", SourceFormat.TEXT, List.of(ReadingWarning.Code.FORMAT_FROM_CONTENT)),
                Arguments.of("prose_fees_text.txt", SourceFormat.TEXT,
                        List.of(ReadingWarning.Code.FIGURE_FROM_PROSE, ReadingWarning.Code.FIGURE_FROM_PROSE)),
                Arguments.of("prose_fees_html.html", SourceFormat.HTML, List.of(ReadingWarning.Code.FIGURE_FROM_PROSE,
                        ReadingWarning.Code.FIGURE_FROM_PROSE, ReadingWarning.Code.FIGURE_FROM_PROSE)),
                Arguments.of("prose_disagrees.md", SourceFormat.MARKDOWN,
                        List.of(ReadingWarning.Code.TRAILING_EMPTY_CELLS, ReadingWarning.Code.PROSE_FIGURE_DIFFERS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyCellAndWarningIsAsExpected(String file, SourceFormat format, List<ReadingWarning.Code> warnings)
            throws IOException {
        ReadResult result = READER.read(CONTENT.resolve(file));
        assertEquals(Edition.V2021, result.edition());
        assertEquals(format, result.reading().format());
        Map<CellRef, ExpectedCells.Expected> expected = ExpectedCells.load(CONTENT.resolve(file));
        List<String> failures = CorpusTest.check(result, expected, Set.of());
        assertTrue(failures.isEmpty(), file + ":\n" + String.join("\n", failures) + "\n" + result.reading());
        assertEquals(warnings, result.reading().warnings().stream().map(ReadingWarning::code).toList(),
                result.reading().toString());
        assertEquals(List.of(), Identities.violations(result.report()), "validates clean");
        assertTrue(result.reading().ambiguities().isEmpty(), result.reading().toString());
        for (Map.Entry<CellRef, ExpectedCells.Expected> e : expected.entrySet()) {
            // A figure read from a sentence says so in its provenance; any other is simply read from its cell.
            boolean prose = e.getValue().note().startsWith("PROSE");
            Provenance p = result.provenance(e.getKey()).orElseThrow();
            assertEquals(prose, p.note().map(n -> n.startsWith("stated only in a sentence of section 六")).orElse(false),
                    p.toString());
        }
    }

    @Test
    void anHtmlPageSavedAsTextIsReadAsHtmlAndSaysWhy() throws IOException {
        ReadResult result = READER.read(CONTENT.resolve("html_saved_as_text.txt"));
        ReadingWarning w = result.reading().warnings().get(0);
        assertEquals("the page is declared TEXT by its file extension .txt but its content is HTML (an <!DOCTYPE html>"
                + " tag, first here); read as HTML", w.message());
        assertEquals(SourcePosition.line(1, 1), w.position().orElseThrow());
        assertEquals("某某市自然资源局", result.report().header().organName());
        assertEquals(2023, result.report().header().reportYear());
        assertInstanceOf(SourcePosition.TableCell.class,
                result.provenance(CellRef.parse("T3/newlyReceived/total")).orElseThrow().position());
        // Told not to look at the content, the reader keeps the extension's format, and the page is no report as text.
        ReportReader asDeclared = ReportReader.builder().formatFromContent(false).build();
        ReportReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReportReadException.class,
                () -> asDeclared.read(CONTENT.resolve("html_saved_as_text.txt")));
        assertTrue(e.reason() == ReportReadException.Reason.NO_APPLICATIONS_TABLE
                || e.reason() == ReportReadException.Reason.NOT_A_REPORT, e.toString());
    }

    @Test
    void markdownSavedAsTextIsReadAsMarkdownAtItsSeparatorRow() throws IOException {
        ReadResult result = READER.read(CONTENT.resolve("markdown_saved_as_text.txt"));
        ReadingWarning w = result.reading().warnings().get(0);
        assertTrue(w.message().contains("content is MARKDOWN (a pipe-table separator row"), w.message());
        assertEquals(SourcePosition.line(12, 1), w.position().orElseThrow());
        assertEquals(READER.read(Files.readString(CONTENT.resolve("markdown_saved_as_text.txt")),
                SourceFormat.MARKDOWN).report().cells(), result.report().cells());
    }

    @Test
    void textSavedAsHtmlIsReadAsText() throws IOException {
        ReadResult result = READER.read(CONTENT.resolve("text_saved_as_html.html"));
        ReadingWarning w = result.reading().warnings().get(0);
        assertTrue(w.message().contains("declared HTML by its file extension .html but its content is TEXT (no markup"),
                w.message());
        assertTrue(w.position().isEmpty());
        // The same figures as the HTML page of the same report.
        ReadResult html = READER.read(CONTENT.resolve("html_saved_as_text.txt"));
        for (CellRef cell : CellRef.all(Edition.V2021)) {
            assertEquals(ExpectedCells.mismatch(cell, "0", html.report().get(cell)) == null,
                    ExpectedCells.mismatch(cell, "0", result.report().get(cell)) == null, cell.toString());
        }
    }

    @Test
    void proseFeesInTextKeepTheirUnitAndTheirSentence() throws IOException {
        ReadResult result = READER.read(CONTENT.resolve("prose_fees_text.txt"));
        CellValue.Amount collected = assertInstanceOf(CellValue.Amount.class, result.report().get(COLLECTED));
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, collected.unit());
        Provenance p = result.provenance(COLLECTED).orElseThrow();
        assertEquals("0.03万元", p.raw());
        assertTrue(p.note().orElseThrow().contains("收取信息处理费共计0.03万元"), p.toString());
        SourcePosition.Line at = assertInstanceOf(SourcePosition.Line.class, p.position());
        assertEquals(CellValue.count(2), result.report().get(NOTICES));
        assertEquals(at.line(), ((SourcePosition.Line) result.provenance(NOTICES).orElseThrow().position()).line());
        assertTrue(result.reading().isNotFound(NOTICED), "the amount noticed is stated nowhere");
        // 300 元 restates 0.03万元: no second figure, no ambiguity.
        assertTrue(result.reading().ambiguities().isEmpty());
    }

    @Test
    void proseDenialsInHtmlAreZerosAtTheirParagraph() throws IOException {
        ReadResult result = READER.read(CONTENT.resolve("prose_fees_html.html"));
        for (CellRef cell : List.of(NOTICES, NOTICED, COLLECTED)) {
            Provenance p = result.provenance(cell).orElseThrow();
            assertInstanceOf(SourcePosition.Block.class, p.position(), p.toString());
            assertTrue(p.note().orElseThrow().contains(p.raw()), p.toString());
        }
        // The sub-heading （一）关于信息处理费 stands in a paragraph of its own: no part of the sentences quoted.
        assertTrue(result.provenance(NOTICES).orElseThrow().note().orElseThrow().endsWith("'本机关未发出收费通知'"),
                result.provenance(NOTICES).toString());
        assertEquals(CellValue.count(0), result.report().get(NOTICES));
        assertEquals(result.provenance(NOTICES).orElseThrow().position(),
                result.provenance(COLLECTED).orElseThrow().position());
        assertTrue(result.reading().isComplete(), result.reading().toString());
    }

    @Test
    void theTableWinsOverASentenceThatDisagrees() throws IOException {
        ReadResult result = READER.read(CONTENT.resolve("prose_disagrees.md"));
        ReadingWarning w = result.reading().warnings().stream()
                .filter(x -> x.code() == ReadingWarning.Code.PROSE_FIGURE_DIFFERS).findFirst().orElseThrow();
        assertEquals(COLLECTED, w.cell().orElseThrow());
        assertTrue(w.message().contains("states 50元"), w.message());
        assertTrue(w.message().contains("本年度共收取信息处理费50元"), w.message());
        assertTrue(w.message().contains("the printed figure was kept"), w.message());
        SourcePosition.Line at = assertInstanceOf(SourcePosition.Line.class, w.position().orElseThrow());
        Provenance table = result.provenance(COLLECTED).orElseThrow();
        assertTrue(table.note().isEmpty(), table.toString());
        assertTrue(((SourcePosition.Line) table.position()).line() < at.line(), table + " before " + w);
    }
}
