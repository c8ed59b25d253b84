package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.CellRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingWarningTest {

    @Test
    void describesItselfWithCodeAndPosition() {
        ReadingWarning w = new ReadingWarning(ReadingWarning.Code.GLUED_ROW_SPLIT, "glued run '1000001' split",
                Optional.of(SourcePosition.line(10, 2621)), Optional.of(CellRef.parse("T3/carriedOver/naturalPerson")));
        assertEquals("GLUED_ROW_SPLIT @ line 10, column 2621: glued run '1000001' split", w.toString());
        assertEquals("EDITION_INFERRED: x",
                new ReadingWarning(ReadingWarning.Code.EDITION_INFERRED, "x", Optional.empty(), Optional.empty())
                        .toString());
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class,
                () -> new ReadingWarning(null, "m", Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class,
                () -> new ReadingWarning(ReadingWarning.Code.DUPLICATE_ROW, null, Optional.empty(), Optional.empty()));
    }
}
