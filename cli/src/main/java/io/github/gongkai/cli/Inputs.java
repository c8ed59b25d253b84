package io.github.gongkai.cli;

import io.github.gongkai.json.JsonLines;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads inputs of every kind the CLI accepts: published reports (PDF, Word, HTML, Markdown, text) through the reader,
 * JSON documents, and JSON Lines files line by line, streaming. {@code -} is standard input: it is copied
 * to a temporary file (never held in memory) and its kind is told from its content.
 */
final class Inputs {

    /** How an input is read. */
    enum Kind { PAGE, JSON, JSON_LINES }

    /** How standard input is named in messages and outputs. */
    static final String STANDARD_INPUT = "-";

    private static final ReportJson JSON = ReportJson.standard();
    private static final ReportReader READER = ReportReader.standard();

    /** The extensions {@link #isInput} takes, in lower case. */
    private static final Set<String> INPUT_EXTENSIONS = Set.of("json", "jsonl", "txt", "html", "htm", "shtml", "shtm",
            "xhtml", "jhtml", "mht", "mhtml", "md", "markdown", "pdf", "docx", "doc", "wps");

    private final Lang lang;
    private final InputStream standardInput;

    Inputs(Lang lang, InputStream standardInput) {
        this.lang = lang;
        this.standardInput = standardInput;
    }

    /**
     * Tells whether a file found in a folder is one the CLI reads, by its extension: pages, PDF and Word files
     * (a {@code .wps} too, so that a corpus's WPS files are reported as not read rather than passed over), JSON.
     * Pages include the extensions of a site's pages as a crawler saves them ({@code .shtml}, the commonest on
     * government sites, {@code .shtm}, {@code .xhtml}, {@code .jhtml}), which the reader tells by their content, and web
     * archives ({@code .mht}, {@code .mhtml}: a page saved as a single file), whose page the reader takes out.
     */
    static boolean isInput(Path file) {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && INPUT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * Loads every report of one file and hands each to {@code sink}: one for a page or a JSON document,
     * one per line for JSON Lines (streamed, never all held at once).
     */
    void load(Path file, Consumer<Loaded> sink) {
        if (Output.isStandard(file)) {
            loadStandardInput(sink);
            return;
        }
        String source = file.toString();
        if (Files.isDirectory(file)) {
            sink.accept(new Loaded.Unreadable(source, lang.t("是目录，不是文件", "is a directory, not a file"),
                    "is a directory, not a file", lang.t("用 `gongkai batch` 检查整个目录", "use `gongkai batch` to check a whole directory")));
            return;
        }
        if (!Files.exists(file)) {
            sink.accept(new Loaded.Unreadable(source, lang.t("文件不存在", "no such file"), "no such file",
                    lang.t("检查路径是否正确", "check the path")));
            return;
        }
        if (!Files.isRegularFile(file)) {
            sink.accept(new Loaded.Unreadable(source, lang.t("不是普通文件", "not a regular file"),
                    "not a regular file", lang.t("给出报告文件的路径", "give the path of a report file")));
            return;
        }
        load(file, source, kindByName(file), sink);
    }

    private void load(Path file, String source, Kind kind, Consumer<Loaded> sink) {
        if (kind == Kind.JSON_LINES) {
            loadLines(file, source, sink);
            return;
        }
        sink.accept(loadOne(file, source, kind));
    }

    /**
     * The reports of a JSON Lines file, one a line, streamed (a blank line is an error of its own). An empty file
     * is unreadable, as an empty page is: a run given nothing to check must not pass as a valid one.
     */
    private void loadLines(Path file, String source, Consumer<Loaded> sink) {
        boolean[] any = {false};
        try (Stream<JsonLines.Line> lines = JSON.lines().read(file)) {
            lines.forEach(line -> {
                any[0] = true;
                if (line instanceof JsonLines.Parsed parsed) {
                    sink.accept(new Loaded.Read(source + ":" + parsed.lineNumber(), parsed.report(),
                            Optional.empty()));
                } else if (line instanceof JsonLines.Failed failed) {
                    sink.accept(jsonError(source + ":" + failed.lineNumber(), failed.error()));
                }
            });
        } catch (UncheckedIOException e) {
            sink.accept(ioError(source, e.getCause()));
            return;
        }
        if (!any[0]) {
            sink.accept(new Loaded.Unreadable(source, lang.t("JSON Lines 文件中没有报告（文件是空的）",
                    "the JSON Lines file holds no report (it is empty)"),
                    "the JSON Lines file holds no report (it is empty)",
                    lang.t("每行写一份报告的 JSON", "write one report's JSON on each line")));
        }
    }

    private Loaded loadOne(Path file, String source, Kind kind) {
        try {
            if (kind == Kind.JSON) {
                return new Loaded.Read(source, JSON.read(file), Optional.empty());
            }
            ReadResult result = READER.read(file);
            return new Loaded.Read(source, result.report(), Optional.of(result.reading()));
        } catch (ReportJsonException e) {
            return jsonError(source, e);
        } catch (ReportReadException e) {
            return new Loaded.Unreadable(source, readError(e, lang), readError(e, Lang.en), hint(e));
        } catch (IOException e) {
            return ioError(source, e);
        } catch (UncheckedIOException e) {
            return ioError(source, e.getCause());
        }
    }

    /** Why a page could not be read: the reason, what was wrong and where, in the output's language. */
    private static String readError(ReportReadException e, Lang lang) {
        String where = e.position().map(p -> lang.t("，位置：", " @ ") + p.describe(lang.locale())).orElse("");
        return lang == Lang.en ? e.getMessage()
                : e.reason().describe(lang.locale()) + "（" + e.message(lang.locale()) + where + "）";
    }

    /** What to do next about a file that could not be read: by what was wrong where that says more, else by why. */
    private String hint(ReportReadException e) {
        return switch (e.detail()) {
            case CONTENT_NOT_AS_NAMED -> lang.t("文件内容与文件名不符（常见于下载时保存了错误页面，或文件被改了名）：请重新下载或导出该报告",
                    "the file is not what its name says (a download that saved an error page, or a file renamed):"
                            + " download or export the report again");
            case PDF_CUT_SHORT -> lang.t("文件不完整（下载或复制中断）：请重新下载或复制完整的文件",
                    "the file is incomplete (a download or copy that stopped): download or copy the whole file again");
            default -> hint(e.reason());
        };
    }

    /** What to do next about a file that could not be read, by why. */
    private String hint(ReportReadException.Reason reason) {
        return switch (reason) {
            case NO_TEXT_LAYER -> lang.t("这个 PDF 是扫描件（只有图片）：请找到含文字的版本（网页、Word 或导出的 PDF），或先做文字识别",
                    "the PDF is a scan (images only): find a version with text (the web page, a Word file, an exported"
                            + " PDF) or recognise its text first");
            case PASSWORD_PROTECTED -> lang.t("文件设有打开密码：请用不加密的版本",
                    "the file needs a password to open: use a copy without one");
            case UNSUPPORTED_FORMAT -> lang.t("请提供 PDF、Word（.docx/.doc）、HTML、Markdown 或纯文本格式的报告",
                    "give the report as PDF, Word (.docx or .doc), HTML, Markdown or text");
            default -> lang.t("确认这是一份政府信息公开工作年度报告（含表三）；PDF、Word、HTML、Markdown 或纯文本均可",
                    "make sure the file is a 政府信息公开工作年度报告 with its table 三, as PDF, Word, HTML, Markdown or"
                            + " text");
        };
    }

    /**
     * Standard input, copied to a temporary file so that a JSON Lines stream of any length is never held; the file
     * is deleted when it is read, when reading fails, and when the JVM is stopped mid-copy; one that {@code kill -9}
     * left is removed by the next run that copies standard input ({@link TemporaryFile}).
     */
    private void loadStandardInput(Consumer<Loaded> sink) {
        // No extension: the page reader tells the format from the content; the name is the fallback source.
        try (TemporaryFile copy = TemporaryFile.create("gongkai-standard-input-")) {
            copy.copy(standardInput);
            load(copy.path(), STANDARD_INPUT, kindByContent(copy.path()), sink);
        } catch (IOException e) {
            sink.accept(ioError(STANDARD_INPUT, e));
        }
    }

    private static Kind kindByName(Path file) {
        String name = name(file);
        return name.endsWith(".jsonl") ? Kind.JSON_LINES : name.endsWith(".json") ? Kind.JSON : Kind.PAGE;
    }

    /**
     * JSON when the first character (after a byte order mark and white space) is <code>{</code>; JSON Lines
     * when, besides, its first line is a whole object (<code>{…}</code>) and another line follows; a page
     * otherwise.
     */
    static Kind kindByContent(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = in.readLine();
            while (first != null && first.replace("\u00EF\u00BB\u00BF", "").isBlank()) {
                first = in.readLine();
            }
            if (first == null) {
                return Kind.PAGE;
            }
            String line = first.replace("\u00EF\u00BB\u00BF", "").strip();
            if (!line.startsWith("{")) {
                return Kind.PAGE;
            }
            String next = in.readLine();
            while (next != null && next.isBlank()) {
                next = in.readLine();
            }
            return line.endsWith("}") && next != null ? Kind.JSON_LINES : Kind.JSON;
        }
    }

    /**
     * A report JSON rejected: the reader's message in the output's language (in Chinese the place, the kind of
     * error and the reader's explanation), after a lead in Chinese.
     */
    private Loaded jsonError(String source, ReportJsonException e) {
        String why = lang == Lang.zh ? "报告 JSON 不符合格式：" + e.message(lang.locale()) : e.getMessage();
        return new Loaded.Unreadable(source, why, e.getMessage(), lang.t(
                "按 `gongkai schema` 打印的 JSON Schema 修正该位置", "fix the member at that JSON pointer; `gongkai schema` prints the format"));
    }

    private Loaded ioError(String source, IOException e) {
        return new Loaded.Unreadable(source, describe(e, lang), describe(e, Lang.en), lang.t("检查文件是否存在且可读", "check that the file exists and can be read"));
    }

    /**
     * What went wrong with a file, in one line that says more than the file's name (which is what
     * {@link FileSystemException#getMessage()} alone often is).
     *
     * @param e the failure
     * @param lang the output's language (the system's own reason, such as {@code No space left on device}, is
     *     as the system gives it)
     * @return the cause, such as {@code permission denied} or {@code No space left on device}
     */
    static String describe(IOException e, Lang lang) {
        if (e instanceof NoSuchFileException) {
            return lang.t("没有这个文件或文件夹：", "no such file or folder: ") + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return lang.t("没有权限：", "permission denied: ") + e.getMessage();
        }
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile() + ": ";
            return file + (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
