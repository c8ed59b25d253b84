package io.github.gongkai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example finds the deliberately wrong cell and prints it. */
class ValidateReportExampleTest {

    @Test
    void namesTheWrongCell() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValidationResult result = ValidateReportExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertFalse(result.isValid());
        assertEquals(2, result.findings().size());
        for (Finding f : result.findings()) {
            assertEquals(CellRef.parse("T3/disclosed/naturalPerson"), f.culprit().orElseThrow().cell());
        }
        assertTrue(out.contains("culprit: T3/disclosed/naturalPerson printed 16, suggested 6, confidence HIGH"), out);
        assertTrue(out.contains("疑似出错单元格"), out);
    }
}
