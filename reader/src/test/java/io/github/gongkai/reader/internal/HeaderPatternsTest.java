package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link HeaderPatterns} against the regular expressions it stands for, which this test keeps as the oracle: on
 * lines of real headers and on seeded lines made of the patterns' own words, digits and separators, where a
 * search that starts or stops one character off gives another answer.
 */
class HeaderPatternsTest {

    private static final Pattern TITLE = Pattern.compile(
            "^(.*?)((?:19|20)\\d{2})年度?(.*?)政府信息公开(?:工作)?(?:年度)?报告", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile(
            "(?:发布时间|发布日期|成文日期|时间|日期)[:]?((?:19|20)\\d{2})[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})年1月1日");

    /** The pieces seeded lines are made of: every word and character the patterns test, and a few they do not. */
    private static final String[] PIECES = {
        "19", "20", "2021", "1999", "2", "0", "1", "9", "12", "05", "123", "年", "度", "年度", "月", "日", "1月1日",
        "年1月1日", "政府信息公开", "政府信息", "公开", "工作", "报告", "工作报告", "年度报告", "时间", "日期", "发布",
        "发布时间", "发布日期", "成文日期", "时", "间", ":", "-", "/", ".", "凉山州", "局", "x", "\n", "\u2028",
        "\uD840\uDC00", "０",
    };

    @Test
    void aTitleIsFoundAsTheExpressionFindsIt() {
        assertTitle("凉山州经济和信息化局2021年政府信息公开工作年度报告");
        assertTitle("2021年度凉山州政府信息公开工作年度报告");
        assertTitle("2021年度政府信息公开报告");
        assertTitle("首页2019年报2020年某局政府信息公开报告");
        assertTitle("2021年政府信息公开工作2022年政府信息公开报告");
        assertNull(HeaderPatterns.title("2021年政府信息公开工作"), "no 报告");
        assertNull(HeaderPatterns.title("2021政府信息公开工作年度报告"), "no 年 after the year");
        assertNull(HeaderPatterns.title("21年政府信息公开报告"));
        assertNull(HeaderPatterns.title("2021年"));
    }

    @Test
    void aDateIsFoundAsTheExpressionFindsIt() {
        assertArrayEquals(new int[] {2022, 1, 26}, HeaderPatterns.date("来源:州经信局时间:2022年01月26日"));
        assertArrayEquals(new int[] {2023, 3, 1}, HeaderPatterns.date("发布日期:2023-3-1"));
        assertArrayEquals(new int[] {2020, 12, 31}, HeaderPatterns.date("时间:2022年发布日期2020/12/31"),
                "the first word a date follows");
        assertNull(HeaderPatterns.date("时间:2022年123月1日"), "three digits of a month");
        assertNull(HeaderPatterns.date("时间::2022年1月1日"));
        assertNull(HeaderPatterns.date("时间2022年"));
        for (String line : List.of("来源:州经信局时间:2022年01月26日", "成文日期2019.7.08号", "时间2021-1-", "日期20201-1-1")) {
            assertDate(line);
        }
    }

    @Test
    void thePeriodsYearIsFoundAsTheExpressionFindsIt() {
        assertEquals(2021, HeaderPatterns.periodYear("统计期限自2021年1月1日起至2021年12月31日止"));
        assertEquals(2020, HeaderPatterns.periodYear("自21年1月1日或2020年1月1日"));
        assertEquals(-1, HeaderPatterns.periodYear("年1月1日"));
        assertEquals(-1, HeaderPatterns.periodYear("自2021年1月2日"));
    }

    @Test
    void theHeadLinesOfRealPagesAreReadAsTheExpressionsReadThem() throws IOException {
        int lines = 0;
        for (Path page : realPages()) {
            Page text = Sources.text(Files.readString(page, StandardCharsets.UTF_8), false);
            text.tokens();
            HeadLines head = text.head();
            for (int i = 0; i < head.size(); i++, lines++) {
                String folded = Text.fold(head.get(i));
                assertAsTheExpressions(head.get(i));
                assertAsTheExpressions(folded);
                if (i + 1 < head.size()) {
                    assertAsTheExpressions(folded + Text.fold(head.get(i + 1)));
                }
            }
        }
        assertTrue(lines > 100, "real head lines read: " + lines);
    }

    /**
     * Each part of a title, a date and a period, in turn: as the pattern wants it, or one character off (a year of
     * two or five digits, a month of three, a word cut short), so that most seeded lines nearly match.
     */
    private static final String[][] NEAR_MATCHES = {
        {"", "凉山州", "首页>", "2019年报"}, {"时间", "日期", "发布时间", "成文日期", "发布", "时", ""},
        {"", ":", "::"}, {"2021", "1999", "21", "20211", "2０21", "1899"}, {"年", "-", "/", ".", "月", "", "年度"},
        {"1", "12", "123", "", "05"}, {"月", "-", "/", ".", "日", ""}, {"1", "26", "", "x", "100"},
        {"政府信息公开", "政府信息", "公开", ""}, {"工作", "年度", "工作年度", "", "工"}, {"报告", "报", "年度报告", ""},
        {"年1月1日", "年1月2日", "1月1日", ""},
    };

    @Test
    void seededLinesOfThePatternsWordsAreReadAsTheExpressionsReadThem() {
        Random random = new Random(20261206L);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertAsTheExpressions(line.toString());
        }
    }

    @Test
    void seededNearMatchesAreReadAsTheExpressionsReadThem() {
        Random random = new Random(6122026L);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int segment = 1 + random.nextInt(3); segment > 0; segment--) {
                for (String[] part : NEAR_MATCHES) {
                    line.append(random.nextInt(8) == 0 ? PIECES[random.nextInt(PIECES.length)]
                            : part[random.nextInt(part.length)]);
                }
            }
            assertAsTheExpressions(line.toString());
        }
    }

    private static void assertAsTheExpressions(String line) {
        assertTitle(line);
        assertDate(line);
        Matcher period = PERIOD.matcher(line);
        assertEquals(period.find() ? Integer.parseInt(period.group(1)) : -1, HeaderPatterns.periodYear(line), line);
    }

    private static void assertTitle(String line) {
        Matcher m = TITLE.matcher(line);
        HeaderPatterns.Title t = HeaderPatterns.title(line);
        if (!m.find()) {
            assertNull(t, line);
            return;
        }
        assertEquals(new HeaderPatterns.Title(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), t, line);
    }

    private static void assertDate(String line) {
        Matcher m = DATE.matcher(line);
        int[] d = HeaderPatterns.date(line);
        if (!m.find()) {
            assertNull(d, line);
            return;
        }
        assertArrayEquals(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))}, d, line);
    }

    /** The text and Markdown pages of this module's tests: its fixtures and its copy of the corpus. */
    private static List<Path> realPages() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).forEach(pages::add);
        }
        return pages;
    }
}
