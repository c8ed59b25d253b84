package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadReasonTest {

    @Test
    void keys_are_the_documented_ones() {
        assertEquals(List.of("ambiguous", "inconsistent", "notFound", "damaged", "merged"),
                Arrays.stream(UnreadReason.values()).map(UnreadReason::key).toList());
    }

    @Test
    void parse_round_trips_and_refuses_others() {
        for (UnreadReason reason : UnreadReason.values()) {
            assertEquals(reason, UnreadReason.parse(reason.key()));
        }
        assertThrows(IllegalArgumentException.class, () -> UnreadReason.parse("AMBIGUOUS"));
        assertThrows(IllegalArgumentException.class, () -> UnreadReason.parse("not-found"));
        assertThrows(NullPointerException.class, () -> UnreadReason.parse(null));
    }
}
