package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReportReadExceptionTest {

    @Test
    void theMessageNamesTheReasonAndThePosition() {
        ReportReadException e = new ReportReadException(ReportReadException.Reason.NO_APPLICATIONS_TABLE,
                "table 三 has no readable row", SourcePosition.line(87, 1));
        assertEquals("NO_APPLICATIONS_TABLE: table 三 has no readable row @ line 87", e.getMessage());
        assertEquals(SourcePosition.line(87, 1), e.position().orElseThrow());
        assertEquals(ReportReadException.Reason.NO_APPLICATIONS_TABLE, e.reason());
    }

    @Test
    void mayCarryACauseAndNoPosition() {
        IOException cause = new IOException("boom");
        ReportReadException e = new ReportReadException(ReportReadException.Reason.UNREADABLE_INPUT, "bad", cause);
        assertSame(cause, e.getCause());
        assertTrue(e.position().isEmpty());
        assertEquals("UNREADABLE_INPUT: bad", e.getMessage());
    }

    @Test
    void everyReasonSaysWhatItIsInEnglishAndChinese() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ReportReadException.Reason reason : ReportReadException.Reason.values()) {
            String en = reason.describe(java.util.Locale.ENGLISH);
            String zh = reason.describe(java.util.Locale.CHINESE);
            assertTrue(seen.add(en) && seen.add(zh), reason + ": " + en + " / " + zh);
        }
        assertEquals("不是政府信息公开工作年度报告",
                ReportReadException.Reason.NOT_A_REPORT.describe(java.util.Locale.SIMPLIFIED_CHINESE));
    }
}
