package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every setting {@link ReportValidator.Builder} refuses is an {@link InvalidSettingException}: its message
 * English as it always was, {@link InvalidSettingException#message(Locale)} Chinese without an English
 * explanation left.
 */
class InvalidSettingExceptionTest {

    private static final String RULE = ReportValidator.RULE_KEY_PREFIX;
    /** Two English words in a row: an explanation left in English. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{3,}");

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("disable", () -> ReportValidator.builder().disable("X\u009bY"),
                        "no built-in rule 'X\\u009bY'; the rules are [T3.BALANCE.1, ",
                        "没有内置规则 'X\\u009bY'；内置规则有 [T3.BALANCE.1, "),
                refusal("severity", () -> ReportValidator.builder().severity("T3.NOPE", Severity.ERROR),
                        "no built-in rule 'T3.NOPE'; the rules are [", "没有内置规则 'T3.NOPE'；内置规则有 ["),
                refusal("yearRatio factor", () -> ReportValidator.builder().yearRatio(new BigDecimal("1.0"),
                        BigDecimal.TEN), "the year ratio factor must be above 1, was 1.0",
                        "年度变化幅度规则（SET.YEAR_RATIO）的倍数必须大于 1，实为 1.0"),
                refusal("yearRatio minimum", () -> ReportValidator.builder().yearRatio(BigDecimal.TEN,
                        new BigDecimal("-0.5")), "the year ratio minimum must not be negative, was -0.5",
                        "年度变化幅度规则（SET.YEAR_RATIO）的下限不能是负数，实为 -0.5"),
                refusal("repeatSimilarity", () -> ReportValidator.builder().repeatSimilarity(new BigDecimal("1.5")),
                        "the repeat similarity must be above 0 and at most 1, was 1.5",
                        "重复报告规则（SET.REPEATED_REPORT）的相似度必须大于 0 且不超过 1，实为 1.5"),
                refusal("unknown key", () -> configure("gongkai.validation.x\u0085", "1"),
                        "setting gongkai.validation.x\\u0085: no such key; the keys are gongkai.validation.blanks, "
                                + "gongkai.validation.failFast and gongkai.validation.rule.CODE",
                        "设置 gongkai.validation.x\\u0085：没有这个键；可用的键为 gongkai.validation.blanks、"
                                + "gongkai.validation.failFast 和 gongkai.validation.rule.规则代码"),
                refusal("blank policy", () -> configure(ReportValidator.BLANK_POLICY_KEY, " Lenient "),
                        "setting gongkai.validation.blanks: value 'Lenient' is not understood",
                        "设置 gongkai.validation.blanks：无法识别的值 'Lenient'"),
                refusal("fail-fast", () -> configure(ReportValidator.FAIL_FAST_KEY, "tr\u001b[2Jue"),
                        "setting gongkai.validation.failFast: value 'tr\\u001b[2Jue' is not understood",
                        "设置 gongkai.validation.failFast：无法识别的值 'tr\\u001b[2Jue'"),
                refusal("rule value", () -> configure(RULE + "T3.BALANCE", "Sometimes"),
                        "setting gongkai.validation.rule.T3.BALANCE: value 'Sometimes' is not understood",
                        "设置 gongkai.validation.rule.T3.BALANCE：无法识别的值 'Sometimes'"),
                refusal("rule key", () -> configure(RULE + "T9.NOTHING", "off"),
                        "no built-in rule 'T9.NOTHING'; the rules are [", "没有内置规则 'T9.NOTHING'；内置规则有 ["),
                refusal("threshold not a number", () -> configure(RULE + "SET.YEAR_RATIO.factor", "abc"),
                        "setting gongkai.validation.rule.SET.YEAR_RATIO.factor: value 'abc' is not understood",
                        "设置 gongkai.validation.rule.SET.YEAR_RATIO.factor：无法识别的值 'abc'"),
                refusal("threshold factor", () -> configure(RULE + "SET.YEAR_RATIO.factor", "0.5"),
                        "setting gongkai.validation.rule.SET.YEAR_RATIO.factor: the year ratio factor must be above 1,"
                                + " was 0.5",
                        "设置 gongkai.validation.rule.SET.YEAR_RATIO.factor：年度变化幅度规则（SET.YEAR_RATIO）的倍数必须"
                                + "大于 1，实为 0.5"),
                refusal("threshold minimum", () -> configure(RULE + "SET.YEAR_RATIO.1.minimum", "-1"),
                        "setting gongkai.validation.rule.SET.YEAR_RATIO.1.minimum: the year ratio minimum must not be"
                                + " negative, was -1",
                        "设置 gongkai.validation.rule.SET.YEAR_RATIO.1.minimum：年度变化幅度规则（SET.YEAR_RATIO）的下限"
                                + "不能是负数，实为 -1"),
                refusal("threshold similarity", () -> configure(RULE + "SET.REPEATED_REPORT.similarity", "2"),
                        "setting gongkai.validation.rule.SET.REPEATED_REPORT.similarity: the repeat similarity must be"
                                + " above 0 and at most 1, was 2",
                        "设置 gongkai.validation.rule.SET.REPEATED_REPORT.similarity：重复报告规则（SET.REPEATED_REPORT）"
                                + "的相似度必须大于 0 且不超过 1，实为 2"),
                refusal("threshold of another rule", () -> configure(RULE + "T3.BALANCE.factor", "2"),
                        "setting gongkai.validation.rule.T3.BALANCE.factor: rule T3.BALANCE.1 has no setting 'factor'",
                        "设置 gongkai.validation.rule.T3.BALANCE.factor：规则 T3.BALANCE.1 没有设置项 'factor'"),
                refusal("threshold of no rule", () -> configure(RULE + "NOPE.factor", "2"),
                        "no built-in rule 'NOPE'; the rules are [", "没有内置规则 'NOPE'；内置规则有 ["));
    }

    private static Arguments refusal(String site, Executable call, String english, String chinese) {
        return Arguments.of(site, call, english, chinese);
    }

    private static void configure(String key, String value) {
        ReportValidator.builder().configure(Map.of(key, value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalIsEnglishAsBeforeAndChineseOnRequest(String site, Executable call, String english,
            String chinese) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, call);
        assertInstanceOf(IllegalArgumentException.class, e, "callers catching IllegalArgumentException keep working");
        assertTrue(e.getMessage().startsWith(english), e.getMessage());
        if (!english.contains("the rules are [")) { // the list of rules is left out
            assertEquals(english, e.getMessage());
        }
        assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
        assertEquals(e.getMessage(), e.message(Locale.ROOT));
        String zh = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith(chinese), zh);
        if (!chinese.contains("内置规则有 [")) {
            assertEquals(chinese, zh);
        }
        assertFalse(ENGLISH.matcher(zh).find(), zh);
        assertEquals(zh, e.message(Locale.TRADITIONAL_CHINESE), "any Chinese locale");
    }

    @Test
    void aThresholdOutOfRangeKeepsTheBuildersRefusalAsItsCause() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> configure(RULE + "SET.YEAR_RATIO.factor", "0.5"));
        InvalidSettingException cause = assertInstanceOf(InvalidSettingException.class, e.getCause());
        assertEquals("the year ratio factor must be above 1, was 0.5", cause.getMessage());
        assertEquals("年度变化幅度规则（SET.YEAR_RATIO）的倍数必须大于 1，实为 0.5", cause.message(Locale.CHINESE));
    }

    @Test
    void aSettingIsAnArgumentNotATemplate() {
        // A key or value that looks like a message key or a parameter is quoted as it is.
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> configure(
                ReportValidator.FAIL_FAST_KEY, "{io.github.gongkai.validation.ValidReport.message}{reason}"));
        assertEquals("设置 gongkai.validation.failFast：无法识别的值 "
                + "'{io.github.gongkai.validation.ValidReport.message}{reason}'", e.message(Locale.CHINESE));
        assertEquals("setting gongkai.validation.failFast: value "
                + "'{io.github.gongkai.validation.ValidReport.message}{reason}' is not understood", e.getMessage());
    }

    @Test
    void theLanguagesSurviveSerialization() throws IOException, ClassNotFoundException {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> configure(RULE + "SET.REPEATED_REPORT.similarity", "2"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InvalidSettingException copy = (InvalidSettingException) in.readObject();
            assertEquals(e.getMessage(), copy.getMessage());
            assertEquals(e.message(Locale.CHINESE), copy.message(Locale.CHINESE));
        }
        assertSame(InvalidSettingException.class, e.getClass());
    }
}
