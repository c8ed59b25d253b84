package io.github.gongkai.cli;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Rules;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gongkai batch}: check a whole corpus, streaming, then the rules across reports (carry-over
 * continuity by organ and year), and print a summary.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Check a whole corpus: every page, JSON or JSON Lines file in the given directories "
                + "(recursively) and files, one report at a time, then carry-over continuity across reports of the "
                + "same organ in consecutive years. Prints a summary: reports read, valid, failing per rule, "
                + "unreadable."},
        footer = {"", "Examples:",
                "  gongkai batch corpus/",
                "  gongkai batch reports.jsonl --report results.json",
                "", "Exit codes: 0 all valid, 1 some report has an ERROR finding, 2 some input could not be read."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*",
            description = "Directories (searched recursively for .txt .html .htm .md .json .jsonl) or files.")
    List<Path> inputs;

    @Option(names = "--report", paramLabel = "OUT.json",
            description = "Write the per-report results (the same objects as `check --format json`) to this file.")
    Path reportFile;

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none",
            description = "Progress on standard error: a bar on a terminal, plain lines otherwise (default auto).")
    Progress.Mode progressMode = Progress.Mode.auto;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = common.lang;
        List<Path> files = files();
        ReportValidator validator = common.validator();
        Tally tally = new Tally();
        List<Report> carryRows = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        FindingsJson json = new FindingsJson(lang);
        // Carry-over continuity needs the carried rows of every report until the end (about 1.5 KB each);
        // --disable SET.CARRY_OVER keeps the batch in constant memory.
        boolean carryOver = !common.disabled.contains(Rules.SET_CARRY_OVER.id().code())
                && !common.disabled.contains(Rules.SET_CARRY_OVER.id().toString());
        Progress progress = new Progress(spec.commandLine().getErr(), progressMode, files.size(), lang);
        try (OutputStream stream = reportFile == null ? null : Files.newOutputStream(reportFile);
                JsonGenerator generator = stream == null ? null
                        : FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(stream)) {
            if (generator != null) {
                generator.writeStartObject();
                generator.writeName("reports");
                generator.writeStartArray();
            }
            for (Path file : files) {
                Inputs.load(file, lang, loaded -> {
                    ObjectNode node;
                    if (loaded instanceof Loaded.Read read) {
                        ValidationResult result = validator.validate(read.report());
                        tally.add(result);
                        if (carryOver) {
                            carryRows.add(carryRows(read.report()));
                            sources.add(read.source());
                        }
                        node = generator == null ? null : json.checked(read, result);
                    } else {
                        tally.unreadable++;
                        Loaded.Unreadable bad = (Loaded.Unreadable) loaded;
                        progress.message(bad.source() + ": " + bad.reason());
                        node = generator == null ? null : json.unreadable(bad);
                    }
                    if (generator != null) {
                        generator.writeTree(node);
                    }
                    progress.report();
                });
                progress.file();
            }
            progress.done();
            List<Finding> crossReport = crossReport(carryRows);
            if (generator != null) {
                generator.writeEndArray();
                generator.writeName("crossReport");
                generator.writeStartArray();
                for (Finding finding : crossReport) {
                    ObjectNode node = FindingsJson.MAPPER.createObjectNode();
                    node.put("rule", finding.rule().toString());
                    node.put("severity", finding.severity().name());
                    node.put("message", finding.message(lang.locale()));
                    int[] pair = earlierAndLater(finding, carryRows);
                    node.put("earlier", sources.get(pair[0]));
                    node.put("later", sources.get(pair[1]));
                    generator.writeTree(node);
                }
                generator.writeEndArray();
                generator.writeEndObject();
            }
            summary(out, lang, tally, crossReport, sources, carryRows);
        }
        out.flush();
        if (tally.unreadable > 0) {
            return GongkaiCli.UNREADABLE;
        }
        return tally.invalid > 0 ? GongkaiCli.INVALID : GongkaiCli.VALID;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isInput).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** Only what carry-over continuity reads: the header and the carried rows of table 三. */
    private static Report carryRows(Report report) {
        Report.Builder slim = Report.builder(report.edition()).header(report.header());
        for (ApplicationRow row : List.of(ApplicationRow.CARRIED_OVER, ApplicationRow.CARRIED_FORWARD)) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                CellRef cell = CellRef.of(row, column);
                slim.set(cell, report.get(cell));
            }
        }
        return slim.build();
    }

    private List<Finding> crossReport(List<Report> carryRows) {
        ReportValidator.Builder onlyCarryOver = common.validator().toBuilder();
        for (Rule rule : Rules.all()) {
            if (!rule.equals(Rules.SET_CARRY_OVER)) {
                onlyCarryOver.disable(rule);
            }
        }
        if (carryRows.size() < 2) {
            return List.of();
        }
        return onlyCarryOver.build().validate(ReportSet.of(carryRows)).findings();
    }

    /** The indices of the earlier and the later report of a carry-over finding. */
    private static int[] earlierAndLater(Finding finding, List<Report> reports) {
        int a = finding.cells().get(0).report();
        int b = finding.cells().get(finding.cells().size() - 1).report();
        return reports.get(a).header().reportYear() <= reports.get(b).header().reportYear() ? new int[] {a, b}
                : new int[] {b, a};
    }

    private static void summary(PrintWriter out, Lang lang, Tally tally, List<Finding> crossReport, List<String> sources,
            List<Report> reports) {
        out.println(lang.t("读取报告 ", "reports read: ") + tally.read + lang.t("（通过 ", " (valid ") + tally.valid
                + lang.t("，不通过 ", ", not valid ") + tally.invalid + lang.t("），无法读取 ", "), unreadable: ")
                + tally.unreadable);
        if (!tally.perRule.isEmpty()) {
            out.println(lang.t("各规则的报告数：", "reports per rule:"));
            tally.perRule.forEach((rule, counts) -> out.printf("  %-42s %s %d  %s %d%n", rule,
                    "FAILED", counts[0], "NOT_ASSESSABLE", counts[1]));
        }
        out.println(lang.t("跨报告（结转连续性）：", "across reports (carry-over continuity): ") + crossReport.size()
                + lang.t(" 条", " finding(s)"));
        for (Finding finding : crossReport) {
            int[] pair = earlierAndLater(finding, reports);
            out.println("  " + finding.severity() + " " + finding.rule() + " " + sources.get(pair[0]) + " → "
                    + sources.get(pair[1]) + ": " + finding.message(lang.locale()));
        }
    }

    /** Counts, per report: valid, invalid, and per rule how many reports it FAILED or could not assess. */
    private static final class Tally {
        long read;
        long valid;
        long invalid;
        long unreadable;
        final Map<String, long[]> perRule = new TreeMap<>();

        void add(ValidationResult result) {
            read++;
            if (result.isValid()) {
                valid++;
            } else {
                invalid++;
            }
            Map<String, boolean[]> seen = new TreeMap<>();
            for (Finding finding : result.findings()) {
                boolean[] flags = seen.computeIfAbsent(finding.rule().toString(), k -> new boolean[2]);
                flags[finding.status() == FindingStatus.FAILED ? 0 : 1] = true;
            }
            seen.forEach((rule, flags) -> {
                long[] counts = perRule.computeIfAbsent(rule, k -> new long[2]);
                counts[0] += flags[0] ? 1 : 0;
                counts[1] += flags[1] ? 1 : 0;
            });
        }
    }
}
