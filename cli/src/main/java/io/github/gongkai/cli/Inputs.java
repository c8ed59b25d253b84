package io.github.gongkai.cli;

import io.github.gongkai.json.JsonLines;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads inputs of every kind the CLI accepts: published pages (text, HTML, Markdown) through the reader,
 * JSON documents, and JSON Lines files line by line, streaming.
 */
final class Inputs {

    private static final ReportJson JSON = ReportJson.standard();
    private static final ReportReader READER = ReportReader.create();

    private Inputs() {
    }

    /** Tells whether a file is one the CLI reads, by its extension. */
    static boolean isInput(Path file) {
        String name = name(file);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".txt") || name.endsWith(".html")
                || name.endsWith(".htm") || name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * Loads every report of one file and hands each to {@code sink}: one for a page or a JSON document,
     * one per line for JSON Lines (streamed, never all held at once).
     */
    static void load(Path file, Lang lang, Consumer<Loaded> sink) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            sink.accept(new Loaded.Unreadable(source, lang.t("文件不存在或不是普通文件", "no such file, or not a regular file"),
                    lang.t("检查路径是否正确", "check the path")));
            return;
        }
        String name = name(file);
        if (name.endsWith(".jsonl")) {
            try (Stream<JsonLines.Line> lines = JSON.lines().read(file)) {
                lines.forEach(line -> {
                    if (line instanceof JsonLines.Parsed parsed) {
                        sink.accept(new Loaded.Read(source + ":" + parsed.lineNumber(), parsed.report(),
                                Optional.empty()));
                    } else if (line instanceof JsonLines.Failed failed) {
                        sink.accept(jsonError(source + ":" + failed.lineNumber(), failed.error(), lang));
                    }
                });
            } catch (UncheckedIOException e) {
                sink.accept(ioError(source, e.getCause(), lang));
            }
            return;
        }
        sink.accept(loadOne(file, lang));
    }

    private static Loaded loadOne(Path file, Lang lang) {
        String source = file.toString();
        try {
            if (name(file).endsWith(".json")) {
                return new Loaded.Read(source, JSON.read(file), Optional.empty());
            }
            ReadResult result = READER.read(file);
            return new Loaded.Read(source, result.report(), Optional.of(result.reading()));
        } catch (ReportJsonException e) {
            return jsonError(source, e, lang);
        } catch (ReportReadException e) {
            String where = e.position().map(p -> " (" + p + ")").orElse("");
            return new Loaded.Unreadable(source, e.getMessage() + where, lang.t(
                    "确认这是一份政府信息公开工作年度报告（含表三）；HTML、Markdown 或纯文本均可",
                    "make sure the file is a 政府信息公开工作年度报告 with its table 三, as HTML, Markdown or text"));
        } catch (IOException e) {
            return ioError(source, e, lang);
        } catch (UncheckedIOException e) {
            return ioError(source, e.getCause(), lang);
        }
    }

    private static Loaded jsonError(String source, ReportJsonException e, Lang lang) {
        return new Loaded.Unreadable(source, e.getMessage(), lang.t(
                "按 `gongkai schema` 打印的 JSON Schema 修正该位置", "fix the member at that JSON pointer; `gongkai schema` prints the format"));
    }

    private static Loaded ioError(String source, IOException e, Lang lang) {
        String reason = e instanceof NoSuchFileException ? lang.t("文件不存在", "no such file") : String.valueOf(e.getMessage());
        return new Loaded.Unreadable(source, reason, lang.t("检查文件是否存在且可读", "check that the file exists and can be read"));
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
