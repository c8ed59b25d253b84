package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The test's own enumerator of glued readings, against the fixtures' runs and against core's {@link PrintedRun}. */
class RowReadingsTest {

    private static final List<CellRef> NEWLY_RECEIVED = ReportFormat.of(Edition.V2021).cells(ReportTable.T3).stream()
            .filter(c -> c.row() == ApplicationRow.NEWLY_RECEIVED).toList();
    private static final int LIMIT = 100_000;
    private static final List<CellRef> T4 = ReportFormat.of(Edition.V2021).cells(ReportTable.T4);

    @Test
    void theFixturesRunsHaveTheReadingsTheirNotesSay() {
        RowReadings.Result one = RowReadings.of(Edition.V2021, "640020470", NEWLY_RECEIVED, 2, 1_000_000);
        assertTrue(one.forced());
        assertArrayEquals(new long[] {64, 0, 0, 2, 0, 4, 70}, one.readings().get(0));
        RowReadings.Result two = RowReadings.of(Edition.V2021, "110000011", NEWLY_RECEIVED, 5, 1_000_000);
        assertEquals(2, two.readings().size());
        assertArrayEquals(new long[] {1, 10, 0, 0, 0, 0, 11}, two.readings().get(0));
        assertArrayEquals(new long[] {11, 0, 0, 0, 0, 0, 11}, two.readings().get(1));
        assertEquals(0, RowReadings.of(Edition.V2021, "8100008", NEWLY_RECEIVED, 2, 1_000_000).readings().size());
        assertTrue(RowReadings.of(Edition.V2021, "000000000000000", T4, 2, 1_000_000).forced());
        assertEquals(0, RowReadings.of(Edition.V2021, "100000000000000", T4, 2, 1_000_000).readings().size());
        // A space is a cut: 64 0020470 has only readings that cut after 64.
        assertEquals(1, RowReadings.of(Edition.V2021, "64 0020470", NEWLY_RECEIVED, 5, 1_000_000).readings().size());
        assertEquals(0, RowReadings.of(Edition.V2021, "6 40020470", NEWLY_RECEIVED, 5, 1_000_000).readings().size());
    }

    @Test
    void aTinyBudgetSaysItIsExhausted() {
        RowReadings.Result r = RowReadings.of(Edition.V2021, "1140035149600067600076", T4, 2, 10);
        assertTrue(r.exhausted());
        assertFalse(r.forced());
    }

    @Test
    void isReadingWantsTheDigitsAndTheSpaces() {
        assertTrue(RowReadings.isReading("640020470", new long[] {64, 0, 0, 2, 0, 4, 70}));
        assertTrue(RowReadings.isReading("64 0020470", new long[] {64, 0, 0, 2, 0, 4, 70}));
        assertFalse(RowReadings.isReading("6 40020470", new long[] {64, 0, 0, 2, 0, 4, 70}));
        assertFalse(RowReadings.isReading("640020470", new long[] {64, 0, 0, 2, 0, 4, 71}));
    }

    /** The same readings as core's {@code PrintedRun.readings} filtered by the identities, on random runs. */
    @Test
    void agreesWithPrintedRunFilteredByTheIdentities() {
        SplittableRandom random = new SplittableRandom(14);
        List<Identity> rowIdentities = RowReadings.identitiesWithin(Edition.V2021, NEWLY_RECEIVED);
        List<Identity> t4Identities = RowReadings.identitiesWithin(Edition.V2021, T4);
        assertEquals(1, rowIdentities.size());
        assertEquals(3, t4Identities.size());
        int forced = 0;
        int compared = 0;
        for (int i = 0; i < 3_000; i++) {
            boolean t4 = i % 3 == 0;
            List<CellRef> cells = t4 ? T4 : NEWLY_RECEIVED;
            String printed = i % 2 == 0 ? run(random, cells.size(), t4 ? 4 : 12) : consistent(random, t4);
            List<List<Long>> all = PrintedRun.of(printed, 0, cells.size()).readings(LIMIT + 1);
            if (all.size() > LIMIT) {
                continue;
            }
            compared++;
            List<long[]> expected = new ArrayList<>();
            for (List<Long> reading : all) {
                long[] values = reading.stream().mapToLong(Long::longValue).toArray();
                if (holds(t4 ? t4Identities : rowIdentities, cells, values)) {
                    expected.add(values);
                }
            }
            RowReadings.Result found = RowReadings.of(Edition.V2021, printed, cells, 100_000, 10_000_000);
            assertFalse(found.exhausted(), printed);
            assertEquals(expected.size(), found.readings().size(), printed);
            for (int k = 0; k < expected.size(); k++) {
                assertArrayEquals(expected.get(k), found.readings().get(k), printed);
            }
            forced += found.forced() ? 1 : 0;
        }
        assertTrue(compared > 2_900 && forced > 300, "compared " + compared + ", forced " + forced);
    }

    /** A row (or table 四) whose printed values satisfy its identities, glued with a space now and then. */
    private static String consistent(SplittableRandom random, boolean t4) {
        int parts = t4 ? 4 : 6;
        StringBuilder sb = new StringBuilder();
        for (int group = 0; group < (t4 ? 3 : 1); group++) {
            long total = 0;
            for (int k = 0; k <= parts; k++) {
                long value = k == parts ? total : random.nextInt(3) == 0 ? random.nextInt(t4 ? 12 : 150) : 0;
                total += value;
                if (sb.length() > 0 && random.nextInt(7) == 0) {
                    sb.append(' ');
                }
                sb.append(value);
            }
        }
        return sb.toString();
    }

    /** Digits that can be cut into the cells, mostly zeros, single spaces now and then. */
    private static String run(SplittableRandom random, int cells, int extraDigits) {
        int digits = cells + random.nextInt(extraDigits + 1);
        StringBuilder sb = new StringBuilder();
        int groups = 1;
        for (int d = 0; d < digits; d++) {
            if (d > 0 && groups < cells && random.nextInt(8) == 0) {
                sb.append(' ');
                groups++;
            }
            sb.append(random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : '0');
        }
        return sb.toString();
    }

    private static boolean holds(List<Identity> identities, List<CellRef> cells, long[] values) {
        for (Identity identity : identities) {
            long sum = 0;
            for (Identity.Term term : identity.terms()) {
                sum += term.coefficient() * values[cells.indexOf(term.cell())];
            }
            if (sum != 0) {
                return false;
            }
        }
        return true;
    }
}
