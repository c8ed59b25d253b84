package io.github.gongkai.cli;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gongkai batch}: check a whole corpus, streaming, then the rules across reports (carry-over
 * continuity by organ and year), and print a summary.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Check a whole corpus: every page, JSON or JSON Lines file in the given directories "
                + "(recursively) and files, one report at a time, then the rules across reports of the same organ in "
                + "consecutive years (carry-over, stock of documents in force, large changes, repeated reports) and, "
                + "with --organs, which organs have no report for a year. Prints a summary: reports read, valid, "
                + "failing per rule, unreadable."},
        footer = {"", "Examples:",
                "  gongkai batch corpus/",
                "  gongkai batch reports.jsonl --report results.json",
                "  gongkai batch --lang zh corpus/ --html out/",
                "  gongkai batch corpus/ --rules team.properties --baseline baseline.json",
                "  gongkai batch corpus/ --organs organs.txt --years 2021-2023",
                "", "Exit codes: 0 all valid, 1 some report has an ERROR finding, 2 some input could not be read or a "
                + "wrong command line, 3 the batch stopped before its end (out of memory, report not writable)."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    BaselineOptions baselines = new BaselineOptions();

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*", descriptionKey = "inputs",
            description = "Directories (searched recursively for .txt .html .htm .shtml .shtm .xhtml .jhtml .mht "
                    + ".mhtml .md .markdown .pdf .docx .doc .json .jsonl, and .wps to be reported as not read) or files.")
    List<Path> inputs;

    @Option(names = "--report", paramLabel = "OUT.json",
            description = "Write the per-report results (the same objects as `check --format json`) to this file. "
                    + "It is replaced only when the batch ends; a batch that stops keeps its partial results in "
                    + "OUT.json.incomplete (\"complete\": false).")
    Path reportFile;

    @Option(names = "--html", paramLabel = "DIR",
            description = "Also write HTML pages into this folder (created if absent): DIR/index.html, one row per "
                    + "input, sortable and filterable, with counts by verdict, unreadable files, duplicates and an "
                    + "organs × years coverage grid; and DIR/pages/NNNN-name.html, one checked-report page per report.")
    Path html;

    @Option(names = "--format", paramLabel = "text|json",
            description = "The summary on standard output: text (default) or json (one object: reportsRead, valid, "
                    + "notValid, unreadable, perRule, notValidInputs, unreadableInputs, crossReport, baseline).")
    Format format = Format.text;

    /** The formats of the summary. */
    enum Format { text, json }

    @Option(names = "--organs", paramLabel = "ORGANS.txt",
            description = "Coverage: a UTF-8 file of organ names, one a line (blank lines and lines starting with # "
                    + "are skipped). The summary then lists every organ without a report for a year of --years "
                    + "(SET.MISSING_REPORT), and the organs with reports that the file does not name.")
    Path organs;

    @Option(names = "--years", paramLabel = "YEARS", split = ",",
            description = "With --organs: the report years to cover, e.g. 2021,2022 or 2020-2023. Default: every year "
                    + "of the reports read.")
    List<String> years = new ArrayList<>();

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none",
            description = "Progress on standard error: a bar on a terminal, plain lines otherwise (default auto).")
    Progress.Mode progressMode = Progress.Mode.auto;

    @Override
    public Integer call() throws IOException {
        Run run = new Run();
        // Checked before any input is read: a wrong --report costs nothing and is never one of the inputs.
        try (Output report = reportFile == null ? null : Output.to(reportFile, "--report", run.files, null);
                CarryOver carried = run.carryOver ? new CarryOver() : null) {
            ReportDocument document = report == null ? null : new ReportDocument(report.writer());
            try {
                run.checkAll(document, carried);
                run.summaries(document, carried);
                if (document != null) {
                    document.end(true, null);
                    report.commit();
                }
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                keepIncomplete(report, document, e);
                throw e;
            }
        }
        run.out.flush();
        return run.exitCode();
    }

    /**
     * One batch: what it checks with and what it counts, shared by its steps (reading every input, then the
     * summaries, then the exit code) so that none of them needs a dozen arguments.
     */
    private final class Run {
        final PrintWriter standardOut;
        final PrintWriter out;
        final List<ObjectNode> crossNodes = new ArrayList<>();
        final Lang lang;
        final List<Path> files;
        final ReportValidator validator;
        final BatchCoverage coverage;
        final BaselineRun baseline;
        final Function<Report, ValidationResult> validate;
        final Tally tally = new Tally();
        final FindingsJson json;
        final Inputs loader;
        final boolean carryOver;
        final Progress progress;
        final HtmlPages pages;

        /** Reads the options in this order, so that of several wrong ones the same is reported first. */
        Run() throws IOException {
            standardOut = spec.commandLine().getOut();
            // With --format json the text summary goes nowhere and one JSON object is printed at the end.
            out = format == Format.json ? new PrintWriter(Writer.nullWriter()) : standardOut;
            lang = common.lang();
            refuseMissingInputs();
            if (Output.isStandard(reportFile)) {
                throw new OperatorException(lang.t("--report -：标准输出用于汇总；请指定文件",
                        "--report -: standard output carries the summary; name a file"));
            }
            // Two outputs in one place, or an output over a file the batch reads, would lose one silently.
            Output.requireSeparate(Output.options("--report", reportFile, "--html", html, "--write-baseline",
                    baselines.writeBaseline), Output.options("--baseline", baselines.baseline, "--rules",
                    common.rules, "--organs", organs));
            OutputFormats.require("--report", reportFile, List.of("json"));
            files = files();
            refuseOutputsInInputFolders();
            validator = common.validator();
            coverage = BatchCoverage.of(organs, years, lang);
            baseline = baselines.run(files);
            validate = r -> baseline.apply(r, validator.validate(r));
            json = new FindingsJson(lang).marks(baseline::mark);
            loader = new Inputs(lang, GongkaiCli.standardInput(spec));
            // Carry-over continuity compares reports across the whole corpus: their carried rows are spilled to
            // disk and sorted by organ and year (CarryOver), so memory stays constant however many reports come.
            carryOver = YEAR_RULES.stream().anyMatch(validator::isEnabled);
            progress = new Progress(spec.commandLine().getErr(), progressMode, files.size(), lang);
            pages = html == null ? null : HtmlPages.batch(html, lang, files);
        }

        /**
         * Refuses, first of all, a folder or file given that does not exist (a mistyped folder): the batch would
         * otherwise check the rest, or nothing, and create its outputs. Nothing is read or written.
         */
        private void refuseMissingInputs() {
            for (Path input : inputs) {
                if (!Output.isStandard(input) && !Files.exists(input)) {
                    throw new OperatorException(Display.path(input) + lang.t("：没有这个文件夹或文件；未检查任何报告",
                            ": no such folder or file; nothing was checked"));
                }
            }
        }

        /**
         * Refuses an output inside a folder given as input where a later batch of that folder would read it as a
         * report (and count it unreadable): the report and the baseline when they have an input's extension, and
         * every page of {@code --html}. A file already there is also an input, refused by {@link Output#to}.
         */
        private void refuseOutputsInInputFolders() {
            for (Path input : inputs) {
                if (!Files.isDirectory(input)) {
                    continue;
                }
                Path folder = input.toAbsolutePath().normalize();
                refuseInside(folder, input, reportFile, "--report", true);
                refuseInside(folder, input, baselines.writeBaseline, "--write-baseline", true);
                refuseInside(folder, input, html, "--html", false);
            }
        }

        private void refuseInside(Path folder, Path input, Path output, String option, boolean file) {
            if (output == null || !output.toAbsolutePath().normalize().startsWith(folder)
                    || file && !Inputs.isInput(output)) {
                return;
            }
            throw new OperatorException(option + " " + Display.path(output) + lang.t("：位于输入文件夹 ",
                    ": inside the input folder ") + Display.path(input) + lang.t(
                    "，下次检查该文件夹时写入的文件会被当作报告读取；请写到别处",
                    ", where the next batch of that folder would read what is written as reports; write it elsewhere"));
        }

        /** Reads and checks every input, one report at a time; ends the progress display. */
        void checkAll(ReportDocument document, CarryOver carried) {
            for (Path file : files) {
                loader.load(file, loaded -> {
                    if (coverage != null) {
                        coverage.saw(loaded);
                    }
                    ValidationResult result = check(loaded, validate, tally, json, document, carried, progress);
                    page(pages, loaded, result);
                });
                progress.file();
            }
            progress.done();
        }

        /**
         * Once every input is checked: the counts, the findings across reports, coverage, the baseline, where the
         * pages are, and with {@code --format json} the one summary object.
         */
        void summaries(ReportDocument document, CarryOver carried) throws IOException {
            summary(out, lang, tally);
            crossReport(out, lang, carried, document, crossNodes);
            if (coverage != null) {
                coverage.finish(out, lang, validator, document);
            }
            baseline.summary(out, lang);
            baseline.write(spec.commandLine().getErr(), lang);
            Path index = pages == null ? null : pages.index();
            if (index != null) {
                (format == Format.json ? spec.commandLine().getErr() : out).println(lang.t("页面：", "pages: ")
                        + Display.path(index));
            }
            if (format == Format.json) {
                ObjectNode summary = tally.json(crossNodes, baseline);
                if (coverage != null) {
                    summary.set("coverage", coverage.json(validator, lang));
                }
                standardOut.println(FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                        summary));
            }
        }

        /** Unreadable input first, then an invalid report or a missing report that the rules make an error. */
        int exitCode() {
            if (tally.unreadable > 0) {
                return GongkaiCli.UNREADABLE;
            }
            boolean missingIsError = coverage != null && coverage.missingIsError(validator);
            return tally.invalid > 0 || missingIsError ? GongkaiCli.INVALID : GongkaiCli.VALID;
        }
    }

    /** Writes the page of a report, or notes an unreadable input, when --html asks for pages. */
    private static void page(HtmlPages pages, Loaded loaded, ValidationResult result) {
        if (pages == null) {
            return;
        }
        try {
            if (loaded instanceof Loaded.Read read) {
                pages.checked(read, result);
            } else {
                pages.unreadable((Loaded.Unreadable) loaded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates and counts one input; returns its result, or null for an unreadable input. */
    private static ValidationResult check(Loaded loaded, Function<Report, ValidationResult> validate, Tally tally,
            FindingsJson json,
            ReportDocument document, CarryOver carried, Progress progress) {
        ObjectNode node;
        ValidationResult result = null;
        if (loaded instanceof Loaded.Read read) {
            result = validate.apply(read.report());
            tally.add(result, read.source());
            if (carried != null) {
                try {
                    carried.add(read.report(), read.source());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            node = document == null ? null : json.checked(read, result);
        } else {
            Loaded.Unreadable bad = (Loaded.Unreadable) loaded;
            tally.unreadable(bad);
            progress.message(Display.text(bad.source()) + ": " + Display.text(bad.reason()));
            node = document == null ? null : json.unreadable(bad);
        }
        if (document != null) {
            document.report(node);
        }
        progress.report();
        return result;
    }

    /**
     * A run that stops keeps what it wrote beside the report, as {@code OUT.incomplete}, closed as JSON with
     * {@code "complete": false}; the report itself is not replaced.
     */
    private void keepIncomplete(Output report, ReportDocument document, Throwable cause) {
        if (report == null || document == null) {
            return;
        }
        Path incomplete = reportFile.resolveSibling(reportFile.getFileName() + ".incomplete");
        try {
            document.end(false, cause instanceof OutOfMemoryError ? "out of memory" : String.valueOf(cause));
            report.commitAs(incomplete.toAbsolutePath());
            Lang lang = common.lang();
            spec.commandLine().getErr().println(Display.path(reportFile) + lang.t("：未写入；已完成的部分在 ",
                    ": not written; what was done is in ") + Display.path(incomplete));
        } catch (IOException | RuntimeException | OutOfMemoryError again) {
            // Nothing more can be saved; the temporary file is deleted and the report is untouched.
        }
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        long skipped = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> all;
                try (Stream<Path> walk = Files.walk(input)) {
                    all = walk.filter(Files::isRegularFile).sorted().toList();
                }
                all.stream().filter(Inputs::isInput).forEach(files::add);
                skipped += all.stream().filter(f -> !Inputs.isInput(f)).count();
            } else {
                files.add(input);
            }
        }
        if (files.isEmpty()) {
            // A batch given nothing to check must not pass as a corpus that was checked and found valid.
            long others = skipped;
            throw new OperatorException(lang -> lang.t("给出的文件夹中没有可检查的文件（网页、文本、Markdown、PDF、Word、JSON、"
                    + "JSON Lines）", "nothing to check in the folders given (no page, text, Markdown, PDF, Word, JSON or "
                    + "JSON Lines file)") + (others == 0 ? "" : lang.t("；跳过了 " + others + " 个其他文件",
                    "; " + others + " other file(s) skipped")));
        }
        return files;
    }

    /** Carry-over continuity: every finding is printed and written as it is found, then counted. */
    private void crossReport(PrintWriter out, Lang lang, CarryOver carried, ReportDocument document,
            List<ObjectNode> collected) throws IOException {
        out.println(lang.t("跨报告（结转连续性、逐年比较）：", "across reports (carry-over continuity, year against year):"));
        long[] count = {0};
        if (carried != null) {
            carried.compare(onlyYearRules(), new CarryOver.Sink() {
                @Override
                public void finding(Finding finding, String earlier, String later) {
                    count[0]++;
                    out.println("  " + Words.severity(finding.severity(), lang) + " " + finding.rule() + " "
                            + Display.text(earlier) + " → "
                            + Display.text(later) + ": " + Display.text(finding.message(lang.locale())));
                    ObjectNode node = FindingsJson.MAPPER.createObjectNode();
                    node.put("rule", finding.rule().toString());
                    node.put("fingerprint", finding.fingerprint());
                    node.put("severity", finding.severity().name());
                    node.put("message", finding.message(lang.locale()));
                    node.put("earlier", earlier);
                    node.put("later", later);
                    if (document != null) {
                        document.crossReport(node);
                    }
                    if (format == Format.json && collected.size() < Tally.NAMED) {
                        collected.add(node);
                    }
                }

                @Override
                public void truncated(String organ, int year, long reports) {
                    out.println("  " + lang.t("注意：", "note: ") + Display.text(organ) + " " + year + lang.t(" 年有 ",
                            " has ") + reports + lang.t(" 份报告，只比较前 ", " reports; compared the first ")
                            + CarryOver.MAX_PER_YEAR + lang.t(" 份", " only"));
                }
            });
        }
        out.println("  " + count[0] + lang.t(" 条", " finding(s)"));
    }

    /** The rules over consecutive years of one organ, which {@link CarryOver} applies across the corpus. */
    static final List<Rule> YEAR_RULES = List.of(Rule.SET_CARRY_OVER, Rule.SET_IN_FORCE_STOCK, Rule.SET_YEAR_RATIO,
            Rule.SET_REPEATED_REPORT);

    private ReportValidator onlyYearRules() {
        ReportValidator.Builder only = common.validator().toBuilder();
        for (Rule rule : Rule.values()) {
            if (!YEAR_RULES.contains(rule)) {
                only.disable(rule);
            }
        }
        return only.build();
    }

    private static void summary(PrintWriter out, Lang lang, Tally tally) {
        out.println(lang.t("读取报告 ", "reports read: ") + tally.read + lang.t("（通过 ", " (valid ") + tally.valid
                + lang.t("，不通过 ", ", not valid ") + tally.invalid + lang.t("），无法读取 ", "), unreadable: ")
                + tally.unreadable);
        if (!tally.perRule.isEmpty()) {
            out.println(lang.t("各规则的报告数：", "reports per rule:"));
            tally.perRule.forEach((rule, counts) -> out.printf("  %-42s %s %d  %s %d%n", rule,
                    Words.status(FindingStatus.FAILED, lang), counts[0],
                    Words.status(FindingStatus.NOT_ASSESSABLE, lang), counts[1]));
        }
        names(out, lang.t("不通过：", "not valid:"), tally.invalidNames, tally.invalid, lang);
        names(out, lang.t("无法读取：", "unreadable:"), tally.unreadableNames, tally.unreadable, lang);
    }

    /** Lists the inputs kept by name, one a line, and how many more there were. */
    private static void names(PrintWriter out, String heading, List<String> names, long count, Lang lang) {
        if (count == 0) {
            return;
        }
        out.println(heading);
        names.forEach(name -> out.println("  " + name));
        if (count > names.size()) {
            out.println("  " + lang.t("……另有 " + (count - names.size()) + " 个，见 --report",
                    "… and " + (count - names.size()) + " more; see --report"));
        }
    }

    /**
     * Counts, per report: valid, invalid, and per rule how many reports it FAILED or could not assess; and the
     * names of the first {@value #NAMED} inputs not valid and unreadable (memory stays bounded on any corpus).
     */
    private static final class Tally {
        static final int NAMED = 1_000;
        long read;
        long valid;
        long invalid;
        long unreadable;
        final Map<String, long[]> perRule = new TreeMap<>();
        final List<String> invalidNames = new ArrayList<>();
        final List<String> unreadableNames = new ArrayList<>();
        /** The same in English, for the JSON summary, which a program reads whatever the output's language. */
        final List<String> unreadableNamesInEnglish = new ArrayList<>();

        /** The summary as one JSON object, for {@code --format json}. */
        ObjectNode json(List<ObjectNode> crossReport, BaselineRun baseline) {
            ObjectNode node = FindingsJson.MAPPER.createObjectNode();
            node.put("reportsRead", read);
            node.put("valid", valid);
            node.put("notValid", invalid);
            node.put("unreadable", unreadable);
            ObjectNode rules = node.putObject("perRule");
            perRule.forEach((rule, counts) -> rules.putObject(rule).put("failed", counts[0])
                    .put("notAssessable", counts[1]));
            ArrayNode notValid = node.putArray("notValidInputs");
            invalidNames.forEach(notValid::add);
            ArrayNode bad = node.putArray("unreadableInputs");
            unreadableNamesInEnglish.forEach(bad::add);
            node.put("namesCapped", invalid > invalidNames.size() || unreadable > unreadableNames.size());
            ArrayNode cross = node.putArray("crossReport");
            crossReport.forEach(cross::add);
            baseline.json().ifPresent(counts -> node.set("baseline", counts));
            return node;
        }

        void unreadable(Loaded.Unreadable input) {
            if (unreadable++ < NAMED) {
                unreadableNames.add(Display.text(input.source()) + ": " + Display.text(input.reason()));
                unreadableNamesInEnglish.add(input.source() + ": " + input.englishReason());
            }
        }

        void add(ValidationResult result, String source) {
            read++;
            if (result.isValid()) {
                valid++;
            } else if (invalid++ < NAMED) {
                invalidNames.add(Display.text(source));
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
