package io.github.gongkai.reader.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** {@link DocumentLimits}: positive limits only, and a deadline that the clock can be compared with. */
class DocumentLimitsTest {

    @Test
    void theDefaultsAreFarAboveAnyReport() {
        DocumentLimits limits = DocumentLimits.defaults();
        assertSame(limits, DocumentLimits.defaults());
        assertEquals(new DocumentLimits(200, 256L << 20, 8_000_000, Duration.ofSeconds(30)), limits);
    }

    @Test
    void everyLimitMustBePositive() {
        Duration second = Duration.ofSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> new DocumentLimits(0, 1, 1, second));
        assertThrows(IllegalArgumentException.class, () -> new DocumentLimits(1, 0, 1, second));
        assertThrows(IllegalArgumentException.class, () -> new DocumentLimits(1, 1, 0, second));
        assertThrows(IllegalArgumentException.class, () -> new DocumentLimits(1, 1, 1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DocumentLimits(1, 1, 1, second.negated()));
        assertThrows(NullPointerException.class, () -> new DocumentLimits(1, 1, 1, null));
    }

    @Test
    void theDeadlineIsTheTimeFromNow() {
        long before = System.nanoTime();
        long deadline = new DocumentLimits(1, 1, 1, Duration.ofSeconds(30)).deadline();
        long after = System.nanoTime();
        assertTrue(deadline - before >= 30_000_000_000L && deadline - after <= 30_000_000_000L);
    }

    @Test
    void aTimeBeyondTheClocksRangeCountsAsCenturiesAndNeverOverflows() {
        for (Duration forever : new Duration[] {ChronoUnit.FOREVER.getDuration(), Duration.ofDays(400 * 365),
                Duration.ofNanos(Long.MAX_VALUE)}) {
            long deadline = new DocumentLimits(1, 1, 1, forever).deadline();
            long left = deadline - System.nanoTime();
            assertTrue(left > Duration.ofDays(100 * 365).toNanos(), forever + ": " + left);
            assertTrue(System.nanoTime() - deadline < 0, "not past: " + forever);
        }
    }
}
