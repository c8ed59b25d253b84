package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedRunTest {

    @Test
    void seven_single_digits_have_one_reading() {
        assertEquals(List.of(List.of(8L, 1L, 0L, 0L, 0L, 0L, 8L)), PrintedRun.of("8100008", 0, 7).readings(10));
    }

    @Test
    void readings_never_start_a_number_with_zero() {
        // 1/0/05 and 1/00/5 are not readings: only 10/0/5 is
        assertEquals(List.of(List.of(10L, 0L, 5L)), PrintedRun.of("1005", 0, 3).readings(10));
    }

    @Test
    void readings_come_shorter_first_numbers_first() {
        assertEquals(List.of(List.of(1L, 23L), List.of(12L, 3L)), PrintedRun.of("123", 1, 2).readings(10));
    }

    @Test
    void a_space_is_always_a_cut() {
        assertEquals(List.of(List.of(1L, 2L, 3L)), PrintedRun.of("12 3", 0, 3).readings(10));
        assertEquals(List.of(List.of(12L, 3L)), PrintedRun.of("12 3", 0, 2).readings(10));
    }

    @Test
    void limit_cuts_the_list_and_limit_plus_one_tells_there_are_more() {
        PrintedRun run = PrintedRun.of("123456789", 0, 3);
        assertEquals(28, run.readings(1000).size()); // C(8, 2) cuts, no zeros
        assertEquals(5, run.readings(5).size());
        assertEquals(run.readings(1000).subList(0, 5), run.readings(5));
        assertEquals(List.of(), run.readings(0));
    }

    @Test
    void fifteen_zeros_for_three_groups_of_five_have_exactly_one_reading() {
        List<List<Long>> readings = PrintedRun.of("000000000000000", 14, 15).readings(2);
        assertEquals(1, readings.size());
        assertTrue(readings.get(0).stream().allMatch(v -> v == 0L));
    }

    @Test
    void numbers_longer_than_eighteen_digits_are_not_readings() {
        String twenty = "1".repeat(20);
        assertEquals(List.of(), PrintedRun.of(twenty, 0, 1).readings(10));
        assertEquals(1, PrintedRun.of("1".repeat(18), 0, 1).readings(10).size());
    }

    @Test
    void pieces_share_one_run() {
        PrintedRun run = PrintedRun.of("8100008", 2, 7);
        assertEquals(5, run.withPiece(5).piece());
        assertTrue(run.sameRunAs(run.withPiece(6)));
        assertFalse(run.sameRunAs(PrintedRun.of("8100008", 2, 6)));
        assertFalse(run.sameRunAs(PrintedRun.of("8100009", 2, 7)));
        assertEquals(run, run.withPiece(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|0|1", "' 1'|0|1", "'1  2'|0|2", "'1 '|0|1", "12a|0|2", "'１２'|0|2", "123|3|3", "123|-1|3",
            "123|0|0", "123|0|4", "'1 2 3'|0|2"})
    void malformed_runs_are_refused(String text, int piece, int pieces) {
        assertThrows(IllegalArgumentException.class, () -> PrintedRun.of(text, piece, pieces));
    }

    @Test
    void overlong_text_and_negative_limit_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> PrintedRun.of("1".repeat(PrintedRun.MAX_LENGTH + 1), 0, 1));
        PrintedRun.of("1".repeat(PrintedRun.MAX_LENGTH), 0, 1);
        assertThrows(IllegalArgumentException.class, () -> PrintedRun.of("1", 0, 1).readings(-1));
        assertThrows(NullPointerException.class, () -> PrintedRun.of(null, 0, 1));
    }
}
