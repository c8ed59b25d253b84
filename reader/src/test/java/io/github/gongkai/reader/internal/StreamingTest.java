package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A page read in one pass over kept tokens and the same page read in two passes that make the tokens anew and
 * skip what they need not make (as pages over {@link ReadSettings#KEPT_PAGE_CHARS} characters are read) give
 * the same result, or the same exception: for every page of the corpus and the fixtures, read as each format,
 * for mutated copies of them, and for pages with a great deal added after, inside and before their tables.
 */
class StreamingTest {

    private static final ReadSettings KEPT = new ReadSettings(20, 200_000, Integer.MAX_VALUE);
    private static final int MUTATIONS = 15;
    private static final ReadSettings STREAMED = new ReadSettings(20, 200_000, 0);
    private static final String[] PAGES = {"corpus/000_5f5cda31151d78ea.txt", "corpus/002_shanghai_office_2025.md",
        "corpus/005_pingtan_2022.txt", "corpus/009_pingtan_2019.txt", "fixtures/glued_2021.txt",
        "fixtures/text_2019.txt", "fixtures/markdown_split_2021.md", "fixtures/html_2021_rowspan.html",
        "fixtures/html_2021_subtotals.html", "fixtures/content/prose_fees_text.txt", "fixtures/content/prose_fees_html.html",
        "fixtures/content/prose_disagrees.md", "fixtures/content/html_saved_as_text.txt"};
    /** What mutations insert: numbers, labels, headings, footers, bars, what folds, what the lexer splits. */
    private static final String[] INSERTS = {"0", "12", "1 2 3", "-5", "/", "无", "是", "第3项，", "— 5 —", "第 2 页",
        "| 1 | 2 |", "| |", "|---|---|", "一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        "四、政府信息公开行政复议、行政诉讼情况", "发出收费通知的件数为3件", "总金额", "实际收取的总金额为5元", "１２",
        "\u3000", "（三）不予公开", "本年新收政府信息公开申请数量", "<p>7</p>", "<td>8</td>", "<tr><td>9</td></tr>",
        "本年制发件数", "2.其他法律行政法规禁止公开", "二、主动公开政", "府信息情况", "四、政府信息公开行政", "复议、行政诉讼情况",
        "五、存在的", "主要问题及改进情况", "五、存在的主要问题", "及改进情况", "六、其他需", "要报告的事项"};
    /** Headings broken over two lines, at places where the first line holds none of the heading's words. */
    private static final String[][] BROKEN = {{"二、主动公开政府信息情况", "二、主动公开政\n府信息情况"},
        {"四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政\n复议、行政诉讼情况"},
        {"五、存在的主要问题及改进情况", "五、存在的\n主要问题\n及改进情况"}, {"六、其他需要报告的事项", "六、其他需\n要报告的事项"}};

    @Test
    void everyPageReadsTheSameKeptOrStreamed() throws IOException {
        SplittableRandom random = new SplittableRandom(20261202);
        int cases = 0;
        for (String name : PAGES) {
            String page = Files.readString(Path.of("src/test/resources").resolve(name), StandardCharsets.UTF_8);
            List<String> variants = new ArrayList<>(List.of(page));
            for (int i = 0; i < MUTATIONS; i++) {
                variants.add(mutate(page, random));
            }
            variants.add(page + "\n" + "123\n".repeat(1000));
            variants.add(page + "\n" + "| 1 | 2 | 3 |\n".repeat(1000));
            variants.add(page + "\n" + "<p>7</p>\n".repeat(1000));
            variants.add(page.replace("四、", "\n" + "7\n".repeat(1000) + "四、"));
            variants.add(page.replace("二、", "\n" + "8 9\n".repeat(1000) + "二、"));
            String broken = page;
            for (String[] b : BROKEN) {
                broken = broken.replace(b[0], b[1]);
            }
            variants.add(broken);
            variants.add(broken.replace("五、存在的", "\n" + "7\n".repeat(100) + "五、存在的"));
            if (name.startsWith("corpus/000")) {
                // Past the narrative kept: lines taken without their tokens, then a heading again.
                variants.add(page + "\n" + "是\n0\n".repeat(30_000) + "五、存在的问题\n1\n2\n");
                // Fee sentences before and past the narrative kept: only those before are read, kept or streamed.
                variants.add(page + "\n收取信息处理费共计380元。\n" + "是\n0\n".repeat(30_000)
                        + "未收取信息处理费。\n本年度共收取信息处理费5元。\n");
            }
            for (String v : variants) {
                for (SourceFormat format : List.of(SourceFormat.TEXT, SourceFormat.MARKDOWN, SourceFormat.HTML)) {
                    assertEquals(outcome(v, format, KEPT), outcome(v, format, STREAMED), name + " as " + format);
                    cases++;
                }
            }
        }
        assertEquals((PAGES.length * (1 + MUTATIONS + 7) + 2) * 3, cases);
    }

    private static String mutate(String page, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.add(at, INSERTS[random.nextInt(INSERTS.length)]);
                case 3 -> lines.set(at, lines.get(at) + INSERTS[random.nextInt(INSERTS.length)]);
                default -> {
                    String block = String.join("\n", java.util.Collections.nCopies(50 + random.nextInt(500),
                            INSERTS[random.nextInt(INSERTS.length)]));
                    lines.add(at, block);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** The result, or the exception, as text: {@code ReadResult.toString} names every cell and warning. */
    private static String outcome(String page, SourceFormat format, ReadSettings settings) {
        try {
            ReadResult r = Engine.read(page, format, settings, 200_000);
            return r.report() + "\n" + r.reading() + "\n" + r.reading().cellsRead() + "\n" + r.reading().blankCells();
        } catch (ReportReadException e) {
            return e.reason() + ": " + e.getMessage();
        }
    }
}
