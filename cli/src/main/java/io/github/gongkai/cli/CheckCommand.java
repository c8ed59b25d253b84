package io.github.gongkai.cli;

import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;

/** {@code gongkai check}: read inputs, validate, print the findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Read published pages or report JSON, validate every report, and print the findings, "
                + "with the suspect cell and the suggested value where the validator can name one."},
        footer = {"", "Examples:",
                "  gongkai check report.html",
                "  gongkai check --lang en page.txt other.md",
                "  gongkai check --format json --disable T2.FEE_AMOUNT_UNIT reports.jsonl",
                "  cat report.html | gongkai check -",
                "  gongkai check --lang zh report.pdf --html report.html",
                "  gongkai check --format csv --excel corpus/*.txt -o out/findings.csv",
                "  gongkai check --rules team.properties --baseline baseline.json corpus/*.pdf",
                "", "Exit codes: 0 valid, 1 findings with ERROR severity, 2 input that could not be read or a wrong "
                + "command line, 3 the run stopped (out of memory, an output not writable): no output file was "
                + "replaced."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    BaselineOptions baselines = new BaselineOptions();

    @Mixin
    TableOutputOptions output = new TableOutputOptions();

    @Option(names = {"-v", "--verbose"}, description = "Also list the reader's notes (e.g. how glued numbers were split).")
    boolean verbose;

    @Option(names = "--html", paramLabel = "OUT.html",
            description = "Also write the checked report as a self-contained HTML page: the tables with the cells of "
                    + "failed rules outlined, the likely culprit with its suggested value, blank and unread cells "
                    + "marked, the findings in the --lang language, each cell's place on the page on hover. One "
                    + "report only; for many, `gongkai batch --html DIR`.")
    Path html;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files",
            description = "Report pages (.txt, .html, .md, .pdf, .docx, .doc), report JSON (.json) or JSON Lines "
                    + "(.jsonl); `-` reads standard input (its kind told from its content).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        if (Output.isStandard(html)) {
            throw new OperatorException(common.lang().t("--html -：标准输出用于检查结果；请指定文件",
                    "--html -: standard output carries the findings; name a file"));
        }
        // Two outputs in one file, or an output over the baseline or rule pack it reads, would lose one silently.
        Output.requireSeparate(Output.options("-o", output.file, "--html", html, "--write-baseline",
                baselines.writeBaseline), Output.options("--baseline", baselines.baseline, "--rules", common.rules));
        if (html != null) {
            refuseHtmlBeforeReading();
        }
        // Checked before any input is read: a wrong -o costs nothing, and an input is never its own output.
        DataPackage dataPackage = output.check(common.lang(), files);
        ReportValidator validator = common.validator();
        try (Output sink = Output.to(output.file, "-o", files, spec.commandLine().getOut())) {
            PrintWriter out = new PrintWriter(sink.writer());
            int exit = check(validator, out);
            out.flush();
            sink.commit();
            if (dataPackage != null) {
                dataPackage.write(output.file, FindingRows.COLUMNS, List.of(), output.excel);
            }
            return exit;
        }
    }

    /** The page of --html, written at the end, is refused now for several files or a place it cannot go. */
    private void refuseHtmlBeforeReading() {
        if (files.size() > 1) {
            throw new OperatorException("--html " + Display.path(html) + common.lang().t("：一个页面只写一份报告，却给出了 "
                    + files.size() + " 个文件；多份报告请用 gongkai batch --html 文件夹", ": a page holds one report, but "
                    + files.size() + " files were given; for many, use gongkai batch --html FOLDER"));
        }
        OutputFormats.require("--html", html, HtmlPages.EXTENSIONS);
        Output.checkWritable(html, "--html", files);
    }

    private int check(ReportValidator validator, PrintWriter out) throws IOException {
        FindingsText text = new FindingsText(out, common.lang(), verbose);
        CsvTable csv = output.format == TableOutputOptions.Format.csv
                ? new CsvTable(out, FindingRows.COLUMNS, output.excel) : null;
        BaselineRun baseline = baselines.run(files);
        text.marks(baseline::mark);
        FindingsJson json = new FindingsJson(common.lang()).marks(baseline::mark).withLocations();
        ArrayNode results = FindingsJson.MAPPER.createArrayNode();
        int[] exit = {GongkaiCli.VALID};
        Inputs inputs = new Inputs(common.lang(), GongkaiCli.standardInput(spec));
        PageWriter pages = new PageWriter();
        for (Path file : files) {
            inputs.load(file, loaded -> {
                if (loaded instanceof Loaded.Read read) {
                    ValidationResult result = baseline.apply(read.report(), validator.validate(read.report()));
                    pages.add(read, result);
                    exit[0] = Math.max(exit[0], result.isValid() ? GongkaiCli.VALID : GongkaiCli.INVALID);
                    if (output.format == TableOutputOptions.Format.json) {
                        results.add(json.checked(read, result));
                    } else if (csv != null) {
                        FindingRows.of(read, result, common.lang(), csv::row);
                    } else {
                        text.checked(read, result);
                    }
                } else if (loaded instanceof Loaded.Unreadable bad) {
                    exit[0] = GongkaiCli.UNREADABLE;
                    if (output.format == TableOutputOptions.Format.json) {
                        results.add(json.unreadable(bad));
                    } else if (csv != null) {
                        FindingRows.unreadable(bad, common.lang(), csv::row);
                    } else {
                        text.unreadable(bad);
                    }
                }
            });
        }
        if (output.format == TableOutputOptions.Format.json) {
            out.println(FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        baseline.summary(err, common.lang());
        baseline.write(err, common.lang());
        pages.write();
        return exit[0];
    }

    /** The page of {@code --html}: written once all inputs were read, for exactly one report. */
    private final class PageWriter {
        private Loaded.Read read;
        private ValidationResult result;
        private int reports;

        void add(Loaded.Read report, ValidationResult validation) {
            if (html != null && reports++ == 0) {
                read = report;
                result = validation;
            }
        }

        void write() throws IOException {
            if (html == null) {
                return;
            }
            Lang lang = common.lang();
            if (reports != 1) {
                throw new OperatorException("--html " + Display.path(html) + ": " + (reports == 0
                        ? lang.t("没有读到报告，未写页面", "no report was read, so no page was written")
                        : lang.t("一个页面只写一份报告，读到 " + reports + " 份；多份报告请用 gongkai batch --html 文件夹",
                                "a page holds one report, but " + reports + " were read; for many, use "
                                        + "gongkai batch --html FOLDER")));
            }
            HtmlPages.write(html, "--html", files, read, result, lang);
            spec.commandLine().getErr().println(lang.t("页面：", "page: ") + Display.path(html));
        }
    }
}
