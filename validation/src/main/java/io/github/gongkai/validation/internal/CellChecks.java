package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.validation.CellCheck;
import io.github.gongkai.validation.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers {@link Rule#checking}: the identities of the format through a cell, then the plausibility rules and
 * the rules over several reports that compare it, as the rules themselves declare their cells. Not part of
 * the API.
 */
public final class CellChecks {

    private CellChecks() {
    }

    /**
     * Returns the ways the rules check a cell, in the order of {@link Rule#values()} and, within a rule, of
     * the format's identities.
     *
     * @param cell the cell
     * @param edition the edition
     * @return an unmodifiable list, empty for a cell the edition does not have
     */
    public static List<CellCheck> of(CellRef cell, Edition edition) {
        Objects.requireNonNull(cell, "cell");
        ReportFormat format = ReportFormat.of(edition);
        if (!format.contains(cell)) {
            return List.of();
        }
        List<CellCheck> checks = new ArrayList<>();
        List<Identity> identities = format.identitiesOf(cell);
        for (Rule rule : Rule.values()) {
            if (!rule.appliesTo(edition)) {
                continue;
            }
            for (Identity identity : identities) {
                if (identity.rule().equals(rule.id().code())) {
                    checks.add(new CellCheck(rule, edition, Optional.of(identity)));
                }
            }
            if (SoftRules.cells(rule).contains(cell) || ProseRules.cells(rule).contains(cell)
                    || ContentRules.cells(rule, format).contains(cell)
                    || SetRules.cells(rule, edition).contains(cell)) {
                checks.add(new CellCheck(rule, edition, Optional.empty()));
            }
        }
        return List.copyOf(checks);
    }
}
