package io.github.gongkai.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The output options of the commands that write their results as text, JSON or a CSV table ({@code check},
 * {@code compare}): {@code --format}, {@code -o} and {@code --excel}. Each command says in the help bundle what its
 * rows are; the annotations give the English common to both.
 */
final class TableOutputOptions {

    /** The output formats. */
    enum Format { text, json, csv }

    /** The extensions of each format, the usual one first. */
    private static final Map<Format, List<String>> EXTENSIONS = new EnumMap<>(Map.of(Format.text, List.of("txt"),
            Format.json, List.of("json"), Format.csv, List.of("csv")));

    @Option(names = "--format", paramLabel = "text|json|csv", description = "Output format: text, json or csv "
            + "(see the command's description for what a row is). Default: from OUT's extension (.txt .json .csv), "
            + "else text.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the output to this file, replaced "
            + "only when the command ends; `-` or none: standard output. A CSV file gets a datapackage.json beside it.")
    Path file;

    @Option(names = "--excel", description = "csv only: begin with a UTF-8 byte order mark and end lines with CRLF, "
            + "so that Excel on a Chinese system reads the file as UTF-8.")
    boolean excel;

    /**
     * Checks the options together, before any input is read, and settles {@link #format}: {@code --format}, else
     * the extension of {@code -o} ({@code .txt}, {@code .json}, {@code .csv}; one that contradicts
     * {@code --format} or names another format is refused, see {@link OutputFormats}), else text. {@code --excel}
     * needs csv, and a CSV file's {@code datapackage.json} must be writable where no input is.
     *
     * @param lang the language of the error
     * @param inputs the inputs, which no output may overwrite
     * @return the data package to write beside the CSV file, or null for none
     * @throws OperatorException if the options do not go together
     */
    DataPackage check(Lang lang, List<Path> inputs) {
        format = OutputFormats.of("-o", file, EXTENSIONS, format, "--format").orElse(Format.text);
        if (excel && format != Format.csv) {
            throw new OperatorException(lang.t("--excel 只用于 --format csv", "--excel is for --format csv only"));
        }
        return format == Format.csv ? DataPackage.beside(file, "-o", inputs) : null;
    }
}
