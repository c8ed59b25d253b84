package io.github.gongkai.cli;

import io.github.gongkai.json.JsonLines;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.validation.ReportValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai convert}: published pages to canonical JSON, JSON Lines, tidy CSV cells (with a
 * {@code datapackage.json} beside a file) or an Excel workbook.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert published pages (or report JSON) to canonical report JSON, to JSON Lines for many "
                + "reports, to tidy CSV with one row per cell, or to an Excel workbook (cells, findings, and each "
                + "table laid out as printed).",
                "Cells the page did not let the reader read are written as unread (JSON format version 2, "
                + "CSV status unread with the reason) and listed on standard error, one line each; numbers are "
                + "never guessed. A CSV written to a file gets a Frictionless datapackage.json beside it."},
        footer = {"", "Examples:",
                "  gongkai convert report.html -o report.json",
                "  gongkai convert pages/*.html -o corpus.jsonl",
                "  gongkai convert --to cells pages/*.txt -o out/cells.csv",
                "  gongkai convert --excel pages/*.txt -o cells.csv",
                "  gongkai convert report.pdf -o report.xlsx",
                "", "Exit codes: 0 converted, 2 some input could not be read (the others are still converted) or a "
                + "wrong command line, 3 the run stopped (out of memory, an output not writable): no output file was "
                + "replaced."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files",
            description = "Report pages (.txt, .html, .md, .pdf, .docx, .doc), report JSON (.json) or JSON Lines "
                    + "(.jsonl); `-` reads standard input (its kind told from its content).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file, replaced only when the "
            + "conversion ends (written to a temporary file beside it, then renamed); `-` or none: standard output. "
            + "It may not be one of the inputs.")
    Path output;

    @Option(names = "--to", paramLabel = "json|jsonl|cells|xlsx", description = "Output: json (one report), jsonl "
            + "(one report per line), cells (CSV) or xlsx (a workbook, to a file). Default: from OUT's extension "
            + "(.json .jsonl .ndjson .csv .xlsx; one that contradicts --to, or names another format such as .yaml, is "
            + "refused), else json for one report (one file that is not .jsonl, or standard input that holds one, "
            + "written to standard output), jsonl for more.")
    Target to;

    @Option(names = "--excel", description = "cells only: begin the CSV with a UTF-8 byte order mark and end lines "
            + "with CRLF, so that Excel on a Chinese system reads it as UTF-8.")
    boolean excel;

    @Option(names = "--pretty", description = "Indent the JSON (json only).")
    boolean pretty;

    private Lang lang;

    enum Target { json, jsonl, cells, xlsx }

    /** The extensions of each output, the usual one first. */
    private static final Map<Target, List<String>> EXTENSIONS = new EnumMap<>(Map.of(Target.json, List.of("json"),
            Target.jsonl, List.of("jsonl", "ndjson"), Target.cells, List.of("csv"), Target.xlsx, List.of("xlsx")));

    @Override
    public Integer call() throws IOException {
        lang = GongkaiCli.lang(spec);
        PrintWriter err = spec.commandLine().getErr();
        Target target = target();
        refuseMismatchedOptions(target);
        Inputs inputs = new Inputs(lang, GongkaiCli.standardInput(spec));
        // Checked before any input is read: a wrong -o costs nothing, and an input is never its own output.
        DataPackage dataPackage = target == Target.cells ? DataPackage.beside(output, "-o", files) : null;
        ReportValidator validator = target == Target.xlsx ? ReportValidator.builder().build() : null;
        Conversion conversion;
        try (Output output = Output.to(this.output, "-o", files, spec.commandLine().getOut());
                Workbook workbook = target == Target.xlsx ? new Workbook(lang) : null) {
            Writer sink = output.writer();
            PrintWriter out = new PrintWriter(sink);
            conversion = new Conversion(err,
                    target == Target.jsonl ? ReportJson.standard().lines().writer(sink) : null,
                    target == Target.cells ? new CsvTable(out, CellRows.COLUMNS, excel) : null, workbook, validator);
            if (target == Target.json && to == null && isStandardInputAlone()
                    && (this.output == null || Output.isStandard(this.output))) {
                // Its kind is known only once it is read: JSON Lines of several reports turn the output to jsonl
                // (not into a file named by -o, whose name says what it holds).
                conversion.linesOnSecondReport(() -> ReportJson.standard().lines().writer(sink));
            }
            for (Path file : files) {
                inputs.load(file, conversion::add);
            }
            if (target == Target.json && !conversion.wroteLines() && !writeOneReport(conversion, sink, err)) {
                return GongkaiCli.UNREADABLE;
            }
            conversion.end(output);
            out.flush();
            output.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (dataPackage != null) {
            dataPackage.write(output, CellRows.COLUMNS, List.of("source", "cell"), excel);
        }
        return conversion.exit;
    }

    /** Refuses, before anything is read or written, the options that do not go with the output chosen. */
    private void refuseMismatchedOptions(Target target) {
        if (excel && target != Target.cells) {
            throw new OperatorException(lang.t("--excel 只用于 CSV（--to cells）", "--excel is for CSV only (--to cells)"));
        }
        if (target == Target.xlsx && (output == null || Output.isStandard(output))) {
            throw new OperatorException(lang.t("xlsx 是二进制文件，不写到标准输出：请用 -o 指定输出文件（如 -o report.xlsx）",
                    "xlsx is a binary file and is not written to standard output: name the output file with -o "
                    + "(such as -o report.xlsx)"));
        }
    }

    /**
     * {@code --to json}: writes the one report read; returns false, having written nothing (the output is then
     * not committed, and a file already there is kept), when none was read (each unreadable input was reported) or
     * more than one (said why on standard error).
     */
    private boolean writeOneReport(Conversion conversion, Writer sink, PrintWriter err) throws IOException {
        if (conversion.readCount > 1) {
            err.println("gongkai convert: " + lang.t("--to json 只能输出一份报告，读到 ",
                    "--to json writes one report, but ") + conversion.readCount
                    + lang.t(" 份；请改用 --to jsonl", " were read; use --to jsonl"));
            return false;
        }
        if (conversion.first == null) {
            return false;
        }
        ReportJson.builder().pretty(pretty).build().write(conversion.first.report(), sink);
        if (!pretty) {
            sink.write('\n');
        }
        return true;
    }

    private boolean isStandardInputAlone() {
        return files.size() == 1 && Output.isStandard(files.get(0));
    }

    /**
     * The output of --to, else of OUT's extension ({@link OutputFormats}: one that --to contradicts or that names
     * another format is refused), else json for one input file that is not .jsonl and jsonl for more. A .json
     * OUT takes one report: several are refused, never written as JSON Lines into a .json file.
     */
    private Target target() {
        return OutputFormats.of("-o", output, EXTENSIONS, to, "--to").orElse(files.size() == 1
                && !files.get(0).toString().endsWith(".jsonl") ? Target.json : Target.jsonl);
    }

    /**
     * Where each input goes as it is read (JSON Lines, CSV rows or the workbook, exactly one of them, or none
     * for {@code --to json}), and what the run has seen so far: the exit code, and for {@code --to json} the
     * first report and how many were read.
     */
    private final class Conversion {
        private final PrintWriter err;
        private JsonLines.LineWriter lines;
        /** For standard input alone and no --to: the JSON Lines writer to turn to when a second report comes. */
        private Supplier<JsonLines.LineWriter> linesOnSecond;
        private final CsvTable csv;
        private final Workbook workbook;
        private final ReportValidator validator;
        // --to json writes one report: keep the first, count the rest (never hold a corpus in memory).
        private Loaded.Read first;
        private long readCount;
        private int exit = GongkaiCli.VALID;

        Conversion(PrintWriter err, JsonLines.LineWriter lines, CsvTable csv, Workbook workbook,
                ReportValidator validator) {
            this.err = err;
            this.lines = lines;
            this.csv = csv;
            this.workbook = workbook;
            this.validator = validator;
        }

        void add(Loaded loaded) {
            if (loaded instanceof Loaded.Unreadable bad) {
                exit = GongkaiCli.UNREADABLE;
                err.println(Display.text(bad.source()) + ": " + Display.text(bad.reason()));
                err.println("  " + lang.t("下一步：", "next: ") + bad.hint());
                if (workbook != null) {
                    workbook.unreadable(bad);
                }
                return;
            }
            Loaded.Read read = (Loaded.Read) loaded;
            read.reading().ifPresent(reading -> UnplacedCells.list(err, read, reading, lang));
            if (lines == null && linesOnSecond != null && first != null) {
                lines = linesOnSecond.get();
                lines.write(first.report());
                first = null;
            }
            if (lines != null) {
                lines.write(read.report());
            } else if (csv != null) {
                CellRows.of(read, csv::row);
            } else if (workbook != null) {
                workbook.add(read, validator.validate(read.report()));
            } else if (readCount++ == 0) {
                first = read;
            }
        }

        /** Writes JSON Lines from the second report on: the first, held until then, as its first line. */
        void linesOnSecondReport(Supplier<JsonLines.LineWriter> writer) {
            linesOnSecond = writer;
        }

        /** Whether the reports went to JSON Lines ({@link #linesOnSecondReport}). */
        boolean wroteLines() {
            return lines != null;
        }

        /** Writes out what is still held once every input is read: buffered lines, the whole workbook. */
        void end(Output output) throws IOException {
            if (lines != null) {
                lines.flush();
            }
            if (workbook != null) {
                workbook.write(output.stream());
            }
        }
    }
}
