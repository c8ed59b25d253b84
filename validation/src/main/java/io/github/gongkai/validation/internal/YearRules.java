package io.github.gongkai.validation.internal;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.ReportComparison;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules between consecutive years of one organ, besides carry-over: the stock of table 二
 * ({@link Rule#SET_IN_FORCE_STOCK}), large changes ({@link Rule#SET_YEAR_RATIO}) and repeated reports
 * ({@link Rule#SET_REPEATED_REPORT}). Pairs are found as for carry-over: same organ name, the later year the
 * earlier plus one.
 */
final class YearRules {

    /** Table 二's rows with 本年制发, 本年废止 and 现行有效 (2021 edition). */
    private static final List<ActiveDisclosureRow> STOCK_ROWS = List.of(ActiveDisclosureRow.RULES,
            ActiveDisclosureRow.NORMATIVE_DOCUMENTS);
    /** The cell a repeated-report finding is anchored to in both reports. */
    static final CellRef ANCHOR = CellRef.of(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
    static final String TABLES = "tables";
    static final String TABLES_LABEL = "表二、表三、表四及第六部分的全部单元格";
    static final String NARRATIVE = "narrative";
    static final String NARRATIVE_LABEL = "一、总体情况；五、存在的主要问题及改进情况；六、其他需要报告的事项";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private YearRules() {
    }

    /** The cells a rule compares, for {@link Rule#checking}. */
    static List<CellRef> cells(Rule rule, Edition edition) {
        List<CellRef> cells = new ArrayList<>();
        if (rule == Rule.SET_IN_FORCE_STOCK) {
            for (ActiveDisclosureRow row : STOCK_ROWS) {
                for (ActiveDisclosureColumn c : List.of(ActiveDisclosureColumn.ISSUED, ActiveDisclosureColumn.REPEALED,
                        ActiveDisclosureColumn.IN_FORCE)) {
                    cells.add(CellRef.of(row, c));
                }
            }
        } else if (rule == Rule.SET_REPEATED_REPORT || rule == Rule.SET_SUMMARY_MEMBERS_MISSING) {
            cells.add(ANCHOR); // the cell their findings are anchored to
        } else if (rule == Rule.SET_YEAR_RATIO) {
            for (CellRef ref : CellRef.all(edition)) {
                if (ref.column() != ActiveDisclosureColumn.CHANGE) {
                    cells.add(ref);
                }
            }
        }
        return cells;
    }

    /** Applies the three rules to every pair of consecutive years. */
    static void check(ReportSet set, RuleEngine engine, FindingSink sink) {
        boolean stock = engine.enabled(Rule.SET_IN_FORCE_STOCK);
        boolean ratio = engine.enabled(Rule.SET_YEAR_RATIO);
        boolean repeat = engine.enabled(Rule.SET_REPEATED_REPORT);
        if (!stock && !ratio && !repeat) {
            return;
        }
        List<Report> reports = set.reports();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            positions.computeIfAbsent(key(reports.get(i), 0), k -> new ArrayList<>()).add(i);
        }
        for (int earlier = 0; earlier < reports.size(); earlier++) {
            for (int later : positions.getOrDefault(key(reports.get(earlier), 1), List.of())) {
                if (pair(reports, earlier, later, stock, ratio, repeat, engine, sink)) {
                    return;
                }
            }
        }
    }

    private static String key(Report report, int yearsLater) {
        return (report.header().reportYear() + yearsLater) + "\u0000" + report.header().organName();
    }

    /** @return true if validation must stop */
    private static boolean pair(List<Report> reports, int earlier, int later, boolean stock, boolean ratio,
            boolean repeat, RuleEngine engine, FindingSink sink) {
        Report e = reports.get(earlier);
        Report l = reports.get(later);
        if (stock && Rule.SET_IN_FORCE_STOCK.appliesTo(e.edition()) && Rule.SET_IN_FORCE_STOCK.appliesTo(l.edition())
                && stock(e, earlier, l, later, engine, sink)) {
            return true;
        }
        if (!ratio && !repeat) {
            return false;
        }
        ReportComparison comparison = ReportComparison.of(e, l);
        return ratio && ratio(comparison, earlier, later, engine, sink)
                || repeat && repeat(comparison, e, earlier, l, later, engine, sink);
    }

    /** 现行有效(N) + 本年废止(N) = 现行有效(N−1) + 本年制发(N), for 规章 and 行政规范性文件. */
    private static boolean stock(Report e, int earlier, Report l, int later, RuleEngine engine, FindingSink sink) {
        Rule rule = Rule.SET_IN_FORCE_STOCK;
        for (ActiveDisclosureRow row : STOCK_ROWS) {
            CellRef inForce = CellRef.of(row, ActiveDisclosureColumn.IN_FORCE);
            CellRef repealed = CellRef.of(row, ActiveDisclosureColumn.REPEALED);
            CellRef issued = CellRef.of(row, ActiveDisclosureColumn.ISSUED);
            Equation identity = Equation.evaluate(rule, row.key(), row.qualifiedLabel(l.edition()), List.of(
                    new Operand(inForce, CellRole.CURRENT_YEAR, l.get(inForce), later, true),
                    new Operand(repealed, CellRole.OUTFLOW, l.get(repealed), later, false),
                    new Operand(inForce, CellRole.PREVIOUS_YEAR, e.get(inForce), earlier, true),
                    new Operand(issued, CellRole.INFLOW, l.get(issued), later, false)), engine.blankPolicy());
            if (identity.status != Equation.Status.PASSED
                    && sink.add(identity.toFinding(engine.severity(rule), engine.blankPolicy(), List.of()))) {
                return true;
            }
        }
        return false;
    }

    /** A count or amount this year more than factor times, or less than 1/factor of, last year's. */
    private static boolean ratio(ReportComparison comparison, int earlier, int later, RuleEngine engine,
            FindingSink sink) {
        Rule rule = Rule.SET_YEAR_RATIO;
        BigDecimal factor = engine.thresholds().yearRatioFactor();
        BigDecimal minimum = engine.thresholds().yearRatioMinimum();
        Edition edition = comparison.current().edition();
        for (ReportComparison.CellDelta d : comparison.compared()) {
            if (d.previous() instanceof CellValue.SignedCount || d.current() instanceof CellValue.SignedCount) {
                continue; // 本年增/减 is itself a change, and may be negative
            }
            BigDecimal previous = new Operand(d.cell(), CellRole.PREVIOUS_YEAR, d.previous(), earlier, false).read();
            BigDecimal current = previous.add(d.delta());
            if (previous.compareTo(minimum) < 0 || current.compareTo(previous.multiply(factor)) <= 0
                    && current.multiply(factor).compareTo(previous) >= 0) {
                continue;
            }
            Finding finding = new Finding(rule.id(), engine.severity(rule), FindingStatus.FAILED, engine.blankPolicy(),
                    d.cell().toString(), d.cell().label(edition), List.of(
                            new CellInvolvement(d.cell(), CellRole.CURRENT_YEAR, d.current(), later),
                            new CellInvolvement(d.cell(), CellRole.PREVIOUS_YEAR, d.previous(), earlier)),
                    Optional.of(previous), Optional.of(current), Optional.of(d.delta()), List.of());
            if (sink.add(finding)) {
                return true;
            }
        }
        return false;
    }

    /** Identical tables, or narratives at least as similar as the threshold. */
    private static boolean repeat(ReportComparison comparison, Report e, int earlier, Report l, int later,
            RuleEngine engine, FindingSink sink) {
        if (comparison.tablesIdentical() && sink.add(repeated(TABLES, TABLES_LABEL, HUNDRED, HUNDRED, e, earlier,
                l, later, engine))) {
            return true;
        }
        Optional<BigDecimal> similarity = comparison.narrativeSimilarity();
        BigDecimal threshold = engine.thresholds().repeatSimilarity();
        return similarity.isPresent() && similarity.get().compareTo(threshold) >= 0
                && sink.add(repeated(NARRATIVE, NARRATIVE_LABEL, threshold.multiply(HUNDRED).stripTrailingZeros(),
                        similarity.get().multiply(HUNDRED).setScale(2), e, earlier, l, later, engine));
    }

    /** A repeated-report finding: expected the threshold and actual the sameness, both in per cent. */
    private static Finding repeated(String subject, String label, BigDecimal expected, BigDecimal actual, Report e,
            int earlier, Report l, int later, RuleEngine engine) {
        Rule rule = Rule.SET_REPEATED_REPORT;
        return new Finding(rule.id(), engine.severity(rule), FindingStatus.FAILED, engine.blankPolicy(), subject,
                label, List.of(new CellInvolvement(ANCHOR, CellRole.CURRENT_YEAR, l.get(ANCHOR), later),
                        new CellInvolvement(ANCHOR, CellRole.PREVIOUS_YEAR, e.get(ANCHOR), earlier)),
                Optional.of(expected), Optional.of(actual), Optional.of(actual.subtract(expected)), List.of());
    }
}
