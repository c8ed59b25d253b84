package io.github.gongkai.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gongkai.cli.GongkaiCli;
import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;

/**
 * Coverage-guided fuzzing of the CLI's output path: hostile reports (any organ name and source, any
 * placeholder text, extreme numbers and amounts) built in code, written as JSON, read by {@code convert -}
 * from standard input and written to standard output as JSON, JSON Lines and CSV cells.
 *
 * <p>The contract checked: a report the model accepts converts with exit code 0 to output that is strictly
 * well-formed UTF-8 and reads back to the same report (JSON, JSON Lines) or to one CSV row per cell with
 * sixteen fields, whose text fields a spreadsheet cannot run as formulas and whose organ field gives back the
 * organ name. In a normal build this replays the seeds in {@code src/test/resources/.../CliOutputFuzzTestInputs/}.
 *
 * <p>The data is bent towards reports the model accepts (what it refuses, a control character in a name, a
 * negative amount, is its own tests' business): a harness whose reports the model refused would check nothing,
 * and {@link #someReportWasBuilt()} fails the class if none was built.
 */
class CliOutputFuzzTest {

    private static final ReportJson JSON = ReportJson.standard();
    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    /** Reports built from the data, over every run of the class. */
    private static final AtomicInteger BUILT = new AtomicInteger();

    @AfterAll
    static void someReportWasBuilt() {
        assertTrue(BUILT.get() > 0, "no fuzz input built a report: the fuzz tests checked nothing");
    }

    @FuzzTest(maxDuration = "30s")
    void convertToJson(FuzzedDataProvider data) {
        Report report = hostileReport(data);
        if (report == null) {
            return;
        }
        String out = convert(JSON.write(report), "json");
        assertEquals(report, JSON.read(out));
    }

    @FuzzTest(maxDuration = "30s")
    void convertToJsonLines(FuzzedDataProvider data) {
        Report report = hostileReport(data);
        if (report == null) {
            return;
        }
        String json = JSON.write(report);
        String out = convert(json + "\n" + json + "\n", "jsonl");
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        for (String line : lines) {
            assertEquals(report, JSON.read(line));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void convertToCells(FuzzedDataProvider data) {
        Report report = hostileReport(data);
        if (report == null) {
            return;
        }
        String out = convert(JSON.write(report), "cells");
        List<List<String>> rows = Csv.parse(out);
        assertEquals(1 + report.cells().size(), rows.size(), "a header and a row per cell");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(16, row.size(), row.toString());
            for (int field : new int[] {0, 1, 5, 9, 15}) { // source, organ, label, raw, printed
                String text = row.get(field);
                assertTrue(!FORMULA.matcher(text).matches() || text.startsWith("'")
                        || PLAIN_NUMBER.matcher(text).matches(), "unguarded formula: " + text);
            }
            assertEquals(report.header().organName(), unguard(row.get(1)));
        }
    }

    /** Drops the quote the CSV guard adds; the inverse documented in the CLI README. */
    private static String unguard(String field) {
        return field.startsWith("'") && FORMULA.matcher(field).matches() ? field.substring(1) : field;
    }

    private static String convert(String input, String to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = GongkaiCli.run(new String[] {"convert", "--lang", "en", "--to", to, "-", "-o", "-"},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return strictUtf8(out.toByteArray());
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("output is not well-formed UTF-8", e);
        }
    }

    /** A report from fuzz data, or null when the model rejects what the data asks for (that is its job). */
    private static Report hostileReport(FuzzedDataProvider data) {
        Edition edition = data.consumeBoolean() ? Edition.V2021 : Edition.V2019;
        try {
            Report.Builder builder = Report.builder(edition).organName(orElse(line(text(data, 64)), "某县人民政府"))
                    .reportYear(data.consumeInt(2008, 2100)).source(orElse(line(text(data, 64)), "https://x.gov.cn/a"));
            List<CellRef> cells = CellRef.all(edition);
            int count = data.consumeInt(0, 12);
            for (int i = 0; i < count; i++) {
                CellRef cell = data.pickValue(cells);
                builder.set(cell, value(data));
            }
            Report report = builder.build();
            BUILT.incrementAndGet();
            return report;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * The text without what no single line of a report may hold (control characters, unpaired surrogates); formula
     * starts, quotes, commas, bidi marks, astral and CJK characters stay.
     */
    private static String line(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String orElse(String text, String fallback) {
        return text.isBlank() ? fallback : text;
    }

    private static CellValue value(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 4)) {
            case 0:
                return CellValue.count(data.consumeLong(0, Long.MAX_VALUE));
            case 1:
                return CellValue.signedCount(data.consumeLong());
            case 2:
                return CellValue.amount(new BigDecimal(data.consumeLong(0, Long.MAX_VALUE))
                        .movePointLeft(data.consumeInt(0, 4)),
                        data.pickValue(AmountUnit.values()));
            case 3:
                return CellValue.notApplicable(orElse(line(text(data, 8)).strip(), "—"));
            default:
                return CellValue.blank();
        }
    }

    /**
     * Any UTF-16 text: pieces of valid text and single chars of any value, so that unpaired surrogates,
     * controls and bidi overrides come up as often as CJK text.
     */
    private static String text(FuzzedDataProvider data, int maxLength) {
        StringBuilder text = new StringBuilder();
        while (text.length() < maxLength && data.remainingBytes() > 0 && data.consumeBoolean()) {
            if (data.consumeBoolean()) {
                text.append(data.consumeString(maxLength - text.length()));
            } else {
                text.append(data.consumeChar());
            }
        }
        return text.toString();
    }

    /** RFC 4180, as the CLI writes it: fields quoted when they hold a comma, quote or line break. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    field.append(c);
                }
            }
            assertTrue(!quoted && field.length() == 0 && row.isEmpty(), "the CSV ends with a whole row");
            return rows;
        }
    }
}
