package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    private static FormatSniffer.Verdict sniff(String text) {
        return FormatSniffer.sniff(text);
    }

    @Test
    void anHtmlDocumentIsConclusiveAtItsFirstDocumentTag() {
        FormatSniffer.Verdict v = sniff("\n  <!DOCTYPE html>\n<html><head><title>报告</title></head><body>x</body></html>");
        assertEquals(SourceFormat.HTML, v.format());
        assertTrue(v.conclusive());
        assertEquals(SourcePosition.line(2, 3), v.at());
        assertTrue(v.evidence().contains("<!DOCTYPE html>"), v.evidence());
        assertTrue(sniff("标题\n<BODY class=x>\n正文").conclusive());
        assertTrue(sniff("<html>").conclusive());
    }

    @Test
    void aTableWithCellsOrManyRowTagsIsConclusiveALoneTableTagIsNot() {
        FormatSniffer.Verdict table = sniff("说明\n<table border=1><tr><td>规章</td><td>0</td></tr></table>");
        assertEquals(SourceFormat.HTML, table.format());
        assertTrue(table.conclusive());
        assertEquals(SourcePosition.line(2, 1), table.at());
        FormatSniffer.Verdict fragment = sniff("<tr><td>a</td><td>1</td></tr>\n".repeat(3));
        assertEquals(SourceFormat.HTML, fragment.format());
        assertTrue(fragment.conclusive(), fragment.toString());
        FormatSniffer.Verdict lone = sniff("一段文字提到 <table> 标签\n第二行");
        assertEquals(SourceFormat.HTML, lone.format());
        assertFalse(lone.conclusive());
    }

    @Test
    void markupOnMostLinesIsConclusive() {
        FormatSniffer.Verdict v = sniff("<p>一、总体情况</p>\n".repeat(12));
        assertEquals(SourceFormat.HTML, v.format());
        assertTrue(v.conclusive());
        FormatSniffer.Verdict few = sniff("<p>一、总体情况</p>\n" + "正文\n".repeat(40));
        assertEquals(SourceFormat.TEXT, few.format());
        assertFalse(few.conclusive());
    }

    @Test
    void aSeparatorRowIsConclusiveMarkdownThreePipeRowsAreNot() {
        FormatSniffer.Verdict md = sniff("标题\n| a | b |\n  |:---|---:|\n| 1 | 2 |");
        assertEquals(SourceFormat.MARKDOWN, md.format());
        assertTrue(md.conclusive());
        assertEquals(SourcePosition.line(3, 3), md.at());
        FormatSniffer.Verdict rows = sniff("| a | b |\n| 1 | 2 |\n| 3 | 4 |");
        assertEquals(SourceFormat.MARKDOWN, rows.format());
        assertFalse(rows.conclusive());
    }

    @Test
    void aSeparatorRowFramedByAConvertersSpacesIsStillOne() {
        FormatSniffer.Verdict md = sniff("标题\n| a | b |\u00A0\n\u3000|:---|---:|\u00A0\n| 1 | 2 |\u00A0");
        assertEquals(SourceFormat.MARKDOWN, md.format());
        assertTrue(md.conclusive());
        assertEquals(SourcePosition.line(3, 2), md.at(), "the row's column, after the indent");
        FormatSniffer.Verdict rows = sniff("\uFEFF| a | b |\u200B\n| 1 | 2 |\u00A0\n| 3 | 4 |\u3000");
        assertEquals(SourceFormat.MARKDOWN, rows.format(), "three framed pipe rows");
        assertFalse(rows.conclusive());
        assertEquals(SourceFormat.TEXT, sniff("规章\u00A0\n\u3000\n0").format(), "blank forms alone make no row");
    }

    @Test
    void theDelimiterRowOfATableWithoutOuterBarsIsConclusiveMarkdown() {
        FormatSniffer.Verdict md = sniff("标题\n信息 | 自然人\n  :---|---:\n规章 | 22");
        assertEquals(SourceFormat.MARKDOWN, md.format());
        assertTrue(md.conclusive());
        assertEquals(SourcePosition.line(3, 3), md.at());
        assertEquals(SourceFormat.TEXT, sniff("标题\n---\n正文\n- 一项").format(), "a rule or a list is no table");
    }

    @Test
    void plainTextIsConclusiveOnlyWithoutMarkupAndPipeRows() {
        FormatSniffer.Verdict plain = sniff("规章\n0\n《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》\n1 < 2");
        assertEquals(SourceFormat.TEXT, plain.format());
        assertTrue(plain.conclusive());
        assertFalse(sniff("规章\n0\n| a | b |").conclusive());
        assertFalse(sniff("规章<br>0").conclusive());
        assertEquals(SourceFormat.TEXT, sniff("").format());
        assertTrue(sniff("").conclusive());
    }

    @Test
    void lineBreaksOfEveryKindCountLines() {
        assertEquals(SourcePosition.line(3, 1), sniff("a\r\nb\r<html>").at());
        assertEquals(SourcePosition.line(2, 2), sniff("a\n |--|").at());
    }

    @Test
    void onlyABoundedPrefixIsLookedAt() {
        String page = "x\n".repeat(FormatSniffer.PREFIX / 2) + "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>";
        FormatSniffer.Verdict v = sniff(page);
        assertEquals(SourceFormat.TEXT, v.format());
    }

    @Test
    void anyTextHasAVerdict() {
        SplittableRandom random = new SplittableRandom(14);
        String alphabet = "<>|-!/:tdrhablemoy \n\r\t\u0000\uD800规章";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            FormatSniffer.Verdict v = sniff(sb.toString());
            assertNotNull(v.format());
            assertNotNull(v.evidence());
        }
    }

    @Test
    void theContentOverridesADeclaredFormatOnlyWhenItIsConclusive() {
        String html = "<html><body><table><tr><td>1</td></tr></table></body></html>";
        FormatChoice.Choice c = FormatChoice.choose(html, SourceFormat.TEXT, ".txt", true);
        assertEquals(SourceFormat.HTML, c.format());
        ReadingWarning w = c.warning().orElseThrow();
        assertEquals(ReadingWarning.Code.FORMAT_FROM_CONTENT, w.code());
        assertTrue(w.message().contains("declared TEXT by its file extension .txt"), w.message());
        assertTrue(w.message().contains("read as HTML"), w.message());
        assertEquals(SourcePosition.line(1, 1), w.position().orElseThrow());
        assertEquals(SourceFormat.TEXT, FormatChoice.choose(html, SourceFormat.TEXT, "x", false).format());
        assertTrue(FormatChoice.choose(html, SourceFormat.TEXT, "x", false).warning().isEmpty());
        assertTrue(FormatChoice.choose(html, SourceFormat.HTML, "x", true).warning().isEmpty());
        assertTrue(FormatChoice.choose(html, null, null, true).warning().isEmpty());
        assertEquals(SourceFormat.HTML, FormatChoice.choose(html, null, null, false).format());
        // Three pipe rows without a separator: a text page may hold them; the declaration stands.
        FormatChoice.Choice rows = FormatChoice.choose("| a |\n| b |\n| c |", SourceFormat.TEXT, "x", true);
        assertEquals(SourceFormat.TEXT, rows.format());
        assertTrue(rows.warning().isEmpty());
        FormatChoice.Choice plain = FormatChoice.choose("规章\n0", SourceFormat.HTML, "caller", true);
        assertEquals(SourceFormat.TEXT, plain.format());
        assertTrue(plain.warning().orElseThrow().position().isEmpty());
    }
}
