package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingWarningTest {

    private static final Optional<SourcePosition> AT = Optional.of(SourcePosition.line(10, 2621));
    private static final Optional<CellRef> CELL = Optional.of(CellRef.parse("T3/carriedOver/naturalPerson"));

    @Test
    void describesItselfWithCodeAndPosition() {
        ReadingWarning w = ReadingWarning.of(ReadingWarning.Detail.SPLIT_ROW_TOTAL, List.of("1000001", "1/0/0/0/0/0/1"),
                AT, CELL);
        assertEquals(ReadingWarning.Code.GLUED_ROW_SPLIT, w.code());
        assertEquals("GLUED_ROW_SPLIT @ line 10, column 2621: glued run '1000001' split as 1/0/0/0/0/0/1: the only "
                + "split in which the total equals the sum of the other cells", w.toString());
        assertEquals("EDITION_INFERRED: the tables' headers do not tell the edition; assumed the current (2021) edition",
                ReadingWarning.of(ReadingWarning.Detail.EDITION_ASSUMED, List.of(), Optional.empty(), Optional.empty())
                        .toString());
    }

    @Test
    void givesItsMessageInChineseWithPageTextAsPrinted() {
        ReadingWarning w = ReadingWarning.of(ReadingWarning.Detail.SPLIT_ROW_TOTAL, List.of("000", "0/0/0"), AT, CELL);
        assertEquals("连写数字“000”拆分为 0/0/0：只有这样拆分，合计才等于其他各格之和", w.message(Locale.CHINESE));
        assertEquals(w.message(), w.message(Locale.ROOT));
        ReadingWarning quoted = ReadingWarning.of(ReadingWarning.Detail.ROW_PRINTED_AGAIN, List.of("{0}{1}", "1 2"),
                AT, Optional.empty());
        assertEquals("row {0}{1} printed again with '1 2'; the first was kept", quoted.message(),
                "page text is never read as a template");
    }

    @Test
    void describesPositionsAndWordsInItsMessageInItsLanguage() {
        ReadingWarning ignored = ReadingWarning.of(ReadingWarning.Detail.SECTION_TOO_LONG,
                List.of("五", "20000", "3", "line 90, column 4"), Optional.of(SourcePosition.line(88, 1)), Optional.empty());
        assertEquals("section 五's text is longer than the 20000 characters kept; 3 line(s) from here to line 90, "
                + "column 4 were not read", ignored.message());
        assertEquals("第五部分的文字超过保留的 20000 个字符；从此处到第 90 行第 4 个字符的 3 行未读取",
                ignored.message(Locale.CHINESE));
        ReadingWarning blocks = ReadingWarning.of(ReadingWarning.Detail.NUMBERS_AFTER_TABLE_FOUR,
                List.of("2", "text block 9"), Optional.of(SourcePosition.block(8)), Optional.empty());
        assertTrue(blocks.message().contains("2 block(s) or cell(s) from here to text block 9"), blocks.message());
        assertTrue(blocks.message(Locale.CHINESE).contains("到第 9 段文字的 2 个段落或单元格"), blocks.message(Locale.CHINESE));
        ReadingWarning format = ReadingWarning.of(ReadingWarning.Detail.FORMAT_BY_PIPE_SEPARATOR,
                List.of("TEXT", ".txt", "MARKDOWN"), AT, Optional.empty());
        assertEquals("the page is declared TEXT by its file extension .txt but its content is MARKDOWN (a pipe-table "
                + "separator row (|---|), first here); read as MARKDOWN", format.message());
        assertEquals("文件扩展名 .txt声明页面为纯文本，但其内容是Markdown（有竖线表格分隔行 |---|，首见于此）；按Markdown读取",
                format.message(Locale.CHINESE));
        ReadingWarning caller = ReadingWarning.of(ReadingWarning.Detail.FORMAT_BY_NO_MARKUP,
                List.of("HTML", "caller", "TEXT"), Optional.empty(), Optional.empty());
        assertTrue(caller.message().startsWith("the page is declared HTML by the caller but"), caller.message());
        ReadingWarning value = ReadingWarning.of(ReadingWarning.Detail.NOT_A_VALUE, List.of("1,2", "COUNT"), AT, CELL);
        assertEquals("'1,2' cannot be read as a count", value.message());
        assertEquals("“1,2”无法读作件数", value.message(Locale.CHINESE));
    }

    @Test
    void aPositionArgumentThatIsNotOneIsGivenAsItStands() {
        ReadingWarning w = ReadingWarning.of(ReadingWarning.Detail.NUMBERS_AFTER_TABLE_FOUR, List.of("1", "somewhere"),
                Optional.empty(), Optional.empty());
        assertTrue(w.message(Locale.CHINESE).contains("到somewhere的 1 "), w.message(Locale.CHINESE));
    }

    @Test
    void checksItsParts() {
        assertThrows(NullPointerException.class, () -> new ReadingWarning(null, ReadingWarning.Detail.EDITION_ASSUMED,
                List.of(), Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new ReadingWarning(ReadingWarning.Code.EDITION_INFERRED, null,
                List.of(), Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> ReadingWarning.of(ReadingWarning.Detail.EDITION_BY_YEAR,
                Collections.singletonList(null), Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ReadingWarning(ReadingWarning.Code.DUPLICATE_ROW,
                ReadingWarning.Detail.EDITION_ASSUMED, List.of(), Optional.empty(), Optional.empty()),
                "a detail of another code");
        assertThrows(IllegalArgumentException.class, () -> ReadingWarning.of(ReadingWarning.Detail.EDITION_BY_YEAR,
                List.of(), Optional.empty(), Optional.empty()), "too few arguments");
        assertThrows(IllegalArgumentException.class, () -> ReadingWarning.of(ReadingWarning.Detail.NOT_LISTED,
                List.of("1", "100"), Optional.empty(), Optional.empty()), "NOT_LISTED needs its code named");
        List<String> arguments = new ArrayList<>(List.of("2021"));
        ReadingWarning w = ReadingWarning.of(ReadingWarning.Detail.EDITION_BY_YEAR, arguments, Optional.empty(),
                Optional.empty());
        arguments.set(0, "1999");
        assertEquals(List.of("2021"), w.arguments(), "the arguments are copied");
    }

    @Test
    void notListedBelongsToEveryCodeAndEveryOtherDetailToOne() {
        for (ReadingWarning.Code code : ReadingWarning.Code.values()) {
            assertTrue(ReadingWarning.Detail.NOT_LISTED.isFor(code), code::toString);
            ReadingWarning w = new ReadingWarning(code, ReadingWarning.Detail.NOT_LISTED, List.of("5", "100"), AT,
                    Optional.empty());
            assertEquals("5 more warnings like the 100 above were not listed; the last here", w.message());
        }
        for (ReadingWarning.Detail detail : ReadingWarning.Detail.values()) {
            long codes = List.of(ReadingWarning.Code.values()).stream().filter(detail::isFor).count();
            assertEquals(detail == ReadingWarning.Detail.NOT_LISTED ? ReadingWarning.Code.values().length : 1, codes,
                    detail::toString);
        }
        for (ReadingWarning.Code code : ReadingWarning.Code.values()) {
            assertTrue(List.of(ReadingWarning.Detail.values()).stream()
                    .anyMatch(d -> d != ReadingWarning.Detail.NOT_LISTED && d.isFor(code)), code + " has a detail");
        }
    }

    /** Every detail's text, with its arguments filled by markers: each marker appears, in both languages. */
    @Test
    void everyDetailHasATextInEachLanguageThatNamesAllItsArguments() {
        List<ReadingWarning.Detail> details = List.of(ReadingWarning.Detail.values());
        BothLanguages.assertEachHasItsOwnWords(details, (detail, locale) -> warning(detail).message(locale),
                Set.of(ReadingWarning.Detail.REMARK));
        for (ReadingWarning.Detail detail : details) {
            ReadingWarning w = warning(detail);
            BothLanguages.assertNamesItsArguments("detail." + detail, w.arguments(), w.message(),
                    w.message(Locale.CHINESE));
        }
    }

    private static ReadingWarning warning(ReadingWarning.Detail detail) {
        List<String> arguments = BothLanguages.markers(detail.argumentCount());
        return detail == ReadingWarning.Detail.NOT_LISTED
                ? new ReadingWarning(ReadingWarning.Code.DUPLICATE_ROW, detail, arguments, AT, Optional.empty())
                : ReadingWarning.of(detail, arguments, AT, Optional.empty());
    }

    @Test
    void everyCodeSaysWhatItReportsInEnglishAndChinese() {
        BothLanguages.assertEachHasItsOwnWords(List.of(ReadingWarning.Code.values()),
                (code, locale) -> code.describe(locale), Set.of());
        for (ReadingWarning.Code code : ReadingWarning.Code.values()) {
            assertEquals(code.describe(Locale.ENGLISH), code.describe(Locale.ROOT));
        }
        assertEquals("连写数字已拆分到各单元格", ReadingWarning.Code.GLUED_ROW_SPLIT.describe(Locale.CHINESE));
    }
}
