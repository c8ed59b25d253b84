package io.github.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The output options of the commands that write their results as text, JSON or a CSV table ({@code check},
 * {@code compare}): {@code --format}, {@code -o} and {@code --excel}. Each command says in the help bundle what its
 * rows are; the annotations give the English common to both.
 */
final class TableOutputOptions {

    /** The output formats. */
    enum Format { text, json, csv }

    @Option(names = "--format", paramLabel = "text|json|csv", description = "Output format: text (default), json, "
            + "or csv (see the command's description for what a row is).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the output to this file, replaced "
            + "only when the command ends; `-` or none: standard output. A CSV file gets a datapackage.json beside it.")
    Path file;

    @Option(names = "--excel", description = "csv only: begin with a UTF-8 byte order mark and end lines with CRLF, "
            + "so that Excel on a Chinese system reads the file as UTF-8.")
    boolean excel;

    /**
     * Checks the options together, before any input is read: {@code --excel} needs {@code --format csv}, and a CSV
     * file's {@code datapackage.json} must be writable where no input is.
     *
     * @param lang the language of the error
     * @param inputs the inputs, which no output may overwrite
     * @return the data package to write beside the CSV file, or null for none
     * @throws OperatorException if the options do not go together
     */
    DataPackage check(Lang lang, List<Path> inputs) {
        if (excel && format != Format.csv) {
            throw new OperatorException(lang.t("--excel 只用于 --format csv", "--excel is for --format csv only"));
        }
        return format == Format.csv ? DataPackage.beside(file, "-o", inputs) : null;
    }
}
