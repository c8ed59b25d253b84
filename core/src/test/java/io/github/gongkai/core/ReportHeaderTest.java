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

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "凉山州\uDC00局", "\uD800\u0041", "局\uDBFF"})
    void anOrganNameWithAnUnpairedSurrogateIsRejected(String organ) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportHeader.of(organ, 2021, Edition.V2021));
        assertTrue(e.getMessage().startsWith("header: organName must be well-formed Unicode, found the unpaired"
                + " surrogate U+D"), e.getMessage());
        assertTrue(e.getMessage().matches(".* at index [0-9]+"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"凉山州\u0000局", "\u0007局", "局\n办公室", "局\t", "\u001B[31m局", "局\u007F", "局\u0085",
        "局\u009F"})
    void anOrganNameWithAControlCharacterIsRejected(String organ) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportHeader.of(organ, 2021, Edition.V2021));
        assertTrue(e.getMessage().startsWith("header: organName must hold no control character, found U+00"),
                e.getMessage());
    }

    @Test
    void aSourceIsOneLineOfWellFormedText() {
        ReportHeader header = ReportHeader.of(ORGAN, 2021, Edition.V2021);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> header.withSource("page\u0000.html"));
        assertEquals("header: source must hold no control character, found U+0000 at index 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> header.withSource("https://example.cn/\uDC00"));
        assertEquals("header: source must be well-formed Unicode, found the unpaired surrogate U+DC00 at index 19",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> header.withSource("a\nb"));
    }

    @Test
    void astralAndOtherUnusualButWellFormedCharactersAreKept() {
        // 𠀀 (U+20000) is a surrogate pair; U+FEFF, U+FFFD, U+2028 and U+00A0 are no control characters.
        String organ = "𠀀\uFEFF\uFFFD\u2028\u00A0局";
        ReportHeader header = ReportHeader.of(organ, 2021, Edition.V2021).withSource("𠀀.html");
        assertEquals(organ, header.organName());
        assertEquals(Optional.of("𠀀.html"), header.source());
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
