package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A page laid out in a table, as older sites lay theirs out (navigation in one cell, the article with its tables in
 * another, a footer in a row below), reads as the article alone would: a cell that holds a table is read as part of
 * the page, its blocks as blocks and its tables as tables, not as one cell's text, which lost every empty cell.
 */
class LayoutTablesTest {

    private static final ReportReader READER = ReportReader.standard();
    private static final String PAGE = read("src/test/resources/fixtures/html_2021_rowspan.html");
    private static final String ARTICLE = PAGE.substring(PAGE.indexOf("<body>") + 6, PAGE.indexOf("</body>"));

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String page(String body) {
        return PAGE.substring(0, PAGE.indexOf("<body>") + 6) + body + PAGE.substring(PAGE.indexOf("</body>"));
    }

    @Test
    void anArticleInALayoutCellReadsAsTheArticle() {
        ReadResult alone = READER.readHtml(PAGE);
        String laidOut = page("<table width=\"100%\"><tr><td width=\"200\">导航<br>首页<br>信息公开</td><td>" + ARTICLE
                + "</td></tr></table>");
        ReadResult result = READER.readHtml(laidOut);
        assertEquals(alone.report(), result.report());
        // The same cells read, each from its place: its table counted among the page's, the layout's first.
        assertEquals(alone.reading().cellsRead().stream().map(Provenance::cell).toList(),
                result.reading().cellsRead().stream().map(Provenance::cell).toList());
        assertEquals(SourcePosition.tableCell(2, 4, 2), result.reading().cellsRead().stream()
                .filter(p -> p.cell().toString().equals("T2/normativeDocuments/issued")).findFirst().orElseThrow()
                .position());
        assertTrue(result.reading().ambiguities().isEmpty() && result.reading().notFound().isEmpty(),
                result.reading()::toString);
    }

    @Test
    void layoutsNestedInLayoutsToo() {
        String laidOut = page("<table><tr><td><table><tr><td>栏目</td><td><div>" + ARTICLE
                + "</div></td></tr></table></td></tr><tr><td>网站地图</td></tr></table>");
        assertEquals(READER.readHtml(PAGE).report().cells(), READER.readHtml(laidOut).report().cells());
    }

    @Test
    void aNumberInTheLayoutAfterATableJoinsNoRowOfIt() {
        // The article split over two layout rows, table 三 last in the first: the number in the cell beside it,
        // were it taken as the next cell of table 三's last row, would make that row one number too long.
        int split = ARTICLE.indexOf("四、政府信息公开行政复议");
        split = ARTICLE.lastIndexOf("<p", split);
        String laidOut = page("<table><tr><td>" + ARTICLE.substring(0, split) + "</td><td>99</td></tr><tr><td>"
                + ARTICLE.substring(split) + "</td></tr></table>");
        assertEquals(READER.readHtml(PAGE).report().cells(), READER.readHtml(laidOut).report().cells());
    }

    @Test
    void aTableOfTheReportWithATableInAHeaderCellKeepsItsCells() {
        // A header cell that holds a small table of its own: the rows of numbers are as printed.
        int note = PAGE.indexOf("（本列数据的勾稽关系为");
        int end = PAGE.indexOf("</td>", note);
        String nested = PAGE.substring(0, note) + "<table><tr><td>" + PAGE.substring(note, end) + "</td></tr></table>"
                + PAGE.substring(end);
        assertEquals(READER.readHtml(PAGE).report().cells(), READER.readHtml(nested).report().cells());
    }

    @Test
    void layoutsDeeperThanTheLimitAreReadAsOneCellsTextWithoutAWrongNumber() {
        String body = ARTICLE;
        for (int i = 0; i < 12; i++) {
            body = "<table><tr><td>" + body + "</td></tr></table>";
        }
        ReadResult alone = READER.readHtml(PAGE);
        try {
            ReadResult result = READER.readHtml(page(body));
            for (Provenance read : result.reading().cellsRead()) {
                assertEquals(alone.report().get(read.cell()), result.report().get(read.cell()), read::toString);
            }
        } catch (ReportReadException e) {
            assertTrue(e.reason() == ReportReadException.Reason.NO_APPLICATIONS_TABLE
                    || e.reason() == ReportReadException.Reason.NOT_A_REPORT, e::toString);
        }
    }
}
