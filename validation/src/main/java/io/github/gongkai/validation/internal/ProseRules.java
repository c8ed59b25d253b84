package io.github.gongkai.validation.internal;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that hold section 一's prose against the tables ({@code TEXT.*}): a figure the prose states, such as
 * {@code 共收到政府信息公开申请0条}, against the cells that count the same thing. Each rule is a row of data: what the
 * prose names, and the readings of the table that agree with it (the applications received agree with 本年新收 alone
 * or with 本年新收 + 上年结转, as reports count either way).
 *
 * <p>The prose may count another scope than the table (a district's applications in one office's report), so a
 * disagreement is a warning that says which figure stands where, never which one is right. A rule says nothing
 * when the prose states no figure, or when a cell it compares holds no number (not read, blank, {@code /}): it
 * cannot know. Not part of the API.
 */
final class ProseRules {

    /**
     * One rule: what the prose names, and the sums of cells that agree with it, the first the one a finding shows
     * as its actual figure; a finding names every cell of every sum.
     */
    private record ProseRule(Rule rule, String subject, StatedFigures figures, List<List<CellRef>> readings) {
    }

    private static final CellRef NEWLY_RECEIVED = CellRef.of(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
    private static final CellRef CARRIED_OVER = CellRef.of(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL);
    private static final CellRef REVIEWS = CellRef.of(ReviewLitigationRow.ADMINISTRATIVE_REVIEW,
            ReviewLitigationColumn.TOTAL);
    private static final CellRef DIRECT_SUITS = CellRef.of(ReviewLitigationRow.LITIGATION_WITHOUT_REVIEW,
            ReviewLitigationColumn.TOTAL);
    private static final CellRef SUITS_AFTER_REVIEW = CellRef.of(ReviewLitigationRow.LITIGATION_AFTER_REVIEW,
            ReviewLitigationColumn.TOTAL);

    private static final List<ProseRule> RULES = List.of(
            new ProseRule(Rule.TEXT_APPLICATIONS_RECEIVED, "applicationsReceived", StatedFigures.APPLICATIONS,
                    List.of(List.of(NEWLY_RECEIVED), List.of(NEWLY_RECEIVED, CARRIED_OVER))),
            new ProseRule(Rule.TEXT_REVIEWS, "administrativeReviews", StatedFigures.REVIEWS,
                    List.of(List.of(REVIEWS))),
            new ProseRule(Rule.TEXT_LAWSUITS, "lawsuits", StatedFigures.LAWSUITS,
                    List.of(List.of(DIRECT_SUITS, SUITS_AFTER_REVIEW))));

    private ProseRules() {
    }

    /**
     * Returns the cells a prose rule compares with the prose, for {@link Rule#checking}.
     *
     * @param rule the rule
     * @return the cells, empty for a rule that is not a prose rule
     */
    static List<CellRef> cells(Rule rule) {
        for (ProseRule r : RULES) {
            if (r.rule() == rule) {
                return r.readings().stream().flatMap(List::stream).distinct().toList();
            }
        }
        return List.of();
    }

    /**
     * Applies the enabled prose rules to section 一 of a report; nothing to do for a report without it.
     *
     * @return true if validation must stop
     */
    static boolean check(Report report, int index, RuleEngine engine, FindingSink sink) {
        Optional<String> overview = report.narrative().overview();
        if (overview.isEmpty() || !StatedFigures.mayStateAny(overview.get())) {
            return false;
        }
        for (int i = 0; i < RULES.size(); i++) { // no iterator: a report's validation allocates only its findings
            ProseRule r = RULES.get(i);
            if (!engine.applies(r.rule(), report.edition())) {
                continue;
            }
            Optional<StatedFigures.Stated> stated = r.figures().find(overview.get());
            if (stated.isPresent() && disagree(report, r, stated.get(), index, engine, sink)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a finding if no reading of the table agrees with the prose; true if validation must stop. */
    private static boolean disagree(Report report, ProseRule r, StatedFigures.Stated stated, int index,
            RuleEngine engine, FindingSink sink) {
        BigDecimal prose = BigDecimal.valueOf(stated.value());
        BigDecimal shown = null;
        for (List<CellRef> reading : r.readings()) {
            BigDecimal sum = sum(report, reading);
            if (sum == null) {
                return false;
            }
            if (sum.compareTo(prose) == 0) {
                return false;
            }
            shown = shown == null ? sum : shown;
        }
        List<CellInvolvement> cells = new ArrayList<>();
        for (CellRef ref : cells(r.rule())) {
            cells.add(new CellInvolvement(ref, CellRole.SUBJECT, report.get(ref), index));
        }
        return sink.add(new Finding(r.rule().id(), engine.severity(r.rule()), FindingStatus.FAILED,
                engine.blankPolicy(), r.subject(), stated.clause(), cells, Optional.of(prose), Optional.of(shown),
                Optional.of(shown.subtract(prose)), List.of()));
    }

    /** The cells' sum, or null if one holds no count. */
    private static BigDecimal sum(Report report, List<CellRef> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellRef ref : cells) {
            if (!(report.get(ref) instanceof CellValue.Count count)) {
                return null;
            }
            sum = sum.add(BigDecimal.valueOf(count.value()));
        }
        return sum;
    }
}
