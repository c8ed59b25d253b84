package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void everyCodeSaysWhatItReportsInEnglishAndChinese() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ReadingWarning.Code code : ReadingWarning.Code.values()) {
            String en = code.describe(java.util.Locale.ENGLISH);
            String zh = code.describe(java.util.Locale.SIMPLIFIED_CHINESE);
            assertTrue(seen.add(en) && seen.add(zh), code + ": " + en + " / " + zh);
            assertEquals(en, code.describe(java.util.Locale.ROOT));
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    code + ": " + zh);
        }
        assertEquals("连写数字已拆分到各单元格",
                ReadingWarning.Code.GLUED_ROW_SPLIT.describe(java.util.Locale.CHINESE));
    }
}
