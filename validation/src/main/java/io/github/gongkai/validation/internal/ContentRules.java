package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The required-content rules ({@code CONTENT.*}), applied on request: the narrative sections the format requires
 * are there and, for 一 and 五, say something; tables 二 to 四 are complete; section 六 states its fee figures. Each
 * rule is a row of data: a section of the narrative and whether it must hold text, or the cells that must be
 * printed. A section missing gives a finding with no cell, its subject the section's name in {@link Narrative}; a
 * table or figure missing gives one finding per table, naming the cells the page does not print. A blank cell is
 * printed (empty), so it is not missing from a table; section 六's figures must be stated, so there a blank one is.
 * Not part of the API.
 */
final class ContentRules {

    /** A narrative section the format requires: its name in {@link Narrative}, its heading, how to get it. */
    private record Section(Rule rule, String subject, String heading, Function<Narrative, Optional<String>> text,
            boolean mustSaySomething) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section(Rule.CONTENT_OVERVIEW, "overview", "一、总体情况", Narrative::overview, true),
            new Section(Rule.CONTENT_PROBLEMS, "problemsAndImprovements", "五、存在的主要问题及改进情况",
                    Narrative::problemsAndImprovements, true),
            new Section(Rule.CONTENT_OTHER_MATTERS, "otherMatters", "六、其他需要报告的事项", Narrative::otherMatters,
                    false));
    private static final List<ReportTable> TABLES = List.of(ReportTable.T2, ReportTable.T3, ReportTable.T4);

    /** The rules of this class, for {@link #anyEnabled}. */
    private static final List<Rule> RULES = List.of(Rule.CONTENT_OVERVIEW, Rule.CONTENT_TABLES, Rule.CONTENT_PROBLEMS,
            Rule.CONTENT_OTHER_MATTERS, Rule.CONTENT_FEES_STATED);

    private ContentRules() {
    }

    /**
     * Tells whether any content rule is enabled, so that an engine without them skips {@link #check} (applied on
     * request only, they are off in the standard validator, whose run allocates nothing but its findings).
     *
     * @param enabled per rule, by ordinal, whether it is applied
     * @return true if one is
     */
    static boolean anyEnabled(boolean[] enabled) {
        return RULES.stream().anyMatch(rule -> enabled[rule.ordinal()]);
    }

    /**
     * Returns the cells a content rule requires printed, for {@link Rule#checking}.
     *
     * @param rule the rule
     * @param format the edition's format
     * @return the cells, empty for another rule
     */
    static List<CellRef> cells(Rule rule, ReportFormat format) {
        return switch (rule) {
            case CONTENT_TABLES -> TABLES.stream().flatMap(t -> format.cells(t).stream()).toList();
            case CONTENT_FEES_STATED -> rule.appliesTo(format.edition()) ? format.cells(ReportTable.S6) : List.of();
            default -> List.of();
        };
    }

    /**
     * Applies the enabled content rules to a report.
     *
     * @return true if validation must stop
     */
    static boolean check(Report report, int index, RuleEngine engine, FindingSink sink) {
        for (Section section : SECTIONS) {
            if (engine.applies(section.rule(), report.edition()) && missing(section, report.narrative())
                    && sink.add(finding(section.rule(), engine, section.subject(), section.heading(), List.of()))) {
                return true;
            }
        }
        ReportFormat format = ReportFormat.of(report.edition());
        if (engine.applies(Rule.CONTENT_TABLES, report.edition())) {
            for (ReportTable table : TABLES) {
                if (unprinted(report, format.cells(table), false, index, Rule.CONTENT_TABLES, engine, sink)) {
                    return true;
                }
            }
        }
        return engine.applies(Rule.CONTENT_FEES_STATED, report.edition())
                && unprinted(report, format.cells(ReportTable.S6), true, index, Rule.CONTENT_FEES_STATED, engine, sink);
    }

    private static boolean missing(Section section, Narrative narrative) {
        Optional<String> text = section.text().apply(narrative);
        return text.isEmpty() || section.mustSaySomething() && text.get().isBlank();
    }

    /** Adds a finding naming the cells the page does not print (or leaves blank, when they must be stated). */
    private static boolean unprinted(Report report, List<CellRef> cells, boolean blankIsMissing, int index,
            Rule rule, RuleEngine engine, FindingSink sink) {
        List<CellInvolvement> missing = new ArrayList<>();
        for (CellRef ref : cells) {
            CellValue value = report.get(ref);
            if (value instanceof CellValue.Unread unread && unread.reason() == UnreadReason.NOT_FOUND
                    || blankIsMissing && value instanceof CellValue.Blank) {
                missing.add(new CellInvolvement(ref, CellRole.SUBJECT, value, index));
            }
        }
        if (missing.isEmpty()) {
            return false;
        }
        ReportTable table = cells.get(0).table();
        return sink.add(finding(rule, engine, table.key(), table.label(), missing));
    }

    private static Finding finding(Rule rule, RuleEngine engine, String subject, String label,
            List<CellInvolvement> cells) {
        return new Finding(rule.id(), engine.severity(rule), FindingStatus.FAILED, engine.blankPolicy(), subject,
                label, cells, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
