package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportReadExceptionTest {

    @Test
    void aDocumentReadersWordsAreShownWithTheirControlCharactersEscaped() {
        ReportReadException e = new ReportReadException(ReportReadException.Reason.UNREADABLE_INPUT,
                "bad token '\u001b[2J\u0085'", (SourcePosition) null);
        assertEquals("UNREADABLE_INPUT: bad token '\\u001b[2J\\u0085'", e.getMessage());
        assertTrue(e.message(Locale.CHINESE).chars().noneMatch(Character::isISOControl), e.message(Locale.CHINESE));
        assertEquals(List.of("bad token '\u001b[2J\u0085'"), e.arguments(), "the arguments stay exact");
    }

    @Test
    void thePositionSurvivesSerialization() throws Exception {
        ReportReadException e = new ReportReadException(ReportReadException.Reason.UNREADABLE_INPUT, "bad",
                SourcePosition.line(3, 7));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        ReportReadException back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ReportReadException) in.readObject();
        }
        assertEquals(e.position(), back.position());
        assertEquals(e.getMessage(), back.getMessage());
        assertEquals(e.reason(), back.reason());
        assertEquals(java.util.Optional.empty(), new ReportReadException(ReportReadException.Reason.UNREADABLE_INPUT,
                "bad", (SourcePosition) null).position());
    }

    @Test
    void theMessageNamesTheReasonTheDetailAndThePosition() {
        ReportReadException e = new ReportReadException(ReportReadException.Detail.TABLE_THREE_EMPTY, List.of(),
                SourcePosition.line(87, 1), null);
        assertEquals("NO_APPLICATIONS_TABLE: table 三 has no readable row @ line 87", e.getMessage());
        assertEquals(SourcePosition.line(87, 1), e.position().orElseThrow());
        assertEquals(ReportReadException.Reason.NO_APPLICATIONS_TABLE, e.reason());
        assertEquals(ReportReadException.Detail.TABLE_THREE_EMPTY, e.detail());
        assertEquals("table 三 has no readable row", e.message(Locale.ENGLISH));
        assertEquals("表三没有可读的行", e.message(Locale.CHINESE));
    }

    @Test
    void givesWhatWasWrongInChineseWithNamesAndPositionsInChinese() {
        ReportReadException kind = new ReportReadException(ReportReadException.Detail.KIND_NOT_READ,
                List.of("报告.xlsx", "XLSX"), null, null);
        assertEquals("UNSUPPORTED_FORMAT: file 报告.xlsx is an XLSX spreadsheet (told by its content), which is not read",
                kind.getMessage());
        assertEquals("文件 报告.xlsx是XLSX 电子表格（据其内容判断），不予读取", kind.message(Locale.CHINESE));
        ReportReadException unnamed = new ReportReadException(ReportReadException.Detail.FILE_TOO_LARGE,
                List.of("", "99"), null, null);
        assertEquals("the file has 99 bytes, over the limit", unnamed.message(Locale.ENGLISH));
        assertEquals("该文件有 99 字节，超过限制", unnamed.message(Locale.CHINESE));
        ReportReadException second = new ReportReadException(ReportReadException.Detail.SECOND_REPORT,
                List.of("line 40", "五", "line 90, column 3"), SourcePosition.line(80, 1), null);
        assertTrue(second.message(Locale.CHINESE).contains("在表三（第 40 行）和第五部分之后"), second.message(Locale.CHINESE));
        assertTrue(second.message(Locale.CHINESE).contains("（第 90 行第 3 个字符）"), second.message(Locale.CHINESE));
        ReportReadException word = new ReportReadException(ReportReadException.Detail.WORD_ENCRYPTED, List.of("DOC"),
                null, null);
        assertEquals("the Word (.doc) file is encrypted: it needs a password to open", word.message(Locale.ROOT));
        assertEquals("该 Word（.doc）文件已加密，打开需要密码", word.message(Locale.CHINESE));
    }

    @Test
    void mayCarryACauseAndNoPositionAndADocumentReadersOwnWords() {
        IOException cause = new IOException("boom");
        ReportReadException e = new ReportReadException(ReportReadException.Reason.UNREADABLE_INPUT, "bad", cause);
        assertSame(cause, e.getCause());
        assertTrue(e.position().isEmpty());
        assertEquals("UNREADABLE_INPUT: bad", e.getMessage());
        assertEquals(ReportReadException.Detail.AS_GIVEN, e.detail());
        assertEquals(List.of("bad"), e.arguments());
        assertEquals("bad", e.message(Locale.CHINESE), "a reader's own words are given as they are");
    }

    @Test
    void checksItsParts() {
        assertThrows(IllegalArgumentException.class, () -> new ReportReadException(ReportReadException.Detail.AS_GIVEN,
                List.of("x"), null, null), "AS_GIVEN needs its reason named");
        assertThrows(IllegalArgumentException.class, () -> new ReportReadException(
                ReportReadException.Detail.PAGE_TOO_LONG, List.of("1"), null, null), "too few arguments");
        assertThrows(NullPointerException.class, () -> new ReportReadException(null, "x", (SourcePosition) null));
        List<String> arguments = new ArrayList<>(List.of("5"));
        ReportReadException e = new ReportReadException(ReportReadException.Detail.PDF_NO_TEXT, arguments, null, null);
        arguments.set(0, "6");
        assertEquals(List.of("5"), e.arguments(), "the arguments are copied");
    }

    @Test
    void everyDetailIsOneReasonsAndHasATextInEachLanguageThatNamesItsArguments() {
        List<ReportReadException.Detail> details = List.of(ReportReadException.Detail.values());
        BothLanguages.assertEachHasItsOwnWords(details, (detail, locale) -> exception(detail).message(locale),
                Set.of(ReportReadException.Detail.AS_GIVEN));
        for (ReportReadException.Detail detail : details) {
            long reasons = List.of(ReportReadException.Reason.values()).stream().filter(detail::isFor).count();
            assertEquals(detail == ReportReadException.Detail.AS_GIVEN ? ReportReadException.Reason.values().length : 1,
                    reasons, detail::toString);
            ReportReadException e = exception(detail);
            BothLanguages.assertNamesItsArguments("failure." + detail, e.arguments(), e.message(Locale.ENGLISH),
                    e.message(Locale.CHINESE));
        }
    }

    private static ReportReadException exception(ReportReadException.Detail detail) {
        List<String> arguments = BothLanguages.markers(detail.argumentCount());
        return detail == ReportReadException.Detail.AS_GIVEN
                ? new ReportReadException(ReportReadException.Reason.NOT_A_REPORT, "@0@", (SourcePosition) null)
                : new ReportReadException(detail, arguments, null, null);
    }

    @Test
    void everyReasonSaysWhatItIsInEnglishAndChinese() {
        BothLanguages.assertEachHasItsOwnWords(List.of(ReportReadException.Reason.values()),
                (reason, locale) -> reason.describe(locale), Set.of());
        assertEquals("不是政府信息公开工作年度报告", ReportReadException.Reason.NOT_A_REPORT.describe(Locale.SIMPLIFIED_CHINESE));
    }
}
