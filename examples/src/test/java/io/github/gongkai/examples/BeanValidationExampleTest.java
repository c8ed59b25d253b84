package io.github.gongkai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeanValidationExampleTest {

    @Test
    void violationsPointAtTheCellDirectlyAndInsideABean() {
        List<String> lines = BeanValidationExample.run();
        // The wrong cell breaks the row total of 一、本年新收 and the balance of the 自然人 column:
        // two violations on the report, two on each of the bean's fields.
        assertEquals(6, lines.size(), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("applications[T3/newlyReceived/")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("report.applications[T3/newlyReceived/")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("annotated.applications[T3/newlyReceived/")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains("T3.ROW_TOTAL.1")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains("T3.BALANCE.1")), lines::toString);
    }
}
