package io.github.gongkai.validation.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The rules over several reports: carry-over continuity and regional summaries. */
final class SetRules {

    private SetRules() {
    }

    /**
     * Returns the cells a rule over several reports compares, for
     * {@link io.github.gongkai.validation.Rule#checking}: the carried rows of table 三 for the carry-over, every
     * cell of the edition for the summary.
     *
     * @return the cells, empty for a rule that reads one report
     */
    static List<CellRef> cells(Rule rule, Edition edition) {
        return switch (rule) {
            case SET_CARRY_OVER -> Stream.of(ApplicationRow.CARRIED_OVER, ApplicationRow.CARRIED_FORWARD)
                    .flatMap(row -> Stream.of(ApplicantColumn.values()).map(c -> CellRef.of(row, c))).toList();
            case SET_SUMMARY -> CellRef.all(edition);
            case SET_IN_FORCE_STOCK, SET_YEAR_RATIO, SET_REPEATED_REPORT, SET_SUMMARY_MEMBERS_MISSING ->
                    YearRules.cells(rule, edition);
            default -> List.of();
        };
    }

    /**
     * For every pair of reports of the same organ (same name) for consecutive years: the later report's
     * 上年结转 equals the earlier report's 结转下年度, column by column.
     *
     * @return true if validation must stop
     */
    static boolean carryOver(ReportSet set, RuleEngine engine, FindingSink sink) {
        Rule rule = Rule.SET_CARRY_OVER;
        List<Report> reports = set.reports();
        // Positions by organ and year, ascending: each report meets only its organ's next year, not every
        // report of the set (a set of many organs is linear, not quadratic), in the same order as before.
        Map<OrganYear, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            positions.computeIfAbsent(OrganYear.of(reports.get(i), 0), k -> new ArrayList<>()).add(i);
        }
        for (int earlier = 0; earlier < reports.size(); earlier++) {
            for (int later : positions.getOrDefault(OrganYear.of(reports.get(earlier), 1), List.of())) {
                Report e = reports.get(earlier);
                Report l = reports.get(later);
                if (!engine.applies(rule, e.edition()) || !engine.applies(rule, l.edition())) {
                    continue;
                }
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    boolean total = c == ApplicantColumn.TOTAL;
                    CellRef current = CellRef.of(ApplicationRow.CARRIED_OVER, c);
                    CellRef previous = CellRef.of(ApplicationRow.CARRIED_FORWARD, c);
                    Equation identity = Equation.evaluate(rule, c.key(), c.label(), List.of(
                            new Operand(current, CellRole.CURRENT_YEAR, l.get(current), later, total),
                            new Operand(previous, CellRole.PREVIOUS_YEAR, e.get(previous), earlier, total)),
                            engine.blankPolicy());
                    if (identity.status != Equation.Status.PASSED
                            && sink.add(identity.toFinding(engine.severity(rule), engine.blankPolicy(), List.of()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An organ and a year: where a report stands in the carry-over chain. */
    private record OrganYear(String organ, int year) {
        static OrganYear of(Report report, int yearsLater) {
            return new OrganYear(report.header().organName(), report.header().reportYear() + yearsLater);
        }
    }

    /**
     * For every report marked as a summary: each of its cells that every member's edition also has equals
     * the sum of the members' cells. Amount cells whose units cannot be compared are skipped.
     *
     * @return true if validation must stop
     */
    static boolean summaries(ReportSet set, RuleEngine engine, FindingSink sink) {
        Rule rule = Rule.SET_SUMMARY;
        for (ReportSet.Summary summary : set.summaries()) {
            Report total = set.reports().get(summary.summary());
            List<String> missing = missingMembers(set, summary);
            if (!missing.isEmpty()) {
                if (membersMissing(summary, total, missing, engine, sink)) {
                    return true;
                }
                continue;
            }
            if (!engine.applies(rule, total.edition())) {
                continue;
            }
            cells:
            for (CellRef ref : CellRef.all(total.edition())) {
                List<Operand> terms = new ArrayList<>(summary.members().size() + 1);
                terms.add(new Operand(ref, CellRole.TOTAL, total.get(ref), summary.summary(), true));
                for (int m : summary.members()) {
                    Report member = set.reports().get(m);
                    if (!ref.existsIn(member.edition())) {
                        continue cells;
                    }
                    terms.add(new Operand(ref, CellRole.COMPONENT, member.get(ref), m, false));
                }
                if (!comparableUnits(terms)) {
                    continue;
                }
                Equation identity = Equation.evaluate(rule, ref.toString(), ref.label(total.edition()), terms,
                        engine.blankPolicy());
                if (identity.status != Equation.Status.PASSED
                        && sink.add(identity.toFinding(engine.severity(rule), engine.blankPolicy(), List.of()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The expected members' names that no member of the summary has, in the order given. */
    private static List<String> missingMembers(ReportSet set, ReportSet.Summary summary) {
        Set<String> present = new HashSet<>();
        for (int m : summary.members()) {
            present.add(set.reports().get(m).header().organName());
        }
        List<String> missing = new ArrayList<>();
        for (String name : summary.expectedMembers()) {
            if (!present.contains(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * A finding of {@link Rule#SET_SUMMARY_MEMBERS_MISSING}: subject the missing names joined with 、, expected
     * the number of members named, actual the number of those with a report; its one cell is the summary's
     * 本年新收 总计, which anchors it to the summary report.
     *
     * @return true if validation must stop
     */
    private static boolean membersMissing(ReportSet.Summary summary, Report total, List<String> missing,
            RuleEngine engine, FindingSink sink) {
        Rule rule = Rule.SET_SUMMARY_MEMBERS_MISSING;
        if (!engine.applies(rule, total.edition())) {
            return false;
        }
        CellRef anchor = YearRules.ANCHOR;
        BigDecimal expected = BigDecimal.valueOf(summary.expectedMembers().size());
        BigDecimal actual = BigDecimal.valueOf(summary.expectedMembers().size() - missing.size());
        String names = String.join("、", missing);
        return sink.add(new Finding(rule.id(), engine.severity(rule), FindingStatus.FAILED, engine.blankPolicy(),
                names, names, List.of(new CellInvolvement(anchor, CellRole.TOTAL, total.get(anchor),
                        summary.summary())), Optional.of(expected), Optional.of(actual),
                Optional.of(actual.subtract(expected)), List.of()));
    }

    /** Amounts are comparable if none lacks a unit, or all lack one. */
    private static boolean comparableUnits(List<Operand> terms) {
        Set<AmountUnit> units = EnumSet.noneOf(AmountUnit.class);
        for (Operand t : terms) {
            if (t.value() instanceof CellValue.Amount a) {
                units.add(a.unit());
            }
        }
        return !units.contains(AmountUnit.UNSTATED) || units.size() == 1;
    }
}
