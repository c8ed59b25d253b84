package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportHeaderTest {

    private static final String ORGAN = "凉山州经济和信息化局";

    @Test
    void ofHasNoDateAndNoSource() {
        ReportHeader header = ReportHeader.of(ORGAN, 2021, Edition.V2021);
        assertEquals(ORGAN, header.organName());
        assertEquals(2021, header.reportYear());
        assertEquals(Edition.V2021, header.edition());
        assertEquals(Optional.empty(), header.publicationDate());
        assertEquals(Optional.empty(), header.source());
    }

    @Test
    void withPublicationDateAndSourceCopy() {
        ReportHeader header = ReportHeader.of(ORGAN, 2021, Edition.V2021);
        ReportHeader dated = header.withPublicationDate(LocalDate.of(2022, 1, 26));
        assertEquals(Optional.of(LocalDate.of(2022, 1, 26)), dated.publicationDate());
        assertEquals(Optional.empty(), header.publicationDate(), "the original is unchanged");
        ReportHeader sourced = dated.withSource("000_5f5cda31151d78ea.txt");
        assertEquals(Optional.of("000_5f5cda31151d78ea.txt"), sourced.source());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 26)), sourced.publicationDate());
        assertEquals(header, sourced.withPublicationDate(null).withSource(null));
    }

    @Test
    void valueEquality() {
        ReportHeader a = ReportHeader.of(ORGAN, 2021, Edition.V2021);
        assertEquals(new ReportHeader(ORGAN, 2021, Edition.V2021, Optional.empty(), Optional.empty()), a);
        assertEquals(ReportHeader.of(ORGAN, 2021, Edition.V2021).hashCode(), a.hashCode());
        assertNotEquals(ReportHeader.of(ORGAN, 2022, Edition.V2021), a);
        assertNotEquals(ReportHeader.of(ORGAN, 2021, Edition.V2019), a);
        assertNotEquals(ReportHeader.of("凉山州人民政府", 2021, Edition.V2021), a);
        assertNotEquals(a.withSource("x"), a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\n\t"})
    void blankOrganNameIsRejected(String organ) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportHeader.of(organ, 2021, Edition.V2021));
        assertTrue(e.getMessage().contains("organName"), e.getMessage());
    }

    @Test
    void yearRangeIs2008To9999() {
        assertEquals(2008, ReportHeader.FIRST_REPORT_YEAR);
        assertEquals(9999, ReportHeader.LAST_REPORT_YEAR);
        assertEquals(2008, ReportHeader.of(ORGAN, 2008, Edition.V2019).reportYear());
        assertEquals(9999, ReportHeader.of(ORGAN, 9999, Edition.V2021).reportYear());
    }

    @ParameterizedTest
    @ValueSource(ints = {2007, 0, -2021, 10000, 20211, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void yearOutOfRangeIsRejected(int year) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportHeader.of(ORGAN, year, Edition.V2021));
        assertTrue(e.getMessage().contains("reportYear"), e.getMessage());
        assertTrue(e.getMessage().contains(Integer.toString(year)), e.getMessage());
    }

    @Test
    void blankSourceIsRejectedButAbsentSourceIsFine() {
        ReportHeader header = ReportHeader.of(ORGAN, 2021, Edition.V2021);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> header.withSource(" "));
        assertTrue(e.getMessage().contains("source"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> header.withSource(""));
        assertEquals(Optional.empty(), header.withSource(null).source());
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> ReportHeader.of(null, 2021, Edition.V2021));
        assertThrows(NullPointerException.class, () -> ReportHeader.of(ORGAN, 2021, null));
        assertThrows(NullPointerException.class,
                () -> new ReportHeader(ORGAN, 2021, Edition.V2021, null, Optional.empty()));
        assertThrows(NullPointerException.class,
                () -> new ReportHeader(ORGAN, 2021, Edition.V2021, Optional.empty(), null));
    }

    @Test
    void theYearNeedNotBeTheEditionsFirstYear() {
        // 2019 and 2020 reports use the 2019 edition; a late adopter may still print the old layout.
        assertEquals(2020, ReportHeader.of(ORGAN, 2020, Edition.V2019).reportYear());
        assertEquals(2022, ReportHeader.of(ORGAN, 2022, Edition.V2019).reportYear());
    }
}
