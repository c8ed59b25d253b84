package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.json.ReportJsonException.Kind;
import io.github.gongkai.json.internal.JsonFailures;
import io.github.gongkai.json.internal.JsonProblem;
import io.github.gongkai.json.internal.JsonTexts;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportJsonException#message(Locale)} and {@link Kind#describe(Locale)}: the place, the kind and the problem
 * in the reader's language (Chinese for {@code zh}), the English message unchanged, both language files complete.
 */
class ReportJsonExceptionLanguageTest {

    private static final String SAMPLE = ReportJson.standard().write(Samples.liangshan2021());
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void theEnglishMessageIsGetMessage() {
        ReportJsonException e = negativeCount();
        assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
        assertEquals(e.getMessage(), e.message(Locale.ROOT));
        assertTrue(e.getMessage().startsWith("/T2/licensing/decisions: a count must not be negative, found -64 (at "
                + "line 1, column "), e.getMessage());
    }

    @Test
    void theChineseMessageNamesPlaceKindAndProblemInChinese() {
        ReportJsonException e = negativeCount();
        String zh = e.message(ZH);
        assertTrue(zh.startsWith("/T2/licensing/decisions：格式不允许这个值（计数不能是负数，实为 -64）"
                + "（文档第 1 行第 "), zh);
        assertTrue(zh.endsWith(" 列）"), zh);
    }

    @Test
    void aLineOfJsonLinesAndTheWholeDocumentAreNamedInChinese() {
        ReportJsonException e = JsonFailures.exception(Kind.MALFORMED_JSON, "", JsonProblem.of("problem.noContent"),
                null, null).atLine(7);
        assertEquals("line 7, (document): expected a report object, found no content", e.getMessage());
        assertEquals("第 7 行，（整个文档）：JSON 格式错误（应为报告对象，但没有任何内容）", e.message(ZH));
    }

    @Test
    void anErrorOnALineOfJsonLinesNamesTheColumnOfThatLine() {
        ReportJsonException e = negativeCount().atLine(2);
        assertTrue(e.getMessage().startsWith("line 2, /T2/licensing/decisions: a count must not be negative, found -64"
                + " (at column "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" of the line)"), e.getMessage());
        assertTrue(e.message(ZH).startsWith("第 2 行，/T2/licensing/decisions：格式不允许这个值（计数不能是负数，实为 -64）"
                + "（该行第 "), e.message(ZH));
    }

    @Test
    void controlCharactersAreEscapedInEveryLanguage() {
        ReportJsonException e = new ReportJsonException(Kind.UNKNOWN_MEMBER, "/header/a\u0000", "unknown member",
                null, null);
        assertEquals("/header/a\\u0000：格式中没有这个成员（unknown member）", e.message(ZH));
        assertEquals("/header/a\u0000", e.pointer());
    }

    @Test
    void everyKindIsDescribedInBothLanguagesDifferently() {
        Set<String> english = new HashSet<>();
        Set<String> chinese = new HashSet<>();
        for (Kind kind : Kind.values()) {
            String en = kind.describe(Locale.ENGLISH);
            String zh = kind.describe(ZH);
            assertNotEquals(en, zh, kind.name());
            assertTrue(english.add(en), en);
            assertTrue(chinese.add(zh), zh);
        }
    }

    @Test
    void bothLanguageFilesHaveTheSameKeys() {
        assertEquals(JsonTexts.keys(false), JsonTexts.keys(true));
        assertThrows(IllegalStateException.class, () -> JsonTexts.text(ZH, "no.such.key"));
    }

    @Test
    void anArgumentIsInsertedLiterallyNeverReadAsATemplate() {
        assertEquals("第 {1} 行，", JsonTexts.text(ZH, "line", "{1}"));
    }

    private static ReportJsonException negativeCount() {
        String bad = SAMPLE.replace("\"decisions\":64", "\"decisions\":-64");
        assertNotEquals(SAMPLE, bad);
        return assertThrows(ReportJsonException.class, () -> ReportJson.standard().read(bad));
    }
}
