package io.github.gongkai.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadPdfExampleTest {

    @Test
    void readsThePdfAndShowsWhereACellWasPrinted() {
        String output = Output.of(() -> ReadPdfExample.main(new String[0]));
        assertTrue(output.startsWith("淮安市洪泽区人民政府 2024, 2021 edition from PDF: 201 read, 0 blank, 0 ambiguous"), output);
        assertTrue(output.contains("= 95, printed on page 3 in the box page 3, x "), output);
        assertTrue(output.contains("校验 / validation: valid"), output);
    }
}
