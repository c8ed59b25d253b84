package io.github.gongkai.cli;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.MissingCell;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.render.Verdict;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.Suspect;
import io.github.gongkai.validation.ValidationResult;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

/** Prints the result of checking one input as readable text, in one language. */
final class FindingsText {

    private final PrintWriter out;
    private final Lang lang;

    private final boolean verbose;
    private java.util.function.BiFunction<io.github.gongkai.core.Report, Finding, Baseline.Mark> marks = (r, f) -> null;

    FindingsText(PrintWriter out, Lang lang, boolean verbose) {
        this.out = out;
        this.lang = lang;
        this.verbose = verbose;
    }

    /** Marks each finding with what a baseline says of it ({@code [new]}, {@code [changed]}, {@code [confirmed]}). */
    void marks(java.util.function.BiFunction<io.github.gongkai.core.Report, Finding, Baseline.Mark> baselineMarks) {
        this.marks = baselineMarks;
    }

    void unreadable(Loaded.Unreadable input) {
        out.println("✗ " + Display.text(input.source()) + ": " + lang.t("无法读取", "cannot be read"));
        out.println("    " + Display.text(input.reason()));
        out.println("    " + lang.t("下一步：", "next: ") + input.hint());
    }

    void checked(Loaded.Read input, ValidationResult result) {
        var header = input.report().header();
        Verdict verdict = Verdict.of(input.report(), result);
        out.println((result.isValid() ? "✓ " : "✗ ") + Display.text(input.source()) + ": "
                + Display.text(header.organName()) + " "
                + header.reportYear() + lang.t("年度报告（", " report (") + input.report().edition().key()
                + lang.t("版）", " edition)") + " — " + verdict(verdict));
        // Each number means one thing: rules that failed, by severity, apart from rules that could not be checked.
        out.println("    " + lang.t("不成立的规则：错误 ", "rules failed: errors ")
                + result.count(Severity.ERROR, FindingStatus.FAILED) + lang.t("，警告 ", ", warnings ")
                + (result.count(Severity.WARNING, FindingStatus.FAILED) + result.count(Severity.INFO,
                        FindingStatus.FAILED))
                + lang.t("；无法检查的规则 ", "; rules not assessable ") + result.notAssessableCount());
        tables(input, result);
        input.reading().ifPresent(this::reading);
        UnreadListing.print(out, input.report(), lang);
        Edition edition = input.report().edition();
        for (Finding finding : result.findings()) {
            Baseline.Mark mark = marks.apply(input.report(), finding);
            out.println("  " + (mark == null ? "" : "[" + Words.baseline(mark, lang) + "] ")
                    + Words.severity(finding.severity(), lang) + " " + Words.status(finding.status(), lang)
                    + " " + finding.rule());
            out.println("    " + Display.text(finding.message(lang.locale())));
            for (Suspect suspect : finding.suspects()) {
                out.println("    " + lang.t("疑似：", "suspect: ") + suspect.cell().describe(edition) + " "
                        + lang.t("填报 ", "printed ") + Display.text(shown(suspect.printed().toString())) + lang.t("，建议 ", ", suggested ")
                        + suspect.suggested() + lang.t("（", " (") + Words.confidence(suspect.confidence(), lang)
                        + suspect.typingError().map(t -> lang.t("，", ", ") + Words.typingError(t, lang)).orElse("")
                        + lang.t("）", ")"));
            }
        }
        Locations.text(out, input.report(), result, lang);
    }

    /** The verdict in words: what it means, not only "valid". */
    private String verdict(Verdict verdict) {
        return switch (verdict) {
            case VALID -> lang.t("通过", "valid");
            case VALID_WITH_WARNINGS -> lang.t("通过，有警告", "valid, with warnings");
            case NOT_FULLY_ASSESSED -> lang.t("未发现错误，但未能全部检查（有规则无法检查或有单元格未读出）",
                    "no error found, but not fully checked (rules not assessable or cells not read)");
            case NOT_VALID -> lang.t("不通过", "NOT valid");
            case UNREADABLE -> lang.t("无法读取", "cannot be read");
        };
    }

    /** One verdict line per table: its cells and the findings of the rules on it. */
    private void tables(Loaded.Read input, ValidationResult result) {
        for (ReportTable table : ReportTable.values()) {
            int cells = input.report().table(table).cells().size();
            if (cells == 0) {
                continue;
            }
            String prefix = table.key() + ".";
            // As on the summary line: rules that failed, by severity, apart from rules that could not be checked.
            long errors = count(result, prefix, true, FindingStatus.FAILED);
            long others = count(result, prefix, false, FindingStatus.FAILED);
            long notAssessable = count(result, prefix, true, FindingStatus.NOT_ASSESSABLE)
                    + count(result, prefix, false, FindingStatus.NOT_ASSESSABLE);
            long unread = unread(input, table);
            String verdict = errors > 0 ? "✗" : "✓";
            out.println("    " + verdict + " " + table.key() + " " + table.label() + ": " + cells
                    + lang.t(" 个单元格", " cells")
                    + (unread == 0 ? "" : lang.t("（", " (") + unread + lang.t(" 个未能读出）", " not read)"))
                    + (errors + others + notAssessable == 0 ? lang.t("，无问题", ", no findings")
                    : lang.t("，错误 ", ", errors ") + errors + lang.t("，其他 ", ", other findings ") + others)
                    + (notAssessable == 0 ? "" : lang.t("，无法检查的规则 ", ", rules not assessable ") + notAssessable));
        }
    }

    /** How many findings of a table's rules have the status, of severity error or (errors false) any other. */
    private static long count(ValidationResult result, String prefix, boolean errors, FindingStatus status) {
        return result.findings().stream().filter(f -> f.rule().code().startsWith(prefix) && f.status() == status
                && (f.severity() == Severity.ERROR) == errors).count();
    }

    /**
     * Cells of a table not read: unread in the report, or which the reader could not place (ambiguous) or did not
     * find; each counted once.
     */
    private static long unread(Loaded.Read input, ReportTable table) {
        Set<CellRef> cells = new HashSet<>();
        UnreadListing.of(input.report()).forEach(c -> cells.add(c.ref()));
        input.reading().ifPresent(reading -> {
            reading.ambiguities().forEach(a -> cells.addAll(a.cells()));
            reading.notFound().forEach(m -> cells.add(m.cell()));
        });
        return cells.stream().filter(c -> c.table() == table).count();
    }

    private void reading(ReadingReport reading) {
        out.println("    " + lang.t("读取：", "read: ") + Words.reading(reading, lang));
        for (Ambiguity ambiguity : reading.ambiguities()) {
            out.println("    " + lang.t("无法确定：", "ambiguous: ") + ambiguity.position().describe(lang.locale())
                    + lang.t(" “", " '") + Display.text(ambiguity.raw()) + lang.t("” → ", "' → ")
                    + cells(ambiguity) + lang.t("；", "; ") + Display.text(ambiguity.reason(lang.locale()))
                    + lang.t("；候选 ", "; candidates ") + ambiguity.candidates());
        }
        for (MissingCell missing : reading.notFound()) {
            out.println("    " + lang.t("未找到：", "not found: ") + missing.cell() + lang.t("：", ": ")
                    + Display.text(missing.reason(lang.locale()))
                    + missing.position().map(p -> lang.t("（查找位置：", " @ ") + p.describe(lang.locale())
                            + lang.t("）", "")).orElse(""));
        }
        for (ReadingWarning warning : reading.warnings()) {
            // The reader's remarks on the document (a PDF cut short, text over page images) bear on every number.
            if (verbose || warning.code() == ReadingWarning.Code.DOCUMENT_REMARK) {
                out.println("    " + lang.t("提示：", "note: ") + Display.text(lang == Lang.en ? warning.toString()
                        : warning.code().describe(lang.locale())
                                + warning.position().map(p -> "，" + p.describe(lang.locale())).orElse("")
                                + "：" + warning.message(lang.locale())));
            }
        }
    }

    private static String cells(Ambiguity ambiguity) {
        return ambiguity.cells().size() == 1 ? ambiguity.cells().get(0).toString()
                : ambiguity.cells().get(0) + " … " + ambiguity.cells().get(ambiguity.cells().size() - 1);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "∅" : value;
    }
}
