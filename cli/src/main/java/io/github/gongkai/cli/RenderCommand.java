package io.github.gongkai.cli;

import io.github.gongkai.render.TableFormat;
import io.github.gongkai.render.TableRenderer;
import io.github.gongkai.render.docx.DocxTableRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai render}: one report's official tables as HTML, Markdown, aligned text or a Word {@code .docx}.
 * A {@code .docx} is binary, so it is written to a file only ({@code -o}); standard output is refused before
 * anything is read.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render one report's official tables (二 主动公开, 三 申请, 四 复议诉讼, 六 收费) as an HTML "
                + "document, Markdown pipe tables, aligned text or a Word .docx document, with the official labels.",
                "Cells the page did not let the reader read are shown as ? (in HTML with a data-unread "
                + "attribute, in docx shaded) and counted on standard error; numbers are never guessed."},
        footer = {"", "Examples:",
                "  gongkai render report.json --to html -o report.html",
                "  gongkai render page.txt --to md",
                "  gongkai render report.pdf -o tables.txt",
                "  gongkai render report.json -o tables.docx",
                "", "Exit codes: 0 rendered, 2 the input could not be read (or holds more than one report) or a wrong "
                + "command line (such as --to docx without -o), 3 the run stopped (output not writable): no output "
                + "file was replaced."})
final class RenderCommand implements Callable<Integer> {

    /** The extension and the key of Word output, which is not one of render's text formats. */
    private static final String DOCX = DocxTableRenderer.EXTENSION;

    /** The extensions of each format, by its key, the usual one first. */
    private static final Map<String, List<String>> EXTENSIONS = new LinkedHashMap<>();

    static {
        EXTENSIONS.put(TableFormat.HTML.key(), List.of("html", "htm"));
        EXTENSIONS.put(TableFormat.MARKDOWN.key(), List.of("md", "markdown"));
        EXTENSIONS.put(TableFormat.TEXT.key(), List.of("txt"));
        EXTENSIONS.put(DOCX, List.of(DOCX));
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file",
            description = "A report page (.txt, .html, .md, .pdf, .docx, .doc), report JSON (.json) or a JSON Lines "
                    + "file holding one report; `-` reads standard input (its kind told from its content).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file, replaced only when the "
            + "rendering ends (written to a temporary file beside it, then renamed); `-` or none: standard output. "
            + "It may not be the input. docx needs a file: it is not written to standard output.")
    Path output;

    @Option(names = "--to", paramLabel = "html|md|txt|docx", description = "Output format: html (a standalone "
            + "document), md or markdown (GitHub-flavoured Markdown), txt or text (aligned text) or docx (a Word "
            + "document, to a file). Default: from OUT's extension (.html .htm .md .markdown .txt .docx; one that contradicts "
            + "--to, or names another format such as .pdf, is refused), else txt.")
    String to;

    private Lang lang;

    @Override
    public Integer call() throws IOException {
        lang = GongkaiCli.lang(spec);
        PrintWriter err = spec.commandLine().getErr();
        Optional<TableFormat> format = format();
        if (format.isEmpty() && (output == null || Output.isStandard(output))) {
            throw new OperatorException(lang.t("docx 是二进制文件，不写到标准输出：请用 -o 指定输出文件（如 -o tables.docx）",
                    "docx is a binary file and is not written to standard output: name the output file with -o "
                    + "(such as -o tables.docx)"));
        }
        List<Loaded.Read> reports = new ArrayList<>(1);
        long[] count = {0};
        int[] exit = {GongkaiCli.VALID};
        try (Output output = Output.to(this.output, "-o", List.of(file), spec.commandLine().getOut())) {
            new Inputs(lang, GongkaiCli.standardInput(spec)).load(file, loaded -> {
                if (loaded instanceof Loaded.Unreadable bad) {
                    exit[0] = GongkaiCli.UNREADABLE;
                    err.println(Display.text(bad.source()) + ": " + Display.text(bad.reason()));
                    err.println("  " + lang.t("下一步：", "next: ") + bad.hint());
                } else if (count[0]++ == 0) {
                    reports.add((Loaded.Read) loaded);
                }
            });
            if (count[0] > 1) {
                err.println(Display.text(file.toString()) + ": " + lang.t("render 只渲染一份报告，读到 ",
                        "render renders one report, but ") + count[0] + lang.t(
                        " 份；请把要渲染的那一行 JSON 单独存为一个 .json 文件",
                        " were read; save the line of the one to render as a .json file of its own"));
                return GongkaiCli.UNREADABLE;
            }
            if (reports.isEmpty() || exit[0] != GongkaiCli.VALID) {
                // A run that could not read all it was given writes nothing: the output is never replaced by a
                // run that fails, and a page of the one report read would hide the lines that were not.
                if (!reports.isEmpty()) {
                    err.println(lang.t("未写入输出：输入中有无法读取的部分", "nothing written: part of the input could "
                            + "not be read"));
                }
                return exit[0];
            }
            Loaded.Read read = reports.get(0);
            noteUnread(err, read);
            if (format.isPresent()) {
                Writer sink = output.writer();
                TableRenderer.of(format.get()).render(read.report(), sink);
                sink.flush();
            } else {
                DocxTableRenderer.standard().render(read.report(), output.stream());
            }
            output.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return exit[0];
    }

    /**
     * The text format of --to, else of OUT's extension ({@link OutputFormats}: one that --to contradicts or that
     * names another format is refused), else text; empty for docx.
     */
    private Optional<TableFormat> format() {
        String chosen = null;
        if (to != null) {
            chosen = to.equalsIgnoreCase(DOCX) ? DOCX : TableFormat.fromKey(to).orElseThrow(() -> new OperatorException(
                    lang.t("--to 只能是 html、md、txt 或 docx，不是 ", "--to must be html, md, txt or docx, not ")
                    + Display.text(to))).key();
        }
        String key = OutputFormats.of("-o", output, EXTENSIONS, chosen, "--to").orElse(TableFormat.TEXT.key());
        return key.equals(DOCX) ? Optional.empty() : TableFormat.fromKey(key);
    }

    private void noteUnread(PrintWriter err, Loaded.Read read) {
        int unread = UnreadListing.of(read.report()).size();
        if (unread > 0) {
            Optional<String> summary = read.reading().map(r -> Words.reading(r, lang) + lang.t("；", "; "));
            err.println(Display.text(read.source()) + ": " + summary.orElse("") + lang.t(unread
                    + " 个单元格未能读出，显示为 ?，不作猜测", unread + " cell(s) not read, shown as ?, never guessed"));
        }
    }
}
