package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSplitTest {

    private static final List<Identity> T3 = ReportFormat.of(Edition.V2021).identities().stream()
            .filter(i -> i.terms().get(0).cell().table() == ReportTable.T3).toList();

    private static List<CellRef> row(String row) {
        List<CellRef> cells = new ArrayList<>();
        for (String column : List.of("naturalPerson", "commercialEnterprise", "researchInstitution",
                "socialWelfareOrganization", "legalServiceAgency", "otherOrganization", "total")) {
            cells.add(CellRef.parse("T3/" + row + "/" + column));
        }
        return cells;
    }

    private static TableSplit.Open open(String row, long[]... readings) {
        return new TableSplit.Open(row(row), List.of(), List.of(readings), null, null);
    }

    /** A consistent table: every cell 0 but 予以公开 and the rows that must add up with it. */
    private static Map<CellRef, Long> table(long natural, long commercial) {
        Map<CellRef, Long> known = new HashMap<>();
        for (CellRef cell : CellRef.all(Edition.V2021)) {
            if (cell.table() == ReportTable.T3) {
                known.put(cell, 0L);
            }
        }
        for (String row : List.of("newlyReceived", "outcomeTotal")) {
            known.put(CellRef.parse("T3/" + row + "/naturalPerson"), natural);
            known.put(CellRef.parse("T3/" + row + "/commercialEnterprise"), commercial);
            known.put(CellRef.parse("T3/" + row + "/total"), natural + commercial);
        }
        return known;
    }

    private static final long[] ONE_TEN = {1, 10, 0, 0, 0, 0, 11};
    private static final long[] ELEVEN = {11, 0, 0, 0, 0, 0, 11};

    @Test
    void theColumnsPickTheOnlyReadingThatAddsUp() {
        Map<CellRef, Long> known = table(11, 0);
        TableSplit.Outcome outcome = TableSplit.decide(List.of(open("disclosed", ONE_TEN, ELEVEN)), T3, known::get);
        assertArrayEquals(new int[] {1}, outcome.decided());
        assertEquals(1, outcome.consistent());
        assertFalse(outcome.exhausted());
    }

    @Test
    void readingsTheTableCannotTellApartAreNotDecided() {
        Map<CellRef, Long> known = table(12, 10);
        TableSplit.Outcome outcome = TableSplit.decide(
                List.of(open("disclosed", ONE_TEN, ELEVEN), open("withheld.stateSecret", ONE_TEN, ELEVEN)), T3,
                known::get);
        assertArrayEquals(new int[] {-1, -1}, outcome.decided());
        assertTrue(outcome.consistent() >= 2);
    }

    @Test
    void aTableWithAnErrorDecidesNothing() {
        Map<CellRef, Long> known = table(12, 0);
        TableSplit.Outcome outcome = TableSplit.decide(List.of(open("disclosed", ONE_TEN, ELEVEN)), T3, known::get);
        assertArrayEquals(new int[] {-1}, outcome.decided());
        assertEquals(0, outcome.consistent());
    }

    @Test
    void anIdentityThroughACellThatIsNotANumberDecidesNothing() {
        Map<CellRef, Long> known = table(11, 0);
        known.remove(CellRef.parse("T3/partiallyDisclosed/naturalPerson"));
        known.remove(CellRef.parse("T3/partiallyDisclosed/commercialEnterprise"));
        TableSplit.Outcome outcome = TableSplit.decide(List.of(open("disclosed", ONE_TEN, ELEVEN)), T3, known::get);
        // The 自然人 and 商业企业 columns pass through cells not read; the 总计 column cannot tell 11 from 11.
        assertArrayEquals(new int[] {-1}, outcome.decided());
    }

    @Test
    void theSearchStopsAtItsLimitAndDecidesNothing() {
        // Twelve open rows of many readings that no identity constrains until the last: far past the limit.
        List<long[]> many = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            many.add(new long[] {k, 0, 0, 0, 0, 0, k});
        }
        List<TableSplit.Open> open = new ArrayList<>();
        for (String row : List.of("disclosed", "partiallyDisclosed", "withheld.stateSecret", "withheld.prohibitedByLaw",
                "withheld.endangersSecurityOrStability", "withheld.thirdPartyRights", "withheld.internalAffairs",
                "withheld.deliberativeProcess")) {
            open.add(new TableSplit.Open(row(row), List.of(), many, null, null));
        }
        Map<CellRef, Long> known = table(1_000, 0);
        TableSplit.Outcome outcome = TableSplit.decide(open, T3, known::get);
        assertTrue(outcome.exhausted());
        assertEquals(0, outcome.consistent());
        for (int d : outcome.decided()) {
            assertEquals(-1, d);
        }
    }
}
