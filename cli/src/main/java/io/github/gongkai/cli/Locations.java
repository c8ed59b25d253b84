package io.github.gongkai.cli;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.Correction;
import io.github.gongkai.validation.ErrorLocation;
import io.github.gongkai.validation.ErrorLocator;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The least changes that make every identity of a table hold ({@link ErrorLocator}), for the tables in which the
 * check found an identity that fails: what {@code check} shows after the findings, as text and as JSON.
 */
final class Locations {

    private Locations() {
    }

    /** The locations of the tables with a failed error, blanks read as the validator read them. */
    static List<ErrorLocation> of(Report report, ValidationResult result) {
        Set<ReportTable> failing = EnumSet.noneOf(ReportTable.class);
        BlankPolicy policy = BlankPolicy.BLANK_IS_ZERO;
        for (Finding finding : result.findings()) {
            if (finding.status() == FindingStatus.FAILED && finding.severity() == Severity.ERROR) {
                for (ReportTable table : List.of(ReportTable.T3, ReportTable.T4)) {
                    if (finding.rule().code().startsWith(table.key() + ".")) {
                        failing.add(table);
                        policy = finding.blankPolicy();
                    }
                }
            }
        }
        if (failing.isEmpty()) {
            return List.of();
        }
        return ErrorLocator.standard().withBlankPolicy(policy).locate(report).stream()
                .filter(l -> failing.contains(l.table())).toList();
    }

    static void text(PrintWriter out, Report report, ValidationResult result, Lang lang) {
        Edition edition = report.edition();
        for (ErrorLocation location : of(report, result)) {
            String table = location.table().key();
            if (location.limitReached()) {
                out.println("  " + lang.t("最少改动 ", "least change ") + table
                        + lang.t("：需改动 3 个以上单元格，不列出", ": more than 3 cells, not listed"));
                continue;
            }
            out.println("  " + lang.t("最少改动 ", "least change ") + table + lang.t("：", ": ")
                    + location.corrections().size() + lang.t(" 种改法，每种改 ", " correction(s) of ")
                    + location.corrections().get(0).changes().size() + lang.t(" 个单元格（代价 ", " cell(s) (cost ")
                    + cost(location.cost().getAsDouble()) + lang.t("）", ")"));
            int i = 1;
            for (Correction correction : location.corrections()) {
                StringBuilder line = new StringBuilder("    " + i++ + ") ");
                String separator = "";
                for (Correction.Change change : correction.changes()) {
                    line.append(separator).append(change.cell().describe(edition)).append(lang.t(" 填报 ", " printed "))
                            .append(Display.text(change.printed().toString())).append(" → ")
                            .append(change.value().isPresent() ? Long.toString(change.value().getAsLong())
                                    : lang.t("?（数值不唯一）", "? (not determined)"))
                            .append(change.typingError().map(t -> lang.t("（", " (") + Words.typingError(t, lang)
                                    + lang.t("）", ")")).orElse(""));
                    separator = lang.t("；", "; ");
                }
                out.println(line);
            }
        }
    }

    static void json(ArrayNode array, Report report, ValidationResult result) {
        for (ErrorLocation location : of(report, result)) {
            ObjectNode node = array.addObject();
            node.put("table", location.table().key());
            node.put("limitReached", location.limitReached());
            if (location.limitReached()) {
                node.putNull("cost");
            } else {
                node.put("cost", location.cost().getAsDouble());
            }
            ArrayNode corrections = node.putArray("corrections");
            for (Correction correction : location.corrections()) {
                ObjectNode c = corrections.addObject();
                c.put("cost", correction.cost());
                ArrayNode changes = c.putArray("changes");
                for (Correction.Change change : correction.changes()) {
                    ObjectNode ch = changes.addObject();
                    ch.put("cell", change.cell().toString());
                    FindingsJson.value(ch, "printed", change.printed());
                    if (change.value().isPresent()) {
                        ch.put("value", change.value().getAsLong());
                    } else {
                        ch.putNull("value");
                    }
                    change.typingError().ifPresent(t -> ch.put("typingError", t.toString()));
                }
            }
        }
    }

    private static String cost(double cost) {
        return String.format(Locale.ROOT, "%.2f", cost);
    }
}
