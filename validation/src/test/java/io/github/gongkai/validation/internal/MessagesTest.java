package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Messages#interpolate}: bundle keys, parameters and literal braces. */
class MessagesTest {

    @Test
    void adjacentParametersAreEachReplaced() {
        assertEquals("12", Messages.interpolate(Locale.ROOT, "{a}{b}", Map.of("a", "1", "b", "2")));
        assertEquals("x=1,y=2}", Messages.interpolate(Locale.ROOT, "x={a},y={b}}", Map.of("a", "1", "b", "2")));
    }

    @Test
    void unknownNamesAndUnclosedBracesAreKeptAsPrinted() {
        assertEquals("{nope} and {a", Messages.interpolate(Locale.ROOT, "{nope} and {a", Map.of("a", "1")));
        assertEquals("", Messages.interpolate(Locale.ROOT, "", Map.of()));
    }

    @Test
    void parametersAreInsertedLiterallyAndNeverReadAgain() {
        assertEquals("{b}", Messages.interpolate(Locale.ROOT, "{a}", Map.of("a", "{b}", "b", "2")));
    }
}
