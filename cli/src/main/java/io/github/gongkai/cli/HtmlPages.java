package io.github.gongkai.cli;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.render.CheckedReportPage;
import io.github.gongkai.render.IndexEntry;
import io.github.gongkai.render.PageSource;
import io.github.gongkai.render.ReportIndexPage;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML pages of {@code check --html} and {@code batch --html}: one checked-report page per report and, for a
 * batch, {@code index.html} beside a {@code pages/} folder. Each file is written to a temporary file and renamed
 * over the old one when complete, as every output of the CLI is.
 */
final class HtmlPages {

    /** The folder of the report pages, under the batch's output folder. */
    static final String PAGES = "pages";
    /** The extensions of a checked-report page ({@code check --html}, {@code compare --html}), the usual first. */
    static final List<String> EXTENSIONS = List.of("html", "htm");

    /** The longest part of an input's name kept in its page's file name. */
    private static final int MAX_STEM = 60;

    private final Path folder;
    private final Lang lang;
    private final List<IndexEntry> entries = new ArrayList<>();

    private HtmlPages(Path folder, Lang lang) {
        this.folder = folder;
        this.lang = lang;
    }

    /**
     * Prepares a batch's output folder, creating it and its {@code pages/} folder if absent.
     *
     * @throws OperatorException if the folder cannot be created or is a file
     */
    static HtmlPages batch(Path folder, Lang lang, Collection<Path> inputs) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OperatorException("--html " + Display.path(folder) + ": " + lang.t("不是文件夹；请指定一个文件夹",
                    "is not a folder; name a folder for the index and the pages"));
        }
        // Checked once here, so that writing each page need not compare it with every input: a batch of N inputs
        // would otherwise look at the file system N times per page.
        Path output = folder.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (!Output.isStandard(input) && input.toAbsolutePath().normalize().startsWith(output)) {
                throw new OperatorException("--html " + Display.path(folder) + ": " + lang.t("输入文件 ",
                        "the input ") + Display.path(input) + lang.t(" 在此文件夹中；页面会覆盖它，请另选文件夹",
                        " is inside this folder, where pages would replace it; name another folder"));
            }
        }
        try {
            Files.createDirectories(folder.resolve(PAGES));
        } catch (IOException e) {
            throw new OperatorException("--html " + Display.path(folder) + lang.t("：", ": ") + Inputs.describe(e, lang));
        }
        return new HtmlPages(folder, lang);
    }

    /** Where a report came from, for its page: its name, how it was read and where each cell was printed. */
    static PageSource source(Loaded.Read read, Lang lang) {
        PageSource source = PageSource.of(read.source());
        if (read.reading().isEmpty()) {
            return source;
        }
        ReadingReport reading = read.reading().get();
        Map<CellRef, String> positions = new HashMap<>();
        for (Provenance provenance : reading.cellsRead()) {
            positions.put(provenance.cell(), provenance.position().describe(lang.locale()));
        }
        return source.withReading(Words.reading(reading, lang)).withPositions(positions);
    }

    /**
     * Writes one checked report's page to a file.
     *
     * @throws IOException if the file cannot be written; the old file is then untouched
     */
    static void write(Path file, String option, Collection<Path> inputs, Loaded.Read read, ValidationResult result,
            Lang lang) throws IOException {
        try (Output output = Output.to(file, option, inputs, null)) {
            CheckedReportPage.of(lang.locale()).render(read.report(), result, source(read, lang), output.writer());
            output.commit();
        }
    }

    /**
     * Writes the later report's page, with the findings of the rules over years against last year's report.
     *
     * @throws IOException if the file cannot be written; the old file is then untouched
     */
    static void writeWithLastYear(Path file, String option, Collection<Path> inputs, Loaded.Read read,
            ValidationResult result, io.github.gongkai.validation.ReportComparison lastYear,
            java.util.List<io.github.gongkai.validation.Finding> yearFindings, Lang lang) throws IOException {
        try (Output output = Output.to(file, option, inputs, null)) {
            CheckedReportPage.of(lang.locale()).render(read.report(), result, source(read, lang), lastYear,
                    yearFindings, output.writer());
            output.commit();
        }
    }

    /** Writes a report's page into {@code pages/} and remembers its row of the index. */
    void checked(Loaded.Read read, ValidationResult result) throws IOException {
        String name = String.format("%04d-%s.html", entries.size() + 1, stem(read.source()));
        write(folder.resolve(PAGES).resolve(name), "--html", List.of(), read, result, lang); // inputs: see batch()
        entries.add(IndexEntry.checked(read.source(), PAGES + "/" + name, read.report(), result));
    }

    /** Remembers an input that could not be read, with why. */
    void unreadable(Loaded.Unreadable bad) {
        entries.add(IndexEntry.unreadable(bad.source(), bad.reason()));
    }

    /**
     * Writes {@code index.html}.
     *
     * @return the index file
     * @throws IOException if it cannot be written
     */
    Path index() throws IOException {
        Path index = folder.resolve("index.html");
        try (Output output = Output.to(index, "--html", List.of(), null)) {
            ReportIndexPage.of(lang.locale()).render(entries, output.writer());
            output.commit();
        }
        return index;
    }

    /**
     * The part of a page's file name taken from its input's name: the file name without its folder and
     * extension, letters and digits kept (of any script), any other character an underscore.
     */
    static String stem(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        StringBuilder stem = new StringBuilder(Math.min(name.length(), MAX_STEM));
        name.codePoints().limit(MAX_STEM).forEach(c -> stem.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_'));
        return stem.isEmpty() ? "report" : stem.toString();
    }
}
