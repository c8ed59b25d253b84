package io.github.gongkai.cli;

import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.validation.Coverage;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coverage part of {@code batch --organs FILE [--years …]}: the reports the batch read, by organ and year, held
 * against the organs listed ({@link Coverage}, {@code SET.MISSING_REPORT}), printed and written to the
 * {@code --report} document and the JSON summary.
 */
final class BatchCoverage {

    private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})\\s*(?:-\\s*(\\d{4})\\s*)?");

    private final List<String> organNames;
    private final Set<Integer> years;
    private final Set<ReportHeader> seen = new HashSet<>();
    private Coverage coverage;

    private BatchCoverage(List<String> organNames, Set<Integer> years) {
        this.organNames = organNames;
        this.years = years;
    }

    /**
     * Reads the options, before any input is read.
     *
     * @param organs the file of {@code --organs}, or null
     * @param years the texts of {@code --years}
     * @param lang the language of an error
     * @return the coverage to follow, or null without {@code --organs}
     * @throws OperatorException if the file cannot be read, a year is not one, or {@code --years} comes alone
     */
    static BatchCoverage of(Path organs, List<String> years, Lang lang) {
        Set<Integer> parsed = years(years, lang);
        if (organs == null && !parsed.isEmpty()) {
            throw new OperatorException(lang.t("--years 需要与 --organs 一起使用", "--years goes with --organs"));
        }
        return organs == null ? null : new BatchCoverage(organNames(organs, lang), parsed);
    }

    /** Notes a report the batch read. */
    void saw(Loaded loaded) {
        if (loaded instanceof Loaded.Read read) {
            ReportHeader h = read.report().header();
            seen.add(ReportHeader.of(h.organName(), h.reportYear(), h.edition()));
        }
    }

    /**
     * Holds the reports read against the list, once the batch has read every input: prints the organs without a
     * report for a year and writes each to the {@code --report} document.
     */
    void finish(PrintWriter out, Lang lang, ReportValidator validator, ReportDocument document) {
        coverage = Coverage.of(organNames, years.isEmpty()
                ? seen.stream().map(ReportHeader::reportYear).collect(Collectors.toSet()) : years, seen);
        out.println(lang.t("覆盖情况（", "coverage (") + coverage.organs().size() + lang.t(" 个机关，年度 ",
                " organs, years ") + coverage.years() + lang.t("）：", "):"));
        if (validator.isEnabled(Rule.SET_MISSING_REPORT)) {
            Severity severity = validator.severity(Rule.SET_MISSING_REPORT);
            for (Coverage.Gap gap : coverage.missing()) {
                out.println("  " + Words.severity(severity, lang) + " " + gap.rule().id() + " "
                        + Display.text(gap.message(lang.locale())));
                if (document != null) {
                    document.crossReport(gapJson(gap, severity, lang));
                }
            }
            out.println("  " + lang.t("缺少报告 ", "missing reports: ") + coverage.missing().size());
        }
        if (!coverage.unlisted().isEmpty()) {
            out.println("  " + lang.t("有报告但不在名单中的机关：", "organs with reports, not in the list: ")
                    + Display.text(String.join(lang.t("、", ", "), coverage.unlisted())));
        }
    }

    /** Whether a missing report fails the batch: some are missing and the rule is on with ERROR severity. */
    boolean missingIsError(ReportValidator validator) {
        return coverage != null && !coverage.isComplete() && validator.isEnabled(Rule.SET_MISSING_REPORT)
                && validator.severity(Rule.SET_MISSING_REPORT) == Severity.ERROR;
    }

    /** The coverage for the JSON summary, after {@link #finish}. */
    ObjectNode json(ReportValidator validator, Lang lang) {
        ObjectNode node = FindingsJson.MAPPER.createObjectNode();
        coverage.organs().forEach(node.putArray("organs")::add);
        coverage.years().forEach(node.putArray("years")::add);
        ArrayNode missing = node.putArray("missing");
        if (validator.isEnabled(Rule.SET_MISSING_REPORT)) {
            for (Coverage.Gap gap : coverage.missing()) {
                missing.add(gapJson(gap, validator.severity(Rule.SET_MISSING_REPORT), lang));
            }
        }
        coverage.unlisted().forEach(node.putArray("unlisted")::add);
        return node;
    }

    private static ObjectNode gapJson(Coverage.Gap gap, Severity severity, Lang lang) {
        ObjectNode node = FindingsJson.MAPPER.createObjectNode();
        node.put("rule", gap.rule().id().toString());
        node.put("severity", severity.name());
        node.put("organ", gap.organ());
        node.put("year", gap.year());
        node.put("message", gap.message(lang.locale()));
        return node;
    }

    /** The organ names of --organs: one a line, trimmed; blank lines and # comments skipped. */
    static List<String> organNames(Path file, Lang lang) {
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String name = line.replace("\uFEFF", "").strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException | UncheckedIOException e) {
            throw new OperatorException("--organs " + Display.path(file) + ": " + lang.t("无法读取（", "cannot be read (")
                    + Display.text(String.valueOf(e.getMessage())) + lang.t("）", ")"));
        }
    }

    /** The years of --years: single years and ranges ({@code 2020-2023}). */
    static Set<Integer> years(List<String> texts, Lang lang) {
        Set<Integer> years = new TreeSet<>();
        for (String text : texts) {
            Matcher m = YEARS.matcher(text);
            if (!m.matches() || m.group(2) != null && Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
                throw new OperatorException("--years " + Display.text(text) + ": " + lang.t(
                        "应为年份（2022）或年份范围（2020-2023）", "expected a year (2022) or a range (2020-2023)"));
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < ReportHeader.FIRST_REPORT_YEAR) {
                throw new OperatorException("--years " + Display.text(text) + ": " + lang.t(
                        "年度报告自 " + ReportHeader.FIRST_REPORT_YEAR + " 年起才有",
                        "the first report year is " + ReportHeader.FIRST_REPORT_YEAR));
            }
            for (int y = from; y <= to; y++) {
                years.add(y);
            }
        }
        return years;
    }
}
