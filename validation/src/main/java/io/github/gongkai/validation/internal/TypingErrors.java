package io.github.gongkai.validation.internal;

import io.github.gongkai.validation.TypingError;
import java.util.Optional;

/** Which single keyboard slip turns one whole number into another. Not part of the API. */
final class TypingErrors {

    private TypingErrors() {
    }

    /**
     * Explains a printed number as a slip in typing the intended one.
     *
     * @param printed the number as printed, at least 0
     * @param intended the number it should be, at least 0
     * @return the slip, or empty if the numbers are equal or no single slip explains the difference
     */
    static Optional<TypingError> explain(long printed, long intended) {
        if (printed == intended || printed < 0 || intended < 0) {
            return Optional.empty();
        }
        String p = Long.toString(printed);
        String s = Long.toString(intended);
        if (p.length() == s.length()) {
            int first = -1;
            int second = -1;
            int diffs = 0;
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) != s.charAt(i)) {
                    diffs++;
                    if (first < 0) {
                        first = i;
                    } else {
                        second = i;
                    }
                }
            }
            if (diffs == 1) {
                return Optional.of(TypingError.DIGIT_CHANGED);
            }
            if (diffs == 2 && second == first + 1 && p.charAt(first) == s.charAt(second)
                    && p.charAt(second) == s.charAt(first)) {
                return Optional.of(TypingError.DIGITS_SWAPPED);
            }
            return Optional.empty();
        }
        if (p.length() == s.length() + 1 && dropsOneDigit(p, s)) {
            return Optional.of(TypingError.DIGIT_ADDED);
        }
        if (s.length() == p.length() + 1 && dropsOneDigit(s, p)) {
            return Optional.of(TypingError.DIGIT_DROPPED);
        }
        return Optional.empty();
    }

    /** Tells whether removing one character of {@code longer} gives {@code shorter}. */
    private static boolean dropsOneDigit(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }
}
