package io.github.gongkai.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonRoundTripExampleTest {

    @Test
    void roundTripIsStableAndErrorsAreLocated() {
        String output = Output.of(() -> JsonRoundTripExample.main(new String[0]));
        assertTrue(output.contains("凉山州经济和信息化局 2021: 64 licensing decisions"), output);
        assertTrue(output.contains("stable: true"), output);
        assertTrue(output.contains("\"total\": null"), output);
        assertTrue(output.contains("INVALID_VALUE at /T2/licensing/decisions"), output);
    }
}
