package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void oneFormatPerEditionWithTheSpecsCellCounts() {
        ReportFormat v2021 = ReportFormat.of(Edition.V2021);
        ReportFormat v2019 = ReportFormat.of(Edition.V2019);
        assertSame(v2021, ReportFormat.of(Edition.V2021));
        assertEquals(203, v2021.cells().size());
        assertEquals(198, v2019.cells().size());
        assertEquals(List.of(ReportTable.T2, ReportTable.T3, ReportTable.T4, ReportTable.S6), v2021.tables());
        assertEquals(List.of(ReportTable.T2, ReportTable.T3, ReportTable.T4), v2019.tables());
        assertEquals(175, v2021.cells(ReportTable.T3).size());
        assertEquals(161, v2019.cells(ReportTable.T3).size());
        assertEquals(List.of(), v2019.rows(ReportTable.S6));
    }

    @Test
    void indexesFollowTheCanonicalOrder() {
        for (Edition edition : Edition.values()) {
            ReportFormat format = ReportFormat.of(edition);
            List<CellRef> cells = format.cells();
            for (int i = 0; i < cells.size(); i++) {
                assertEquals(i, format.indexOf(cells.get(i)));
                assertTrue(format.contains(cells.get(i)));
                assertTrue(cells.get(i).existsIn(edition));
                if (i > 0) {
                    assertTrue(cells.get(i - 1).compareTo(cells.get(i)) < 0, "sorted at " + i);
                }
            }
        }
        CellRef onlyIn2021 = CellRef.parse("S6/informationProcessingFees/amountCollected");
        assertEquals(-1, ReportFormat.of(Edition.V2019).indexOf(onlyIn2021));
        assertFalse(ReportFormat.of(Edition.V2019).contains(onlyIn2021));
    }

    @Test
    void identitiesPerEdition() {
        // 7 balances, a total per row (25 / 23), 7 outcome totals, 3 groups of table 四.
        assertEquals(7 + 25 + 7 + 3, ReportFormat.of(Edition.V2021).identities().size());
        assertEquals(7 + 23 + 7 + 3, ReportFormat.of(Edition.V2019).identities().size());
        for (Edition edition : Edition.values()) {
            for (Identity identity : ReportFormat.of(edition).identities()) {
                for (Identity.Term term : identity.terms()) {
                    assertTrue(ReportFormat.of(edition).contains(term.cell()), identity + " " + term);
                }
            }
        }
    }

    @Test
    void theIdentitiesOfACell() {
        ReportFormat format = ReportFormat.of(Edition.V2021);
        List<Identity> of = format.identitiesOf(CellRef.parse("T3/withheld.stateSecret/naturalPerson"));
        assertEquals(List.of("T3.ROW_TOTAL withheld.stateSecret", "T3.OUTCOME_TOTAL naturalPerson"),
                of.stream().map(i -> i.rule() + " " + i.subject()).toList());
        List<Identity> total = format.identitiesOf(CellRef.parse("T3/outcomeTotal/total"));
        assertEquals(List.of("T3.BALANCE", "T3.ROW_TOTAL", "T3.OUTCOME_TOTAL"),
                total.stream().map(Identity::rule).toList());
        assertEquals(List.of(), format.identitiesOf(CellRef.parse("T2/rules/issued")));
    }

    @Test
    void totalsAreTheTotalTermsOfIdentities() {
        ReportFormat format = ReportFormat.of(Edition.V2021);
        Set<CellRef> totals = new HashSet<>();
        for (CellRef cell : format.cells()) {
            if (format.isTotal(cell)) {
                totals.add(cell);
            }
        }
        // A 总计 per row of 三 (25) and of 四 (3), and the outcome-total row's six other columns.
        assertEquals(25 + 3 + 6, totals.size());
        assertTrue(format.isTotal(CellRef.parse("T3/outcomeTotal/naturalPerson")));
        assertTrue(format.isTotal(CellRef.parse("T4/administrativeReview/total")));
        assertFalse(format.isTotal(CellRef.parse("T3/newlyReceived/naturalPerson")));
    }
}
