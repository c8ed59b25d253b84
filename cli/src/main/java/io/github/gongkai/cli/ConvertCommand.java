package io.github.gongkai.cli;

import io.github.gongkai.json.JsonLines;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReadingReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai convert}: published pages to canonical JSON, JSON Lines, or tidy CSV cells. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert published pages (or report JSON) to canonical report JSON, to JSON Lines for many "
                + "reports, or to tidy CSV with one row per cell.",
                "Cells the page did not let the reader read are written as unread (JSON format version 2, "
                + "CSV status unread with the reason) and listed on standard error; numbers are never guessed."},
        footer = {"", "Examples:",
                "  gongkai convert report.html -o report.json",
                "  gongkai convert pages/*.html -o corpus.jsonl",
                "  gongkai convert --to cells pages/*.txt -o cells.csv",
                "", "Exit codes: 0 converted, 2 some input could not be read (the others are still converted)."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files",
            description = "Report pages (.txt, .html, .md), report JSON (.json) or JSON Lines (.jsonl); "
                    + "`-` reads standard input (its kind told from its content).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file, replaced only when the "
            + "conversion ends (written to a temporary file beside it, then renamed); `-` or none: standard output. "
            + "It may not be one of the inputs.")
    Path output;

    @Option(names = "--to", paramLabel = "json|jsonl|cells", description = "Output: json (one report), jsonl (one "
            + "report per line) or cells (CSV). Default: from OUT's extension, else json for one report, jsonl for more.")
    Target to;

    @Option(names = "--pretty", description = "Indent the JSON (json only).")
    boolean pretty;

    private Lang lang;

    enum Target { json, jsonl, cells }

    @Override
    public Integer call() throws IOException {
        lang = GongkaiCli.lang(spec);
        PrintWriter err = spec.commandLine().getErr();
        // --to json writes one report: keep the first, count the rest (never hold a corpus in memory).
        List<Loaded.Read> reports = new ArrayList<>(1);
        long[] readCount = {0};
        int[] exit = {GongkaiCli.VALID};
        Target target = target();
        Inputs inputs = new Inputs(lang, GongkaiCli.standardInput(spec));
        // Checked before any input is read: a wrong -o costs nothing, and an input is never its own output.
        try (Output output = Output.to(this.output, "-o", files, spec.commandLine().getOut())) {
            Writer sink = output.writer();
            PrintWriter out = new PrintWriter(sink);
            JsonLines.LineWriter lines = target == Target.jsonl ? ReportJson.standard().lines().writer(sink) : null;
            CellsCsv csv = target == Target.cells ? new CellsCsv(out) : null;
            for (Path file : files) {
                inputs.load(file, loaded -> {
                    if (loaded instanceof Loaded.Unreadable bad) {
                        exit[0] = GongkaiCli.UNREADABLE;
                        err.println(Display.text(bad.source()) + ": " + Display.text(bad.reason()));
                        err.println("  " + lang.t("下一步：", "next: ") + bad.hint());
                        return;
                    }
                    Loaded.Read read = (Loaded.Read) loaded;
                    read.reading().ifPresent(reading -> noteGaps(err, read, reading));
                    if (lines != null) {
                        lines.write(read.report());
                    } else if (csv != null) {
                        csv.write(read);
                    } else if (readCount[0]++ == 0) {
                        reports.add(read);
                    }
                });
            }
            if (target == Target.json) {
                if (readCount[0] > 1) {
                    err.println(lang.t("--to json 只能输出一份报告，读到 ", "--to json writes one report, but ")
                            + readCount[0] + lang.t(" 份；请改用 --to jsonl", " were read; use --to jsonl"));
                    return GongkaiCli.UNREADABLE;
                }
                if (!reports.isEmpty()) {
                    ReportJson.builder().pretty(pretty).build().write(reports.get(0).report(), sink);
                    if (!pretty) {
                        sink.write('\n');
                    }
                }
            }
            if (lines != null) {
                lines.flush();
            }
            out.flush();
            output.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return exit[0];
    }

    private Target target() {
        if (to != null) {
            return to;
        }
        String name = output == null || output.getFileName() == null ? ""
                : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Target.cells;
        }
        if (name.endsWith(".jsonl")) {
            return Target.jsonl;
        }
        return files.size() == 1 && !files.get(0).toString().endsWith(".jsonl") ? Target.json : Target.jsonl;
    }

    private void noteGaps(PrintWriter err, Loaded.Read read, ReadingReport reading) {
        int ambiguous = reading.ambiguities().stream().mapToInt(a -> a.cells().size()).sum();
        int unread = UnreadListing.of(read.report()).size();
        if (unread > 0) {
            err.println(Display.text(read.source()) + ": " + Words.reading(reading, lang) + lang.t("；" + unread
                    + " 个单元格未能读出，记为未读（unread），不作猜测", "; " + unread
                    + " cell(s) not read, written as unread, never guessed"));
        } else if (ambiguous > 0 || !reading.notFound().isEmpty()) {
            err.println(Display.text(read.source()) + ": " + Words.reading(reading, lang) + lang.t("；无法确定或未找到的单元格保留为空", "; cells not placed are left blank"));
        }
    }
}
