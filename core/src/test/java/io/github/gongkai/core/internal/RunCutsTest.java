package io.github.gongkai.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.PrintedRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link RunCuts} gives the readings {@link PrintedRun#readings(int)} defines — every cut into numbers of 1 to
 * 18 digits without a leading zero, spaces always cuts — in the order of an independent trial-and-error
 * enumeration (the one core used before, kept here as the oracle for short runs), with the same limit, and in
 * time bounded by the readings it returns where trial and error takes exponential time.
 */
class RunCutsTest {

    private static List<List<Long>> asLists(List<long[]> readings) {
        List<List<Long>> lists = new ArrayList<>();
        for (long[] reading : readings) {
            List<Long> list = new ArrayList<>();
            for (long v : reading) {
                list.add(v);
            }
            lists.add(list);
        }
        return lists;
    }

    @Test
    void theReadingsOfCoreInItsOrder() {
        SplittableRandom random = new SplittableRandom(14);
        int compared = 0;
        int withReadings = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int k = 0; k < length; k++) {
                if (k > 0 && text.charAt(text.length() - 1) != ' ' && random.nextInt(6) == 0) {
                    text.append(' ');
                }
                // zeros often, so that leading zeros matter
                text.append(random.nextInt(3) == 0 ? '0' : (char) ('1' + random.nextInt(9)));
            }
            String run = text.toString();
            int groups = run.split(" ").length;
            int digits = run.length() - (groups - 1);
            int pieces = groups + random.nextInt(digits - groups + 1);
            PrintedRun printed = PrintedRun.of(run, 0, pieces);
            int limit = random.nextInt(4) == 0 ? random.nextInt(5) : 10_000;
            List<List<Long>> expected = byTrial(run, pieces, limit);
            assertEquals(expected, asLists(RunCuts.readings(printed, limit)), () -> run + " / " + pieces);
            assertEquals(expected, printed.readings(limit), "PrintedRun.readings is RunCuts boxed");
            compared++;
            withReadings += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(compared == 3_000 && withReadings > 1_000, withReadings + " runs with readings");
    }

    @Test
    void numbersOfEighteenDigitsAndNoMore() {
        PrintedRun run = PrintedRun.of("1".repeat(36), 0, 2);
        List<long[]> readings = RunCuts.readings(run, 10);
        assertEquals(1, readings.size());
        assertEquals(111_111_111_111_111_111L, readings.get(0)[0]);
        assertEquals(List.of(), RunCuts.readings(PrintedRun.of("1".repeat(37), 0, 2), 10));
        assertEquals(List.of(), RunCuts.readings(PrintedRun.of("00", 0, 1), 10), "a leading zero");
        assertEquals(List.of(), RunCuts.readings(PrintedRun.of("12", 0, 2), 0), "limit 0");
    }

    @Test
    void manyPiecesAreCutInTimeBoundedByTheReadings() {
        // One reading; a trial of every cut takes seconds for seven pieces, minutes for eight. The bound is a
        // guard against a hang, far above what a loaded machine needs (milliseconds), not a speed goal.
        assertTimeoutPreemptively(Duration.ofSeconds(30), RunCutsTest::manyPieces);
    }

    private static void manyPieces() {
        for (int pieces = 6; pieces <= 14; pieces++) {
            List<long[]> readings = RunCuts.readings(PrintedRun.of("1".repeat(pieces * 18), 0, pieces), 1_001);
            assertEquals(1, readings.size());
        }
        // A run as long as a run may be, cut into many pieces: the first 1001 readings.
        PrintedRun longest = PrintedRun.of("1".repeat(PrintedRun.MAX_LENGTH), 0, 100);
        assertEquals(1_001, RunCuts.readings(longest, 1_001).size());
        assertEquals(1_001, longest.readings(1_001).size());
    }

    /** The oracle: tries every cut of group {@code g} from character {@code from}. */
    private static List<List<Long>> byTrial(String text, int pieces, int limit) {
        List<List<Long>> out = new ArrayList<>();
        trial(text.split(" "), 0, 0, new long[pieces], 0, limit, out);
        return out;
    }

    private static void trial(String[] groups, int g, int from, long[] numbers, int n, int limit,
            List<List<Long>> out) {
        if (out.size() >= limit) {
            return;
        }
        if (g == groups.length) {
            if (n == numbers.length) {
                List<Long> reading = new ArrayList<>();
                for (long number : numbers) {
                    reading.add(number);
                }
                out.add(reading);
            }
            return;
        }
        String group = groups[g];
        if (n == numbers.length) {
            return;
        }
        int maxLength = group.charAt(from) == '0' ? 1 : Math.min(PrintedRun.MAX_DIGITS, group.length() - from);
        for (int length = 1; length <= maxLength; length++) {
            numbers[n] = Long.parseLong(group, from, from + length, 10);
            if (from + length == group.length()) {
                trial(groups, g + 1, 0, numbers, n + 1, limit, out);
            } else {
                trial(groups, g, from + length, numbers, n + 1, limit, out);
            }
        }
    }
}
