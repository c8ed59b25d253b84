package io.github.gongkai.validation.internal;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.Confidence;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Suspect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The plausibility rules of one report. Each compares a subject with a bound; a cell without a number reads
 * as 0, or, under {@link BlankPolicy#STRICT}, silences the rule. A cell the rule reads that was not read from
 * the page ({@link CellValue.Unread}) silences it under either policy: its value is unknown.
 */
final class SoftRules {

    /** 本年收费金额 at or above this many 万元 looks like 元 typed into the 万元 column. */
    static final BigDecimal FEE_AMOUNT_THRESHOLD = BigDecimal.valueOf(10_000);

    private static final CellRef FEE_AMOUNT = CellRef.of(ActiveDisclosureRow.ADMINISTRATIVE_FEES,
            ActiveDisclosureColumn.AMOUNT);
    private static final CellRef NOTICES = CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED);
    private static final CellRef NOTICED = CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_NOTICED);
    private static final CellRef COLLECTED = CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES,
            FeeColumn.AMOUNT_COLLECTED);

    private static final String FEES = FeeRow.INFORMATION_PROCESSING_FEES.key();
    private static final String FEES_LABEL = FeeRow.INFORMATION_PROCESSING_FEES.label(Edition.V2021);
    private static final ActiveDisclosureRow[] RULE_ROWS = {ActiveDisclosureRow.RULES,
        ActiveDisclosureRow.NORMATIVE_DOCUMENTS};
    private static final ApplicationRow UNPAID = ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID;
    private static final List<CellRef> UNPAID_TOTAL = List.of(CellRef.of(UNPAID, ApplicantColumn.TOTAL));
    private static final List<CellRef> UNPAID_COMPONENTS = ApplicantColumn.components().stream()
            .map(c -> CellRef.of(UNPAID, c)).toList();
    private static final long NO_NUMBER = -1;

    private SoftRules() {
    }

    /**
     * Returns the cells a plausibility rule compares in {@link #check}, for
     * {@link io.github.gongkai.validation.Rule#checking}: any of them may be its subject or its bound.
     *
     * @return the cells, empty for a rule that is not a plausibility rule
     */
    static List<CellRef> cells(Rule rule) {
        return switch (rule) {
            case T2_IN_FORCE_BELOW_ISSUED -> Arrays.stream(RULE_ROWS).flatMap(row -> Stream.of(
                    CellRef.of(row, ActiveDisclosureColumn.IN_FORCE), CellRef.of(row, ActiveDisclosureColumn.ISSUED)))
                    .toList();
            case T2_FEE_AMOUNT_UNIT -> List.of(FEE_AMOUNT);
            case S6_COLLECTED_ABOVE_NOTICED -> List.of(COLLECTED, NOTICED);
            case S6_UNPAID_TERMINATIONS_ABOVE_NOTICES -> Stream.of(UNPAID_COMPONENTS, UNPAID_TOTAL, List.of(NOTICES))
                    .flatMap(List::stream).toList();
            default -> List.of();
        };
    }

    /**
     * Applies the enabled plausibility rules. Each first compares the printed numbers without allocating,
     * and only builds its finding when the comparison suggests one.
     */
    static void check(Report report, int index, RuleEngine engine, FindingSink sink) {
        Edition edition = report.edition();
        boolean strict = engine.blankPolicy() == BlankPolicy.STRICT;
        if (engine.applies(Rule.T2_IN_FORCE_BELOW_ISSUED, edition)) {
            for (ActiveDisclosureRow row : RULE_ROWS) {
                CellValue inForceValue = report.activeDisclosure().get(row, ActiveDisclosureColumn.IN_FORCE);
                CellValue issuedValue = report.activeDisclosure().get(row, ActiveDisclosureColumn.ISSUED);
                long inForce = count(inForceValue);
                long issued = count(issuedValue);
                if (strict && (inForce == NO_NUMBER || issued == NO_NUMBER) || Math.max(inForce, 0) >= issued
                        || unread(inForceValue) || unread(issuedValue)) {
                    continue;
                }
                if (compare(Rule.T2_IN_FORCE_BELOW_ISSUED, row.key(), row.qualifiedLabel(edition), report, index,
                        List.of(CellRef.of(row, ActiveDisclosureColumn.IN_FORCE)),
                        List.of(CellRef.of(row, ActiveDisclosureColumn.ISSUED)), -1, engine, sink)) {
                    return;
                }
            }
        }
        if (engine.applies(Rule.T2_FEE_AMOUNT_UNIT, edition) && feeAmountUnit(report, index, engine, sink)) {
            return;
        }
        if (engine.applies(Rule.S6_COLLECTED_ABOVE_NOTICED, edition)
                && mayExceed(report.get(COLLECTED), report.get(NOTICED), strict)
                && compare(Rule.S6_COLLECTED_ABOVE_NOTICED, FEES, FEES_LABEL, report, index, List.of(COLLECTED),
                        List.of(NOTICED), 1, engine, sink)) {
            return;
        }
        if (engine.applies(Rule.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES, edition)) {
            CellValue noticesValue = report.get(NOTICES);
            CellValue totalValue = report.applications().get(UNPAID, ApplicantColumn.TOTAL);
            long notices = count(noticesValue);
            boolean totalReported = totalValue.isNumber();
            boolean anyUnread = unread(noticesValue) || unread(totalValue);
            long unpaid = 0;
            if (totalReported || strict) {
                unpaid = count(totalValue);
            } else {
                for (int i = 0; i < UNPAID_COMPONENTS.size(); i++) { // no iterator: nothing allocated
                    CellValue component = report.get(UNPAID_COMPONENTS.get(i));
                    anyUnread |= unread(component);
                    unpaid = saturatingAdd(unpaid, count(component));
                }
            }
            if (!anyUnread && !(strict && (unpaid == NO_NUMBER || notices == NO_NUMBER))
                    && unpaid > Math.max(notices, 0)) {
                compare(Rule.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES, FEES, FEES_LABEL, report, index,
                        totalReported || strict ? UNPAID_TOTAL : UNPAID_COMPONENTS, List.of(NOTICES), 1, engine,
                        sink);
            }
        }
    }

    /** Adds a count (blank: nothing), stopping at {@link Long#MAX_VALUE}: only a comparison follows. */
    private static long saturatingAdd(long sum, long count) {
        if (count <= 0) {
            return sum;
        }
        long r = sum + count;
        return r < sum ? Long.MAX_VALUE : r;
    }

    /** A type test, not {@link CellValue#isUnread()}: an interface call on many value types is dearer. */
    private static boolean unread(CellValue value) {
        return value instanceof CellValue.Unread;
    }

    private static long count(CellValue value) {
        return value instanceof CellValue.Count c ? c.value() : NO_NUMBER;
    }

    /** Whether {@code subject > bound} may hold; exact for amounts of one unit, true when units differ. */
    private static boolean mayExceed(CellValue subject, CellValue bound, boolean strict) {
        if (unread(subject) || unread(bound)) {
            return false;
        }
        if (!subject.isNumber() || !bound.isNumber()) {
            return !strict && subject.isNumber() && ((CellValue.Amount) subject).value().signum() > 0;
        }
        CellValue.Amount s = (CellValue.Amount) subject;
        CellValue.Amount b = (CellValue.Amount) bound;
        return s.unit() != b.unit() || s.value().compareTo(b.value()) > 0;
    }

    /**
     * Reports the subject cells' sum if its comparison with the bound's sum has the sign {@code direction}.
     *
     * @return true if validation must stop
     */
    private static boolean compare(Rule rule, String subject, String label, Report report, int index,
            List<CellRef> subjectCells, List<CellRef> boundCells, int direction, RuleEngine engine, FindingSink sink) {
        List<Operand> terms = new ArrayList<>(subjectCells.size() + boundCells.size());
        for (CellRef ref : subjectCells) {
            terms.add(new Operand(ref, CellRole.SUBJECT, report.get(ref), index, false));
        }
        for (CellRef ref : boundCells) {
            terms.add(new Operand(ref, CellRole.BOUND, report.get(ref), index, false));
        }
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal bound = BigDecimal.ZERO;
        for (Operand t : terms) {
            BigDecimal v = t.read();
            if (v == null) {
                if (engine.blankPolicy() == BlankPolicy.STRICT || unread(t.value())) {
                    return false;
                }
                continue;
            }
            if (t.role() == CellRole.SUBJECT) {
                actual = actual.add(v);
            } else {
                bound = bound.add(v);
            }
        }
        if (Integer.signum(actual.compareTo(bound)) != direction) {
            return false;
        }
        List<CellInvolvement> cells = new ArrayList<>(terms.size());
        for (Operand t : terms) {
            cells.add(t.involvement());
        }
        return sink.add(new Finding(rule.id(), engine.severity(rule), FindingStatus.FAILED, engine.blankPolicy(),
                subject, label, cells, Optional.of(bound), Optional.of(actual),
                Optional.of(actual.subtract(bound)), List.of()));
    }

    private static boolean feeAmountUnit(Report report, int index, RuleEngine engine, FindingSink sink) {
        CellValue value = report.get(FEE_AMOUNT);
        if (!(value instanceof CellValue.Amount amount) || amount.unit() == AmountUnit.YUAN
                || amount.value().compareTo(FEE_AMOUNT_THRESHOLD) < 0) {
            return false;
        }
        List<Suspect> suspects = new ArrayList<>(1);
        try {
            suspects.add(new Suspect(FEE_AMOUNT, value,
                    CellValue.amount(amount.value().movePointLeft(4), AmountUnit.TEN_THOUSAND_YUAN), Confidence.LOW,
                    Optional.empty()));
        } catch (IllegalArgumentException tooManyDecimals) {
            // no suggestion: the amount divided by 10000 has more decimals than a cell may hold
        }
        Rule rule = Rule.T2_FEE_AMOUNT_UNIT;
        return sink.add(new Finding(rule.id(), engine.severity(rule), FindingStatus.FAILED, engine.blankPolicy(),
                ActiveDisclosureRow.ADMINISTRATIVE_FEES.key(),
                ActiveDisclosureRow.ADMINISTRATIVE_FEES.qualifiedLabel(report.edition()),
                List.of(new CellInvolvement(FEE_AMOUNT, CellRole.SUBJECT, value, index)),
                Optional.of(FEE_AMOUNT_THRESHOLD), Optional.of(amount.value()),
                Optional.of(amount.value().subtract(FEE_AMOUNT_THRESHOLD)), suspects));
    }
}
