package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.json.ReportJsonException.Kind;
import io.github.gongkai.json.internal.JsonTexts;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ReportJsonException#problem(Locale)}: every problem the reader finds is said in Chinese for {@code zh},
 * the values it quotes as they were written, the English ({@link ReportJsonException#problem()}) unchanged; the
 * model's explanations the reader knows are said in Chinese too, and only the JSON parser's own explanation of
 * malformed JSON stays English.
 */
class ReportJsonChineseProblemsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String SAMPLE = ReportJson.standard().write(Samples.liangshan2021());
    private static final String SAMPLE_2019 = ReportJson.standard().write(Samples.edge2019());
    private static final String UNREAD = ReportJson.standard().write(Samples.unread2021());
    /** Two English words in a row: an English explanation. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}\\b");
    /** A JSON string as a message quotes it, or a JSON object as the format shows one. */
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        wrong type        | 2021 | "newlyReceived":{"naturalPerson":0, | "newlyReceived":{"naturalPerson":"0", | 应为计数（0 至 9223372036854775807 的整数）、null 或 {"na": 标记}，实为字符串
        amount as number  | 2021 | "amount":"0" | "amount":0.5 | 应为金额（普通十进制写法的字符串，如 "0.00"，只有印作元时才加“元”）、null 或 {"na": 标记}，实为小数（金额写成字符串，以保留准确的十进制写法，如 "0.5"）
        unknown row       | 2021 | "T4":{ | "T4":{"appeal":{}, | 未知的行 "appeal"；表 T4 的行是 "administrativeReview", "litigationWithoutReview", "litigationAfterReview"
        not in edition    | 2021 | "T3":{ | "T3":{"otherDisposal":{}, | 2021 年版报告没有行 T3/otherDisposal（这是 2019 年版的行）
        negative count    | 2021 | "licensing":{"decisions":64} | "licensing":{"decisions":-64} | 计数不能是负数，实为 -64
        fraction          | 2019 | "change":-3 | "change":-3.5 | 增减数必须是整数，不写小数部分或指数，实为 -3.5
        duplicate         | 2021 | "licensing":{"decisions":64} | "licensing":{"decisions":64,"decisions":64} | 每个成员只能出现一次
        missing           | 2021 | "licensing":{"decisions":64} | "licensing":{} | 应有计数（0 至 9223372036854775807 的整数）、null 或 {"na": 标记}（空白单元格写 null）
        control character | 2021 | "organName":"凉山州经济和信息化局" | "organName":"凉山州\\u0000局" | 文字不能含控制字符，下标 3 处是 U+0000
        surrogate         | 2021 | "organName":"凉山州经济和信息化局" | "organName":"凉山州\\ud800局" | 字符串不是合规的 Unicode（I-JSON，RFC 7493）：下标 3 处是不成对的代理项 U+D800
        mark with a digit | 2021 | "licensing":{"decisions":64} | "licensing":{"decisions":{"na":"0"}} | 不适用单元格的标记不能含数字，实为 "0"
        unknown member    | 2021 | "format":"gongkai.report", | "format":"gongkai.report","robot":1, | 未知的成员 "robot"；报告的成员是 "format", "version", "edition", "header", "T2", "T3", "T4", "S6", "narrative"
        edition           | 2021 | "edition":"2021" | "edition":"2022" | 应为报告的版本，"2019" 或 "2021"，实为"2022"
        version           | 2021 | "version":1 | "version":3 | 不支持格式版本 3；本读取器读取版本 1 和 2
        """)
    void aProblemIsSaidInChineseAndTheSameInEnglishAsBefore(String name, String edition, String from, String to,
            String chinese) {
        ReportJsonException e = read(edit(edition.equals("2019") ? SAMPLE_2019 : SAMPLE, from, to));
        assertEquals(chinese, e.problem(ZH));
        assertEquals(e.problem(), e.problem(Locale.ENGLISH));
        assertEquals(e.problem(), e.problem(Locale.ROOT));
        assertTrue(e.message(ZH).contains("（" + ReportJsonException.printable(chinese) + "）"), e.message(ZH));
    }

    @Test
    void noProblemOfAnyEditLeavesAnEnglishExplanationInChinese() {
        List<String> documents = new ArrayList<>();
        String[] values = {"-5", "1.5", "99999999999999999999999", "\"x\"", "\"\"", "\" \"", "null", "{}", "[]", "true",
            "{\"na\":\"1\"}", "{\"na\":\"\"}", "{\"na\":\"/\",\"x\":1}", "{\"x\":1}", "{\"unread\":\"bogus\"}",
            "{\"unread\":\"merged\"}", "{\"unread\":\"ambiguous\",\"total\":{\"value\":3,\"cells\":[]}}",
            "{\"unread\":\"merged\",\"total\":{\"value\":3,\"cells\":[\"T3/newlyReceived/total\"]}}",
            "{\"unread\":\"merged\",\"total\":{\"value\":3,\"cells\":[\"T3/a/b\"]}}",
            "{\"unread\":\"merged\",\"total\":{\"value\":1.5}}", "{\"unread\":\"merged\",\"total\":{\"cells\":[1]}}",
            "{\"unread\":\"ambiguous\",\"run\":{\"text\":\"81\",\"piece\":3,\"pieces\":2}}",
            "{\"unread\":\"ambiguous\",\"run\":{\"text\":\"abc\",\"piece\":0,\"pieces\":2}}",
            "{\"unread\":\"ambiguous\",\"run\":{\"text\":\"81\",\"piece\":-1,\"pieces\":2}}",
            "{\"unread\":\"ambiguous\",\"run\":{\"text\":\"81\",\"pieces\":2}}", "{\"unread\":\"ambiguous\",\"run\":3}",
            "{\"unread\":\"ambiguous\",\"zz\":1}", "\"12元\"", "\"12万元\"", "\"abc\"", "\"2022-13-45\"", "2019"};
        for (String document : List.of(SAMPLE, UNREAD, SAMPLE_2019)) {
            Matcher m = Pattern.compile(":(\"[^\"]*\"|-?[0-9]+|\\{\"(?:na|unread)\"[^}]*}+)").matcher(document);
            while (m.find()) {
                for (String value : values) {
                    documents.add(document.substring(0, m.start(1)) + value + document.substring(m.end(1)));
                }
            }
            Matcher names = Pattern.compile("\\{\"").matcher(document);
            while (names.find()) {
                documents.add(document.substring(0, names.start() + 1) + "\"zz\":1," + document.substring(names.end() - 1));
            }
        }
        documents.addAll(List.of("", "[]", "{\"format\":\"gongkai.report\"} {}", "{\"format\":\"gongkai.report\"}",
                SAMPLE.replace("\"edition\":\"2021\"", "\"edition\":\"2019\""),
                SAMPLE.replace("\"version\":1,", ""), SAMPLE.replace("\"narrative\":{}", "\"narrative\":{\"x\":1}")));
        int checked = 0;
        for (String document : documents) {
            ReportJsonException e;
            try {
                ReportJson.standard().read(document);
                continue;
            } catch (ReportJsonException thrown) {
                e = thrown;
            }
            assertEquals(e.problem(), e.problem(Locale.ENGLISH));
            if (e.kind() == Kind.MALFORMED_JSON && e.getCause() != null) {
                continue; // the parser's own explanation, which stays English
            }
            checked++;
            String chinese = e.problem(ZH);
            assertNotEquals(e.problem(), chinese);
            assertFalse(ENGLISH.matcher(QUOTED.matcher(chinese).replaceAll("")).find(), chinese);
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    @Test
    void theModelsExplanationsThatTheReaderKnowsAreSaidInChinese() {
        String[][] cases = {
            {"\"licensing\":{\"decisions\":64}", "\"licensing\":{\"decisions\":{\"na\":\"\"}}",
                "a not-applicable mark must be 1 to 16 characters and not blank, found \"\"",
                "不适用单元格的标记须为 1 至 16 个字符，且不能是空白，实为 \"\""},
            {"\"narrative\":{}", "\"narrative\":{\"overview\":\"a\\u000b\"}",
                "narrative: overview must hold no control character other than TAB, LF and CR, found U+000B at index 1",
                "文字不能含制表符、换行符、回车符以外的控制字符，下标 1 处是 U+000B"},
        };
        for (String[] c : cases) {
            ReportJsonException e = read(edit(SAMPLE, c[0], c[1]));
            assertEquals(c[2], e.problem());
            assertEquals(c[3], e.problem(ZH));
        }
        String run = "{\"unread\":\"ambiguous\",\"run\":{\"text\":\"64 10\",\"piece\":1,\"pieces\":3}}";
        assertTrue(UNREAD.contains(run), "the sample's run changed");
        assertChinese(UNREAD.replace(run, run.replace("\"64 10\"", "\"64  10\"")),
                "a printed run is 1 to 256 characters of ASCII digits in groups separated by single spaces, found"
                        + " \"64  10\"", "印出的连写数字须为 1 至 256 个 ASCII 数字字符，数字组之间以单个空格分隔，实为 \"64  10\"");
        assertChinese(UNREAD.replace(run, run.replace("\"piece\":1", "\"piece\":3")),
                "piece 3 of 3 is not a piece of a run", "第 3 段不是共 3 段的连写数字中的一段");
        assertChinese(UNREAD.replace(run, run.replace("\"pieces\":3", "\"pieces\":9")),
                "'64 10' cannot be cut into 9 numbers", "'64 10' 不能切分成 9 个数");
    }

    private static void assertChinese(String document, String english, String chinese) {
        ReportJsonException e = read(document);
        assertEquals(english, e.problem());
        assertEquals(chinese, e.problem(ZH));
    }

    @Test
    void jsonThatIsNotWellFormedIsExplainedByTheParserInItsOwnWords() {
        ReportJsonException e = read("{\"format\":");
        assertEquals(Kind.MALFORMED_JSON, e.kind());
        assertTrue(e.problem().startsWith("malformed JSON: Unexpected end-of-input"), e.problem());
        assertEquals("解析器的说明：" + e.problem().substring("malformed JSON: ".length()), e.problem(ZH));
    }

    @Test
    void aProblemGivenToTheConstructorIsTheSameInEveryLanguage() {
        ReportJsonException e = new ReportJsonException(Kind.INVALID_VALUE, "/x", "bad {0} value", null, null);
        assertEquals("bad {0} value", e.problem(ZH));
        assertEquals("bad {0} value", e.problem());
        assertEquals("/x：格式不允许这个值（bad {0} value）", e.message(ZH));
        assertEquals(e.problem(ZH), e.atLine(3).problem(ZH));
    }

    @Test
    void aProblemKeepsItsLanguagesOnALineOfJsonLines() {
        String line = SAMPLE.replace("\"decisions\":64", "\"decisions\":-64");
        JsonLines.Failed failed = (JsonLines.Failed) ReportJson.standard().lines().read(new StringReader(line + "\n\n"))
                .toList().get(0);
        assertEquals("计数不能是负数，实为 -64", failed.error().problem(ZH));
        JsonLines.Failed empty = (JsonLines.Failed) ReportJson.standard().lines()
                .read(new StringReader(SAMPLE + "\n \n" + SAMPLE)).toList().get(1);
        assertEquals("expected a report document, found an empty line", empty.error().problem());
        assertEquals("应为一份报告的文档，实为空行", empty.error().problem(ZH));
    }

    @Test
    void everyTextHasChineseWordsOfItsOwn() throws Exception {
        Properties english = file("JsonMessages.properties");
        Properties chinese = file("JsonMessages_zh.properties");
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String zh = chinese.getProperty(key);
            if (!key.equals("token.VALUE_NULL")) {
                assertNotEquals(english.getProperty(key), zh, key);
            }
            assertFalse(ENGLISH.matcher(QUOTED.matcher(zh).replaceAll("")).find(), key + "=" + zh);
        }
    }

    @Test
    void aBraceThatIsNoPlaceholderIsText() {
        assertEquals("a not-applicable cell is {\"na\": mark}, such as {\"na\": \"/\"}",
                JsonTexts.text(Locale.ENGLISH, "has.notApplicable"));
        assertEquals("应为{x}，实为{} {0}", JsonTexts.text(ZH, "problem.expected", "{x}", "{} {0}"));
    }

    private static Properties file(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = JsonTexts.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static ReportJsonException read(String document) {
        return assertThrows(ReportJsonException.class, () -> ReportJson.standard().read(document));
    }

    private static String edit(String document, String from, String to) {
        String edited = document.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertNotEquals(document, edited, "edit did not apply: " + from);
        return edited;
    }
}
