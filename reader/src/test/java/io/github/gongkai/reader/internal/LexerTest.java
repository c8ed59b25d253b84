package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<String> lex(String text, boolean standalone) {
        List<Token> out = new ArrayList<>();
        Lexer.lex(text, 1, 1, null, false, standalone, out);
        List<String> s = new ArrayList<>();
        for (Token t : out) {
            s.add(t.kind.name().charAt(0) + ":" + t.raw() + (t.gluable ? "~" : ""));
        }
        return s;
    }

    @Test
    void cutsGluedNumbersOutOfLabelsAndGivesListMarkersBack() {
        assertEquals(List.of("T:规章", "V:000~", "T:行政规范性文件", "V:8855698~", "T:第二十条"),
                lex("规章000行政规范性文件8855698第二十条", false));
        assertEquals(List.of("T:1.属于国家秘密", "V:0000000~", "T:2.其他法律行政法规禁止公开"),
                lex("1.属于国家秘密00000002.其他法律行政法规禁止公开", false));
        assertEquals(List.of("T:（三）不予公开 1. 属于国家秘密", "V:0~"), lex("（三）不予公开 1. 属于国家秘密 0", false));
    }

    @Test
    void keepsDecimalsUnitsSignsAndSpacedRunsTogether() {
        assertEquals(List.of("T:行政事业性收费", "V:9116.36~", "T:三、收到"), lex("行政事业性收费9116.36 三、收到", false));
        assertEquals(List.of("T:政府集中采购", "V:13575394432.52元~", "T:三"), lex("政府集中采购13575394432.52元三", false));
        assertEquals(List.of("T:（六）其他处理", "V:0 0 0 0 0 00~", "T:（七）总计", "V:23 0 00 0 023~"),
                lex("（六）其他处理0 0 0 0 0 00（七）总计23 0 00 0 023", false));
        assertEquals(List.of("T:件数为", "V:0 件~", "T:,总金额为", "V:0~", "T:。"), lex("件数为 0 件,总金额为0。", false));
    }

    @Test
    void wholeCellsAreOneTokenAndStandaloneNumbersAreNotGluable() {
        assertEquals(List.of("V:１２３"), lex(" １２３ ", true));
        assertEquals(List.of("V:640020470~"), lex("640020470", false));
        assertEquals(List.of("V:1,234"), lex("1,234", true));
        assertEquals(List.of("V:—"), lex("—", true));
        assertEquals(List.of("E:"), lex("\u00A0", true));
        assertEquals(List.of(), lex("  ", false));
    }

    @Test
    void positionsCountColumnsOnALine() {
        List<Token> out = new ArrayList<>();
        Lexer.lex("规章000", 7, 1, null, false, false, out);
        assertEquals(SourcePosition.line(7, 3), out.get(1).position());
    }

    /** The shortcuts for bare numbers and plain text make exactly the tokens and label keys of the general path. */
    @Test
    void shortcutsMakeTheTokensOfTheGeneralPath() {
        SplittableRandom random = new SplittableRandom(20211231);
        SourcePosition cell = SourcePosition.tableCell(1, 2, 3);
        for (int i = 0; i < 20_000; i++) {
            String line = PageText.line(random, 6);
            boolean standalone = random.nextBoolean();
            boolean rowStart = random.nextBoolean();
            int lineNo = random.nextBoolean() ? 0 : 1 + random.nextInt(500);
            List<Token> fast = new ArrayList<>();
            List<Token> general = new ArrayList<>();
            Lexer.lex(line, lineNo, 1, cell, rowStart, standalone, fast);
            Lexer.lexGeneral(line, lineNo, 1, cell, rowStart, standalone, general);
            assertEquals(describe(general), describe(fast), line);
        }
    }

    /** A line lexed where it stands in a page's characters makes the tokens it makes as a string. */
    @Test
    void aLineOfAPageMakesTheTokensOfItsString() {
        SplittableRandom random = new SplittableRandom(20221231);
        for (int i = 0; i < 20_000; i++) {
            String before = PageText.line(random, 3);
            String line = PageText.line(random, 6);
            String after = PageText.line(random, 3);
            char[] page = (before + line + after).toCharArray();
            int lineNo = 1 + random.nextInt(500);
            boolean rowStart = random.nextBoolean();
            List<Token> fromString = new ArrayList<>();
            List<Token> fromPage = new ArrayList<>();
            Lexer.lex(line, lineNo, 1, null, rowStart, false, fromString);
            Lexer.lex(page, before.length(), before.length() + line.length(), lineNo, 1, null, rowStart, false,
                    fromPage::add);
            assertEquals(describe(fromString), describe(fromPage), line);
        }
    }

    private static List<String> describe(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            out.add(t.kind + "|" + t.text + "|" + t.raw() + "|" + t.position() + "|" + t.rowStart + "|" + t.gluable
                    + "|" + t.lineAlone + "|" + (t.kind == Token.Kind.TEXT ? t.key() : ""));
        }
        return out;
    }
}
