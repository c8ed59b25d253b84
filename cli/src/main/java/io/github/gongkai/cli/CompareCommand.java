package io.github.gongkai.cli;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportComparison;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gongkai compare A B}: two reports year against year ({@link ReportComparison}) and the findings of
 * the rules over consecutive years.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two reports year against year: every cell both editions have, with last year's "
                + "value, this year's, the change and the ratio; the cells that cannot be compared and why; the "
                + "narratives' similarity; and the findings of the rules over consecutive years of one organ "
                + "(SET.CARRY_OVER, SET.IN_FORCE_STOCK, SET.YEAR_RATIO, SET.REPEATED_REPORT). The earlier year is "
                + "taken as last year, whichever file comes first."},
        footer = {"", "Examples:",
                "  gongkai compare report-2022.txt report-2023.pdf",
                "  gongkai compare --format json a.json b.json",
                "  gongkai compare --format csv a.html b.html -o out/compare.csv",
                "  gongkai compare --lang zh a.pdf b.pdf --html b.html",
                "", "Exit codes: 0 no finding with ERROR severity, 1 a finding with ERROR severity (the rules over "
                + "years are warnings unless --rules makes them errors), 2 input that could not be read or a wrong "
                + "command line, 3 the run stopped (out of memory, an output not writable): no output file was "
                + "replaced."})
final class CompareCommand implements Callable<Integer> {

    /** The columns of {@code --format csv}: one row per cell of either edition. */
    static final List<ExportColumn> COLUMNS = List.of(
            ExportColumn.key("cell", "The cell, TABLE/ROW/COLUMN."),
            ExportColumn.text("label", "The cell's official Chinese label, in the later report's edition where it has "
                    + "the cell."),
            ExportColumn.key("status", "compared, or why not: onlyInPreviousEdition, onlyInCurrentEdition, noNumber, "
                    + "notRead, units.", "compared", "onlyInPreviousEdition", "onlyInCurrentEdition", "noNumber",
                    "notRead", "units"),
            ExportColumn.text("previous", "Last year's value as printed; empty if blank or its edition has no such "
                    + "cell."),
            ExportColumn.text("current", "This year's value as printed; empty if blank or its edition has no such "
                    + "cell."),
            ExportColumn.number("delta", ExportColumn.Type.NUMBER, "This year minus last year, amounts in yuan where "
                    + "a unit is known; empty if not compared."),
            ExportColumn.number("ratio", ExportColumn.Type.NUMBER, "This year divided by last year, 4 decimal places; "
                    + "empty if not compared or last year is 0."));

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    TableOutputOptions output = new TableOutputOptions();

    @Option(names = "--html", paramLabel = "OUT.html",
            description = "Also write the later report's checked page, with a section comparing it with the earlier "
                    + "one: what the pair does not allow, and the findings of the rules over years.")
    Path html;

    @Parameters(paramLabel = "FILE", index = "0", arity = "2", descriptionKey = "files",
            description = "The two reports: pages (.txt, .html, .md, .pdf, .docx, .doc), report JSON or a JSON "
                    + "Lines file of one report each.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        Lang lang = common.lang();
        refuseOptionsThatDoNotApply(lang);
        refuseOneFileTwice(lang);
        ReportValidator validator = common.validator();
        DataPackage dataPackage = output.check(lang, files);
        Inputs inputs = new Inputs(lang, GongkaiCli.standardInput(spec));
        List<Loaded.Read> read = new ArrayList<>();
        List<Loaded.Unreadable> unreadable = new ArrayList<>();
        for (Path file : files) {
            loadOneReport(inputs, file, lang, unreadable).ifPresent(read::add);
        }
        if (!unreadable.isEmpty()) {
            printUnreadable(unreadable, lang);
            return GongkaiCli.UNREADABLE;
        }
        Loaded.Read previous = read.get(0);
        Loaded.Read current = read.get(1);
        if (previous.report().header().reportYear() > current.report().header().reportYear()) {
            previous = read.get(1);
            current = read.get(0);
        }
        ReportComparison comparison = ReportComparison.of(previous.report(), current.report());
        List<Finding> findings = yearFindings(validator, previous.report(), current.report());
        writeComparison(previous, current, comparison, findings, dataPackage, lang);
        if (html != null) {
            HtmlPages.writeWithLastYear(html, "--html", files, current, validator.validate(current.report()),
                    comparison, findings, lang);
            spec.commandLine().getErr().println(lang.t("页面：", "page: ") + Display.path(html));
        }
        boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.isFailed());
        return error ? GongkaiCli.INVALID : GongkaiCli.VALID;
    }

    /**
     * Refuses, before anything is read, a page to standard output (it carries the comparison) or to a place it
     * cannot be written.
     */
    private void refuseOptionsThatDoNotApply(Lang lang) {
        if (Output.isStandard(html)) {
            throw new OperatorException(lang.t("--html -：标准输出用于比较结果；请指定文件",
                    "--html -: standard output carries the comparison; name a file"));
        }
        if (html != null) {
            OutputFormats.require("--html", html, HtmlPages.EXTENSIONS);
            Output.checkWritable(html, "--html", files);
        }
    }

    /**
     * Refuses, before anything is read, one file given for both years (the same path, the same file by another path
     * or a link, standard input twice): it would be compared with itself, as one year against the same year.
     */
    private void refuseOneFileTwice(Lang lang) {
        Path first = files.get(0);
        Path second = files.get(1);
        boolean bothStandard = Output.isStandard(first) && Output.isStandard(second);
        boolean samePath = !Output.isStandard(first) && !Output.isStandard(second)
                && first.toAbsolutePath().normalize().equals(second.toAbsolutePath().normalize());
        if (!bothStandard && !samePath && !Output.sameFile(first, second)) {
            return;
        }
        String as = first.toString().equals(second.toString()) ? ""
                : lang.t("（与 ", " (the same file as ") + Display.path(first) + lang.t(" 相同）", ")");
        throw new OperatorException(Display.path(second) + as + lang.t("：同一个文件给了两次；compare 比较两份报告，每个年度一份",
                ": the same file given twice; compare takes two reports, one for each year"));
    }

    /**
     * The one report of a file, if it was read: the lines of a JSON Lines file that cannot be read are added to
     * {@code unreadable} (each naming its line) and not counted as reports. A file of several reports is refused.
     */
    private static Optional<Loaded.Read> loadOneReport(Inputs inputs, Path file, Lang lang,
            List<Loaded.Unreadable> unreadable) {
        List<Loaded.Read> first = new ArrayList<>(1);
        long[] reports = {0};
        inputs.load(file, loaded -> {
            if (loaded instanceof Loaded.Read read) {
                if (reports[0]++ == 0) {
                    first.add(read); // keep one only: a JSON Lines corpus given by mistake is counted, not held
                }
            } else {
                unreadable.add((Loaded.Unreadable) loaded);
            }
        });
        if (reports[0] > 1) {
            throw new OperatorException(Display.path(file) + ": " + lang.t("含有 " + reports[0]
                    + " 份报告；compare 每个文件只比较一份", "holds " + reports[0]
                    + " reports; compare takes one report per file"));
        }
        return first.stream().findFirst();
    }

    /** Lists the inputs that could not be read, on standard output: with one of them, nothing is compared. */
    private void printUnreadable(List<Loaded.Unreadable> unreadable, Lang lang) {
        PrintWriter out = spec.commandLine().getOut();
        FindingsText text = new FindingsText(out, lang, false);
        unreadable.forEach(text::unreadable);
        out.flush();
    }

    /**
     * Writes the comparison in the format asked, to {@code -o} (replaced only once it is complete) or standard
     * output; a CSV file gets its {@code datapackage.json} after it is committed.
     */
    private void writeComparison(Loaded.Read previous, Loaded.Read current, ReportComparison comparison,
            List<Finding> findings, DataPackage dataPackage, Lang lang) throws IOException {
        try (Output sink = Output.to(output.file, "-o", files, spec.commandLine().getOut())) {
            PrintWriter out = new PrintWriter(sink.writer());
            switch (output.format) {
                case json -> out.println(FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                        json(previous, current, comparison, findings, lang)));
                case csv -> csv(out, comparison, output.excel);
                default -> text(out, previous, current, comparison, findings, lang);
            }
            out.flush();
            sink.commit();
            if (dataPackage != null) {
                dataPackage.write(output.file, COLUMNS, List.of("cell"), output.excel);
            }
        }
    }

    /** The findings of the rules over several reports, for the two reports as a set: earlier at 0, later at 1. */
    static List<Finding> yearFindings(ReportValidator validator, Report previous, Report current) {
        return validator.validate(ReportSet.of(List.of(previous, current))).findings().stream()
                .filter(f -> Rule.fromId(f.rule().toString()).map(r -> r.scope() == Rule.Scope.REPORT_SET)
                        .orElse(false)).toList();
    }

    /** What each limit prevents, in words. */
    static String limit(ReportComparison.Limit limit, ReportComparison c, Lang lang) {
        return switch (limit) {
            case DIFFERENT_ORGANS -> lang.t("机关不同（" + c.previous().organName() + "、" + c.current().organName()
                    + "）：不适用同一机关跨年度的规则", "different organs (" + c.previous().organName() + ", "
                    + c.current().organName() + "): the rules over one organ's years do not apply");
            case NOT_CONSECUTIVE_YEARS -> c.previous().reportYear() == c.current().reportYear()
                    ? lang.t("同一年度（" + c.current().reportYear() + "）的两份报告：不核对结转、现行有效件数、倍数变化和重复报告，"
                    + "只列出数字的变化", "the same year twice (" + c.current().reportYear() + "): carry-over, stock, "
                    + "ratio and repeat are not checked; the changes are only listed")
                    : lang.t("年度不相邻（" + c.previous().reportYear() + "、"
                    + c.current().reportYear() + "）：不核对结转、现行有效件数、倍数变化和重复报告，只列出数字的变化",
                    "years not consecutive (" + c.previous().reportYear() + ", " + c.current().reportYear()
                    + "): carry-over, stock, ratio and repeat are not checked; the changes are only listed");
            case DIFFERENT_EDITIONS -> lang.t("格式版本不同（" + c.previous().edition().key() + "年版、"
                    + c.current().edition().key() + "年版）：只在一个版本中有的单元格不比较；不核对现行有效件数"
                    + "（2019年版没有本年废止件数、现行有效件数）；表格不可能完全相同",
                    "different editions (" + c.previous().edition().key() + ", " + c.current().edition().key()
                    + "): cells of one edition only are not compared; the stock of documents in force is not checked "
                    + "(the 2019 edition has no repealed or in-force column); the tables cannot be identical");
        };
    }

    /** A reason's key in the JSON and the CSV. */
    static String key(ReportComparison.Reason reason) {
        return switch (reason) {
            case ONLY_IN_PREVIOUS_EDITION -> "onlyInPreviousEdition";
            case ONLY_IN_CURRENT_EDITION -> "onlyInCurrentEdition";
            case NO_NUMBER -> "noNumber";
            case NOT_READ -> "notRead";
            case UNITS -> "units";
        };
    }

    private static String words(ReportComparison.Reason reason, ReportComparison c, Lang lang) {
        return switch (reason) {
            case ONLY_IN_PREVIOUS_EDITION -> lang.t("只在" + c.previous().edition().key() + "年版中有",
                    "only in the " + c.previous().edition().key() + " edition");
            case ONLY_IN_CURRENT_EDITION -> lang.t("只在" + c.current().edition().key() + "年版中有",
                    "only in the " + c.current().edition().key() + " edition");
            case NO_NUMBER -> lang.t("空白或无数字", "blank or no number");
            case NOT_READ -> lang.t("未读出", "not read");
            case UNITS -> lang.t("金额单位不可换算", "amount units not convertible");
        };
    }

    private static String shown(CellValue value) {
        return value.isNumber() ? value.toString() : value instanceof CellValue.NotApplicable na ? na.placeholder()
                : value.isUnread() ? "?" : "";
    }

    private static String label(CellRef cell, ReportComparison c) {
        return cell.existsIn(c.current().edition()) ? cell.label(c.current().edition())
                : cell.label(c.previous().edition());
    }

    private static String header(Loaded.Read read, Lang lang) {
        var h = read.report().header();
        return Display.text(h.organName()) + " " + h.reportYear() + lang.t("年度（", " (") + h.edition().key()
                + lang.t("年版）", " edition)") + " " + Display.text(read.source());
    }

    private static void text(PrintWriter out, Loaded.Read previous, Loaded.Read current, ReportComparison c,
            List<Finding> findings, Lang lang) {
        out.println(lang.t("比较：", "compare: ") + header(previous, lang) + " → " + header(current, lang));
        if (c.limits().isEmpty()) {
            out.println("  " + lang.t("同一机关、相邻年度、同一格式版本：全部可比", "one organ, consecutive years, one "
                    + "edition: everything can be compared"));
        } else {
            out.println("  " + lang.t("不能比较的方面：", "what cannot be compared:"));
            for (ReportComparison.Limit limit : c.limits()) {
                out.println("    " + Display.text(limit(limit, c, lang)));
            }
        }
        long changed = c.compared().stream().filter(d -> d.delta().signum() != 0).count();
        out.println("  " + lang.t("比较了 " + c.compared().size() + " 个单元格，有变化的 " + changed + " 个：",
                "cells compared: " + c.compared().size() + ", changed: " + changed));
        for (ReportComparison.CellDelta d : c.compared()) {
            if (d.delta().signum() == 0) {
                continue;
            }
            out.println("    " + d.cell() + " " + Display.text(label(d.cell(), c)) + ": " + shown(d.previous())
                    + " → " + shown(d.current()) + " (" + (d.delta().signum() > 0 ? "+" : "")
                    + d.delta().toPlainString() + d.ratio().map(r -> ", ×" + r.toPlainString()).orElse("") + ")");
        }
        Map<ReportComparison.Reason, List<CellRef>> byReason = new EnumMap<>(ReportComparison.Reason.class);
        for (ReportComparison.NotCompared n : c.notCompared()) {
            byReason.computeIfAbsent(n.reason(), k -> new ArrayList<>()).add(n.cell());
        }
        out.println("  " + lang.t("未比较 " + c.notCompared().size() + " 个单元格：", "cells not compared: "
                + c.notCompared().size()));
        byReason.forEach((reason, cells) -> out.println("    " + words(reason, c, lang) + " (" + cells.size() + "): "
                + String.join(", ", cells.stream().map(CellRef::toString).toList())));
        out.println("  " + lang.t("叙述相似度：", "narrative similarity: ") + c.narrativeSimilarity()
                .map(s -> s.movePointRight(2).stripTrailingZeros().toPlainString() + " %")
                .orElse(lang.t("无法计算（叙述不足 " + ReportComparison.MIN_NARRATIVE_CHARS + " 字）",
                        "not measured (a narrative shorter than " + ReportComparison.MIN_NARRATIVE_CHARS
                        + " characters)")));
        out.println("  " + lang.t("表格完全相同：", "tables identical: ") + (c.tablesIdentical() ? lang.t("是", "yes")
                : lang.t("否", "no")));
        out.println("  " + lang.t("跨年度规则的问题：", "findings of the rules over years: ") + findings.size());
        for (Finding f : findings) {
            out.println("    " + Words.severity(f.severity(), lang) + " " + Words.status(f.status(), lang) + " "
                    + f.rule() + ": " + Display.text(f.message(lang.locale())));
        }
    }

    private static ObjectNode json(Loaded.Read previous, Loaded.Read current, ReportComparison c,
            List<Finding> findings, Lang lang) {
        ObjectNode node = FindingsJson.MAPPER.createObjectNode();
        report(node.putObject("previous"), previous);
        report(node.putObject("current"), current);
        ArrayNode limits = node.putArray("limits");
        for (ReportComparison.Limit limit : c.limits()) {
            limits.addObject().put("limit", limit.name()).put("message", limit(limit, c, lang));
        }
        node.put("consecutive", c.isConsecutive());
        ArrayNode compared = node.putArray("compared");
        for (ReportComparison.CellDelta d : c.compared()) {
            ObjectNode cell = compared.addObject();
            cell.put("cell", d.cell().toString());
            cell.put("label", label(d.cell(), c));
            FindingsJson.value(cell, "previous", d.previous());
            FindingsJson.value(cell, "current", d.current());
            cell.put("delta", d.delta().toPlainString());
            if (d.ratio().isPresent()) {
                cell.put("ratio", d.ratio().get().toPlainString());
            } else {
                cell.putNull("ratio");
            }
        }
        ArrayNode notCompared = node.putArray("notCompared");
        for (ReportComparison.NotCompared n : c.notCompared()) {
            ObjectNode cell = notCompared.addObject();
            cell.put("cell", n.cell().toString());
            cell.put("label", label(n.cell(), c));
            cell.put("reason", key(n.reason()));
            if (n.previous().isPresent()) {
                FindingsJson.value(cell, "previous", n.previous().get());
            }
            if (n.current().isPresent()) {
                FindingsJson.value(cell, "current", n.current().get());
            }
        }
        if (c.narrativeSimilarity().isPresent()) {
            node.put("narrativeSimilarity", c.narrativeSimilarity().get().toPlainString());
        } else {
            node.putNull("narrativeSimilarity");
        }
        node.put("tablesIdentical", c.tablesIdentical());
        ArrayNode list = node.putArray("findings");
        FindingsJson findingsJson = new FindingsJson(lang);
        for (Finding f : findings) {
            list.add(findingsJson.finding(f));
        }
        return node;
    }

    private static void report(ObjectNode node, Loaded.Read read) {
        var h = read.report().header();
        node.put("source", read.source());
        node.put("organ", h.organName());
        node.put("year", h.reportYear());
        node.put("edition", h.edition().key());
    }

    private static void csv(PrintWriter out, ReportComparison c, boolean excel) {
        CsvTable table = new CsvTable(out, COLUMNS, excel);
        List<Object[]> rows = new ArrayList<>();
        for (ReportComparison.CellDelta d : c.compared()) {
            rows.add(new Object[] {d.cell(), "compared", shown(d.previous()), shown(d.current()), d.delta(),
                d.ratio().orElse(null)});
        }
        for (ReportComparison.NotCompared n : c.notCompared()) {
            rows.add(new Object[] {n.cell(), key(n.reason()), n.previous().map(CompareCommand::shown).orElse(""),
                n.current().map(CompareCommand::shown).orElse(""), null, null});
        }
        rows.sort((a, b) -> ((CellRef) a[0]).compareTo((CellRef) b[0]));
        for (Object[] r : rows) {
            CellRef cell = (CellRef) r[0];
            table.row(java.util.Arrays.asList(cell.toString(), label(cell, c), r[1], r[2], r[3], (BigDecimal) r[4],
                    (BigDecimal) r[5]));
        }
    }
}
