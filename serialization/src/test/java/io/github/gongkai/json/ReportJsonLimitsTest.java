package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

/** {@link ReportJson.Limits}: defaults, copies, validation and the Jackson constraints they become. */
class ReportJsonLimitsTest {

    @Test
    void defaultsSuitADocumentOfAboutTenKilobytesWithLongNarratives() {
        ReportJson.Limits limits = ReportJson.Limits.defaults();
        assertEquals(4L * 1024 * 1024, limits.maxDocumentLength());
        assertEquals(16, limits.maxNestingDepth());
        assertEquals(32, limits.maxNumberLength());
        assertEquals(1024 * 1024, limits.maxStringLength());
        assertEquals(256, limits.maxNameLength());
    }

    @Test
    void withersChangeOneLimitEach() {
        ReportJson.Limits d = ReportJson.Limits.defaults();
        assertEquals(new ReportJson.Limits(10, 16, 32, 1 << 20, 256), d.withMaxDocumentLength(10));
        assertEquals(new ReportJson.Limits(4L << 20, 5, 32, 1 << 20, 256), d.withMaxNestingDepth(5));
        assertEquals(new ReportJson.Limits(4L << 20, 16, 20, 1 << 20, 256), d.withMaxNumberLength(20));
        assertEquals(new ReportJson.Limits(4L << 20, 16, 32, 100, 256), d.withMaxStringLength(100));
        assertEquals(new ReportJson.Limits(4L << 20, 16, 32, 1 << 20, 64), d.withMaxNameLength(64));
    }

    @Test
    void everyLimitMustBePositive() {
        ReportJson.Limits d = ReportJson.Limits.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withMaxDocumentLength(0));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxNestingDepth(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxNumberLength(0));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxStringLength(0));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxNameLength(0));
    }

    @Test
    void becomeJacksonStreamReadConstraints() {
        StreamReadConstraints c = new ReportJson.Limits(1000, 7, 25, 500, 60).toConstraints();
        assertEquals(1000, c.getMaxDocumentLength());
        assertEquals(7, c.getMaxNestingDepth());
        assertEquals(25, c.getMaxNumberLength());
        assertEquals(500, c.getMaxStringLength());
        assertEquals(60, c.getMaxNameLength());
    }
}
