package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditionTest {

    @Test
    void keysAreTheEditionYears() {
        assertEquals("2019", Edition.V2019.key());
        assertEquals("2021", Edition.V2021.key());
    }

    @Test
    void declaredOldestFirst() {
        assertEquals(List.of(Edition.V2019, Edition.V2021), List.of(Edition.values()));
    }

    @Test
    void labelsNameTheIssuingDocument() {
        assertTrue(Edition.V2021.label().startsWith("国办公开办函〔2021〕30号"), Edition.V2021.label());
        assertTrue(Edition.V2019.label().startsWith("国办公开办函〔2019〕60号"), Edition.V2019.label());
        assertTrue(Edition.V2019.label().contains("试行"), "the 2019 edition is the trial edition");
        assertTrue(!Edition.V2021.label().contains("试行"), "the 2021 edition is not a trial edition");
    }

    @Test
    void firstReportYears() {
        assertEquals(2019, Edition.V2019.firstReportYear());
        assertEquals(2021, Edition.V2021.firstReportYear());
    }

    @ParameterizedTest
    @ValueSource(ints = {2008, 2018, 2019, 2020})
    void yearsBefore2021UseThe2019Edition(int year) {
        assertSame(Edition.V2019, Edition.prescribedFor(year));
    }

    @ParameterizedTest
    @ValueSource(ints = {2021, 2022, 2025, 9999})
    void yearsFrom2021UseThe2021Edition(int year) {
        assertSame(Edition.V2021, Edition.prescribedFor(year));
    }

    @Test
    void parseRoundTripsEveryKey() {
        for (Edition edition : Edition.values()) {
            assertSame(edition, Edition.parse(edition.key()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2020", "V2021", "2021 ", "v2019", "２０２１"})
    void parseRejectsUnknownKeysNamingThem(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Edition.parse(key));
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }

    @Test
    void parseRejectsNull() {
        assertThrows(NullPointerException.class, () -> Edition.parse(null));
    }
}
