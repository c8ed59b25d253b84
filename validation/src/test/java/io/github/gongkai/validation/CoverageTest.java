package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Coverage}: which organs of a list have no report for which year. */
class CoverageTest {

    private static ReportHeader header(String organ, int year) {
        return ReportHeader.of(organ, year, Edition.V2021);
    }

    @Test
    void listsTheGapsByOrganInTheListsOrderThenByYear() {
        Coverage coverage = Coverage.of(List.of("乙县人民政府", " 甲县人民政府 ", "乙县人民政府", " "), List.of(2023, 2022, 2023),
                List.of(header("甲县人民政府", 2022), header("乙县人民政府", 2023), header("丙县人民政府", 2022)));
        assertEquals(List.of("乙县人民政府", "甲县人民政府"), coverage.organs(), "stripped, repeats and blanks dropped");
        assertEquals(List.of(2022, 2023), coverage.years());
        assertEquals(List.of(new Coverage.Gap("乙县人民政府", 2022), new Coverage.Gap("甲县人民政府", 2023)),
                coverage.missing());
        assertEquals(Set.of("丙县人民政府"), coverage.unlisted());
        assertFalse(coverage.isComplete());
    }

    @Test
    void aGapSaysWhatIsMissingInEitherLanguageUnderItsRule() {
        Coverage.Gap gap = new Coverage.Gap("乙县人民政府", 2023);
        assertEquals(Rule.SET_MISSING_REPORT, gap.rule());
        assertEquals(List.of("rule", "organ", "year"), new ArrayList<>(gap.messageParameters().keySet()));
        assertEquals("乙县人民政府：缺少2023年度的报告。", gap.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(gap.message(Locale.ENGLISH).contains("2023"), gap.message(Locale.ENGLISH));
        assertThrows(NullPointerException.class, () -> new Coverage.Gap(null, 2023));
        assertThrows(IllegalArgumentException.class, () -> new Coverage.Gap(" ", 2023));
        assertThrows(IllegalArgumentException.class, () -> new Coverage.Gap("乙县人民政府", 2007));
        assertEquals(2008, new Coverage.Gap("乙县人民政府", 2008).year());
    }

    @Test
    void aYearNoReportCanBeOfIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Coverage.of(List.of("甲县人民政府"), List.of(2022, -5), List.of()));
        assertEquals("a report year must be between 2008 and 9999, was -5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Coverage.of(List.of("甲县人民政府"), List.of(10000),
                List.of()));
        assertThrows(NullPointerException.class, () -> Coverage.of(List.of("甲县人民政府"),
                Arrays.asList(2022, null), List.of()));
    }

    @Test
    void everyOrganReportedEveryYearIsComplete() {
        Coverage coverage = Coverage.of(List.of("甲县人民政府"), List.of(2022),
                Arrays.asList(header("甲县人民政府", 2022), header("甲县人民政府", 2021)));
        assertTrue(coverage.isComplete());
        assertEquals(List.of(), coverage.missing());
        assertEquals(Set.of(), coverage.unlisted(), "another year of a listed organ is not unlisted");
        assertThrows(UnsupportedOperationException.class, () -> coverage.missing().add(new Coverage.Gap("x", 2022)));
        assertThrows(NullPointerException.class, () -> Coverage.of(null, List.of(), List.of()));
    }
}
