package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.validation.TypingError;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TypingErrors}: which single slip turns the intended number into the printed one. */
class TypingErrorsTest {

    @ParameterizedTest(name = "printed {0}, intended {1}: {2}")
    @CsvSource(nullValues = "NONE", value = {
        "17, 12, DIGIT_CHANGED",
        "0, 8, DIGIT_CHANGED",
        "21, 12, DIGITS_SWAPPED",
        "1324, 1234, DIGITS_SWAPPED",
        "112, 12, DIGIT_ADDED",
        "120, 12, DIGIT_ADDED",
        "12, 112, DIGIT_DROPPED",
        "12, 102, DIGIT_DROPPED",
        "12, 12, NONE",
        "31, 12, NONE",
        "1234, 4231, NONE",
        "1, 100, NONE",
        "99, 11, NONE"})
    void explain(long printed, long intended, TypingError expected) {
        assertEquals(Optional.ofNullable(expected), TypingErrors.explain(printed, intended));
    }
}
