package io.github.gongkai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the extension of an output file says, one rule for every command and option that writes a file: an
 * extension is a promise about the content, so text is never written into a file named {@code .pdf}.
 *
 * <ul>
 *   <li>An extension of a format the output writes chooses that format when no option chose one
 *       ({@code convert -o cells.csv}, {@code check -o findings.json}), and must agree with the format an option
 *       chose ({@code convert --to json -o out.csv} is refused).</li>
 *   <li>An extension that names another format ({@link #NAMING}: {@code .pdf}, {@code .yaml}, {@code .xls},
 *       {@code .gz} …) is refused, naming the extensions the output writes.</li>
 *   <li>A name without an extension, or with one that names no format ({@code .log}, {@code .out},
 *       {@code .bak}), leaves the format to the option or the command's default; so does standard output.</li>
 * </ul>
 *
 * <p>Every refusal comes before anything is read: an {@link OperatorException} naming the option, the file and the
 * extensions the output writes, exit code 2.
 */
final class OutputFormats {

    /**
     * The extensions that name a format: those of the files gongkai reads or writes, and the usual data, document,
     * archive and image formats.
     */
    static final Set<String> NAMING = Set.of("json", "jsonl", "ndjson", "csv", "tsv", "xlsx", "xls", "xlsm", "ods",
            "html", "htm", "xhtml", "md", "markdown", "txt", "pdf", "docx", "doc", "odt", "rtf", "wps", "xml",
            "yaml", "yml", "toml", "parquet", "sqlite", "epub", "zip", "gz", "bz2", "xz", "zst", "7z", "tar", "png",
            "jpg", "jpeg", "gif", "svg", "webp");

    private OutputFormats() {
    }

    /**
     * The format of an output that can take several.
     *
     * @param <F> the output's formats
     * @param option the option naming the file, for messages ({@code -o})
     * @param target the file; null or {@code -} for standard output
     * @param writes each format the output writes, with the extensions (lower case, without the dot) that name it,
     *     the usual one first, in the order messages list them
     * @param chosen the format an option chose, null if none was given
     * @param chooser that option, for messages ({@code --to})
     * @return the format chosen, else the one the extension names; empty when neither says
     * @throws OperatorException if the extension names a format the output does not write, or another than chosen
     */
    static <F> Optional<F> of(String option, Path target, Map<F, List<String>> writes, F chosen, String chooser) {
        Optional<String> extension = extension(target);
        if (extension.isEmpty()) {
            return Optional.ofNullable(chosen);
        }
        String ext = extension.get();
        Optional<F> named = writes.entrySet().stream().filter(e -> e.getValue().contains(ext)).map(Map.Entry::getKey)
                .findFirst();
        if (named.isEmpty()) {
            if (NAMING.contains(ext)) {
                throw new OperatorException(lang -> option + " " + Display.path(target) + lang.t("：不能写成 ." + ext
                        + " 文件；" + option + " 可写 ", ": cannot be written as a ." + ext + " file; " + option
                        + " writes ") + listed(writes, lang));
            }
            return Optional.ofNullable(chosen);
        }
        if (chosen != null && !chosen.equals(named.get())) {
            String usual = "." + writes.get(chosen).get(0);
            throw new OperatorException(lang -> option + " " + Display.path(target) + lang.t("：." + ext + " 与 "
                    + chooser + " " + chosen + " 不符（" + chosen + " 写成 " + usual + " 文件）；请改用 " + usual
                    + " 文件名，或不给 " + chooser, ": ." + ext + " does not match " + chooser + " " + chosen + " (which "
                    + "writes a " + usual + " file); name the file " + usual + ", or leave out " + chooser));
        }
        return named;
    }

    /**
     * Refuses an output of one format whose extension names another ({@code --report r.csv}).
     *
     * @param option the option naming the file, for messages
     * @param target the file; null or {@code -} pass
     * @param extensions the extensions of the format written, the usual one first
     * @throws OperatorException if the extension names another format
     */
    static void require(String option, Path target, List<String> extensions) {
        of(option, target, Map.of(extensions.get(0), extensions), null, null);
    }

    /** The extension of a file's name, lower case and without the dot; empty for none or standard output. */
    static Optional<String> extension(Path target) {
        if (target == null || Output.isStandard(target) || target.getFileName() == null) {
            return Optional.empty();
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? Optional.empty()
                : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static <F> String listed(Map<F, List<String>> writes, Lang lang) {
        List<String> all = new ArrayList<>();
        writes.values().forEach(extensions -> extensions.forEach(e -> all.add("." + e)));
        if (all.size() == 1) {
            return all.get(0) + lang.t(" 文件", " files");
        }
        return String.join(lang.t("、", ", "), all.subList(0, all.size() - 1)) + lang.t(" 或 ", " or ")
                + all.get(all.size() - 1) + lang.t(" 文件", " files");
    }
}
