package io.github.gongkai.cli;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Inputs for the CLI tests, written into a temporary directory. */
final class Fixtures {

    private Fixtures() {
    }

    static String samplePage() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/pages/liangshan-2021.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample page as published. */
    static Path sample(Path dir) throws IOException {
        return Files.writeString(dir.resolve("liangshan-2021.txt"), samplePage());
    }

    /**
     * The sample page with 一、本年新收 / 自然人 printed 5 instead of 0: breaks that row's total and the column's
     * balance, which cross at the cell.
     */
    static Path broken(Path dir) throws IOException {
        List<String> lines = new ArrayList<>(samplePage().lines().toList());
        int label = lines.indexOf("一、本年新收政府信息公开申请数量");
        int cell = label + 1;
        while (lines.get(cell).isBlank()) {
            cell++;
        }
        if (!lines.get(cell).equals("0")) {
            throw new IllegalStateException("unexpected sample layout at line " + (cell + 1));
        }
        lines.set(cell, "5");
        return Files.writeString(dir.resolve("liangshan-2021-broken.txt"), String.join("\n", lines));
    }

    /** The sample page with one cell of table 二's 规章 row lost, as converters lose cells. */
    static Path lostCell(Path dir) throws IOException {
        List<String> lines = new ArrayList<>(samplePage().lines().toList());
        int label = lines.indexOf("规章");
        int cell = label + 1;
        while (lines.get(cell).isBlank()) {
            cell++;
        }
        lines.remove(cell);
        return Files.writeString(dir.resolve("liangshan-2021-lost-cell.txt"), String.join("\n", lines));
    }

    /**
     * The sample as report JSON (version 2) with cells not read, as a reader leaves them: the seven cells of
     * 一、本年新收 glued into {@code 8100008} (inconsistent), the three （六） rows' totals printed as one 5 (merged),
     * 行政许可 ambiguous; and, to tell the statuses apart, 规章 / 本年制发件数 blank and 本年废止件数 {@code /}.
     */
    static Path unread(Path dir) throws IOException {
        Report.Builder b = ReportReader.standard().read(samplePage()).report().toBuilder();
        List<CellRef> row = CellRef.all(Edition.V2021).stream()
                .filter(c -> c.row() == ApplicationRow.NEWLY_RECEIVED).toList();
        for (int i = 0; i < row.size(); i++) {
            b.set(row.get(i), CellValue.unread(UnreadReason.INCONSISTENT, PrintedRun.of("8100008", i, row.size())));
        }
        PrintedTotal total = PrintedTotal.of(5, List.of(CellRef.parse("T3/otherDisposal.correctionOverdue/total"),
                CellRef.parse("T3/otherDisposal.feeUnpaid/total"), CellRef.parse("T3/otherDisposal.other/total")));
        total.cells().forEach(cell -> b.set(cell, CellValue.merged(total)));
        b.set(CellRef.parse("T2/licensing/decisions"), CellValue.unread(UnreadReason.AMBIGUOUS));
        b.set(CellRef.parse("T2/rules/issued"), CellValue.blank());
        b.set(CellRef.parse("T2/rules/repealed"), CellValue.notApplicable("/"));
        return Files.writeString(dir.resolve("liangshan-2021-unread.json"), ReportJson.standard().write(b.build()));
    }

    /**
     * The sample as report JSON with three applications by natural persons, all disclosed, and （一）予以公开's 总计
     * left blank, as some organs leave the total column of the outcome rows: that row's total and the 总计 column's
     * outcome total cannot be checked, which is no error.
     */
    static Path blankTotal(Path dir) throws IOException {
        Report.Builder b = ReportReader.standard().read(samplePage()).report().toBuilder();
        for (String cell : List.of("newlyReceived/naturalPerson", "newlyReceived/total", "disclosed/naturalPerson",
                "outcomeTotal/naturalPerson", "outcomeTotal/total")) {
            b.set(CellRef.parse("T3/" + cell), CellValue.count(3));
        }
        b.set(CellRef.parse("T3/disclosed/total"), CellValue.blank());
        return Files.writeString(dir.resolve("liangshan-2021-blank-total.json"), ReportJson.standard().write(b.build()));
    }

    /**
     * The sample as report JSON with what the exports must keep apart: 实际收取的总金额 an amount printed
     * {@code 0.00} 万元 (and 现行有效件数 the count {@code 0}, as published), and an organ name a spreadsheet would run as
     * a formula, with a comma and a quote in it.
     */
    static Path exports(Path dir) throws IOException {
        Report report = ReportReader.standard().read(samplePage()).report().toBuilder()
                .organName("=HYPERLINK(\"http://x\",\"局\")")
                .set(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                        CellValue.amount(new BigDecimal("0.00"), AmountUnit.TEN_THOUSAND_YUAN))
                .build();
        return Files.writeString(dir.resolve("exports.json"), ReportJson.standard().write(report));
    }

    /** A file that is no report at all. */
    static Path unreadable(Path dir) throws IOException {
        return Files.writeString(dir.resolve("notice.txt"), "关于做好春节期间安全生产工作的通知\n各科室：\n请做好值班安排。\n");
    }

    /**
     * A small corpus: the sample page, the same organ's 2022 report as JSON whose 上年结转 does not match 2021's
     * 结转下年度 (carry-over broken), a JSON Lines file with one good and one bad line, and a non-report.
     */
    static Path corpus(Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        sample(corpus);
        Report sample = ReportReader.standard().read(samplePage()).report();
        Report next = sample.toBuilder().reportYear(2022).source(null)
                .set(CellRef.of(ApplicationRow.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON), CellValue.count(2))
                .set(CellRef.of(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL), CellValue.count(2))
                .set(CellRef.of(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON), CellValue.count(2))
                .set(CellRef.of(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.TOTAL), CellValue.count(2))
                .set(CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON), CellValue.count(2))
                .set(CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL), CellValue.count(2))
                .build();
        ReportJson json = ReportJson.standard();
        Files.writeString(corpus.resolve("liangshan-2022.json"), json.write(next));
        Path sub = Files.createDirectories(corpus.resolve("more"));
        Files.writeString(sub.resolve("lines.jsonl"), json.write(sample.toBuilder().organName("另一个局").build())
                + "\n{\"format\":\"gongkai.report\",\"version\":1,\"edition\":\"2021\"}\n");
        unreadable(corpus);
        Files.writeString(corpus.resolve("README.odt"), "not read: unknown extension");
        return corpus;
    }

    /**
     * The sample report for {@code count} organs and years (997 organs, four years from 2021), as a JSON Lines
     * file: a corpus large enough for batch's carry-over state to be spilled to disk.
     */
    static Path manyReports(Path file, int count) throws IOException {
        Report sample = ReportReader.standard().read(samplePage()).report();
        ReportJson json = ReportJson.standard();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                out.write(json.write(sample.toBuilder().organName("第" + (i % 997) + "局")
                        .reportYear(2021 + i / 997 % 4).build()));
                out.write('\n');
            }
        }
        return file;
    }
}
