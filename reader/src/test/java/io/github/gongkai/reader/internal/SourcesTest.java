package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTest {

    @Test
    void pageNumberLinesAreRecognisedButBareNumbersAreNot() {
        assertTrue(Sources.isPageNumberLine("— 5 —"));
        assertTrue(Sources.isPageNumberLine("- 12 -"));
        assertTrue(Sources.isPageNumberLine("第 3 页 共 12 页"));
        assertFalse(Sources.isPageNumberLine("5"));
        assertFalse(Sources.isPageNumberLine("22"));
        assertFalse(Sources.isPageNumberLine("——"));
    }

    @Test
    void detectsTheFormat() {
        assertEquals(SourceFormat.HTML, Sources.detect("<p>x</p><TABLE><tr><td>1</td></tr></TABLE>"));
        assertEquals(SourceFormat.MARKDOWN, Sources.detect("| a | b |\n|---|---|\n| 1 | 2 |"));
        assertEquals(SourceFormat.TEXT, Sources.detect("规章\n0\n| not a table"));
    }

    @Test
    void htmlSpansAreLaidOutOnAGrid() {
        Page page = Sources.html("<table><tr><td rowspan=2>A</td><td colspan=2>B</td></tr>"
                + "<tr><td>1</td><td>&nbsp;</td></tr></table>", 1000);
        assertEquals(4, page.tokens().size());
        Token one = page.tokens().get(2);
        assertEquals("1", one.raw());
        assertEquals(SourcePosition.tableCell(1, 2, 2), one.position());
        assertTrue(one.rowStart);
        assertEquals(Token.Kind.EMPTY, page.tokens().get(3).kind);
        assertEquals(SourcePosition.tableCell(1, 2, 3), page.tokens().get(3).position());
    }

    @Test
    void aRowOfTabbedCellsKeepsItsEmptyCells() {
        Page page = Sources.text("一、本年新收政府信息公开申请数量\t30\t\t 0\t\n规章\t0\t3\t3\n\t5\t6");
        List<Token> tokens = page.tokens();
        assertEquals(List.of(Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.EMPTY, Token.Kind.VALUE, Token.Kind.EMPTY,
                Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.EMPTY, Token.Kind.VALUE, Token.Kind.VALUE),
                tokens.stream().map(t -> t.kind).toList());
        assertTrue(tokens.get(0).rowStart, "a tabbed row starts a row");
        assertEquals(SourcePosition.line(1, 23), tokens.get(3).position(), "a cell's column is where it stands");
        assertFalse(tokens.get(6).rowStart, "without an empty cell a line reads as it always has: one value");
        assertTrue(tokens.get(7).rowStart, "an empty first cell starts its row");
    }

    @Test
    void markdownCellsKeepTheirLineAndColumnAndSeparatorsAreSkipped() {
        Page page = Sources.markdown("| 规章 | 22 |\n|---|---|\n— 5 —\n| 行政许可 | 0 |");
        assertEquals(4, page.tokens().size());
        assertEquals(SourcePosition.line(1, 8), page.tokens().get(1).position());
        assertEquals(SourcePosition.line(4, 10), page.tokens().get(3).position());
    }

    @Test
    void aRowFramedByAConvertersSpacesIsStillARowAndItsSeparatorStillSkipped() {
        Page plain = Sources.markdown("| 规章 | 22 |\n|---|---|\n| 行政许可 | 0 |");
        Page spaced = Sources.markdown("\u3000| 规章 | 22 |\u00A0\n|---|---|\u00A0\n\uFEFF| 行政许可 | 0 |\u200B");
        assertEquals(texts(plain), texts(spaced));
        assertTrue(spaced.tokens().get(2).rowStart, "the second row starts a row");
        assertEquals(SourcePosition.line(1, 9), spaced.tokens().get(1).position(), "columns count the indent");

        Page text = Sources.text("规章\n\u3000| 行政许可 | 0 |\u00A0");
        assertEquals(List.of("规章", "行政许可", "0"), texts(text));
        assertTrue(text.tokens().get(1).rowStart, "a framed line of a text page is a table row");
    }

    @Test
    void aMarkdownPagesMarkupIsBlankedAndATextPagesKept() {
        Page page = Sources.markdown("**三、收到和处理政府信息公开申请情况**\n| **（七）总计** | **1139** | 48<br>x |");
        assertEquals(List.of("三、收到和处理政府信息公开申请情况", "(七)总计", "1139", "48", "x"), texts(page));
        assertEquals(SourcePosition.line(2, 17), page.tokens().get(2).position(), "columns as printed");
        assertEquals(List.of("**规章**", "22"), texts(Sources.text("**规章**\n22")), "a text page has no markup");
    }

    @Test
    void aMarkdownTableWithoutOuterBarsIsReadAsOneWithThem() {
        Page framed = Sources.markdown("| 信息 | 自然人 |\n|---|---|\n| 规章 | 22 |\n| 行政许可 | 0 |");
        Page bare = Sources.markdown("信息 | 自然人\n---|---\n规章 | 22\n行政许可 | 0 |");
        assertEquals(texts(framed), texts(bare));
        List<Token> tokens = bare.tokens();
        assertTrue(tokens.get(2).rowStart && tokens.get(4).rowStart, "each row starts a row");
        assertEquals(SourcePosition.line(3, 6), tokens.get(3).position(), "a cell's column as printed");
        assertEquals(6, tokens.size(), "a last bar that ends a row makes no empty cell");
    }

    @Test
    void aTableWithoutOuterBarsEndsAtABlankLineOrALineWithoutABarButGoesOnOverAFooter() {
        Page page = Sources.markdown("a | b\n---|---\n规章 | 22\n— 5 —\n行政许可 | 0\n\n注 | 说明\n正文\n其他 | 1");
        List<Token> tokens = page.tokens();
        assertEquals(List.of("a", "b", "规章", "22", "行政许可", "0", "注 | 说明", "正文", "其他 |", "1"), texts(page));
        assertEquals(Token.Kind.VALUE, tokens.get(5).kind, "the row after the footer is still a row");
        assertEquals(Token.Kind.TEXT, tokens.get(6).kind, "after a blank line a bar is text");
        assertEquals(List.of("规章 |", "22", "---|---"), texts(Sources.text("规章 | 22\n---|---")),
                "a text page has no tables without outer bars");
    }

    private static List<String> texts(Page page) {
        return page.tokens().stream().map(t -> t.text).toList();
    }
}
