package io.github.gongkai.validation;

import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.validation.internal.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which organs of a list have a report for which years ({@link Rule#SET_MISSING_REPORT}): for a supervisor
 * who must see every organ of a region report each year. Organs are matched by name, exactly as printed in
 * the reports' headers.
 *
 * <pre>{@code
 * Coverage coverage = Coverage.of(List.of("甲县人民政府", "乙县人民政府"), List.of(2022, 2023),
 *         reports.stream().map(Report::header).toList());
 * for (Coverage.Gap gap : coverage.missing()) {
 *     System.out.println(gap.message(Locale.SIMPLIFIED_CHINESE));   // 乙县人民政府：缺少2023年度的报告。
 * }
 * }</pre>
 *
 * <p>A missing report has no cell, so a gap is not a {@link Finding}; its rule id is
 * {@link Rule#SET_MISSING_REPORT}'s, and its message comes from the same bundles as the findings'. Immutable
 * and thread-safe.
 */
public final class Coverage {

    /**
     * An organ of the list without a report for a year.
     *
     * @param organ the organ's name
     * @param year the report year
     */
    public record Gap(String organ, int year) {
        /**
         * Checks the organ and the year.
         *
         * @throws NullPointerException if {@code organ} is null
         * @throws IllegalArgumentException if {@code organ} is blank, or the year is not one a report can be of
         *     ({@link ReportHeader#FIRST_REPORT_YEAR} to {@link ReportHeader#LAST_REPORT_YEAR})
         */
        public Gap {
            Objects.requireNonNull(organ, "organ");
            if (organ.isBlank()) {
                throw new IllegalArgumentException("an organ's name must not be blank");
            }
            checkYear(year);
        }

        /**
         * Returns the rule a gap is a result of.
         *
         * @return {@link Rule#SET_MISSING_REPORT}
         */
        public Rule rule() {
            return Rule.SET_MISSING_REPORT;
        }

        /**
         * Returns the values the message refers to: {@code rule}, {@code organ} and {@code year}.
         *
         * @return an unmodifiable map in a fixed order
         */
        public Map<String, String> messageParameters() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("rule", rule().id().toString());
            p.put("organ", organ);
            p.put("year", Integer.toString(year));
            return java.util.Collections.unmodifiableMap(p);
        }

        /**
         * Renders the gap in Chinese for a {@code zh} locale, in English otherwise.
         *
         * @param locale the language
         * @return the message, never null
         */
        public String message(Locale locale) {
            return Messages.interpolate(locale, "{" + rule().id().messageKey() + "}", messageParameters());
        }
    }

    private final List<String> organs;
    private final List<Integer> years;
    private final List<Gap> missing;
    private final Set<String> unlisted;

    private Coverage(List<String> organs, List<Integer> years, Collection<ReportHeader> reported) {
        this.organs = organs;
        this.years = years;
        Set<String> have = new HashSet<>();
        Set<String> others = new TreeSet<>();
        Set<String> listed = new HashSet<>(organs);
        for (ReportHeader header : reported) {
            have.add(key(header.organName(), header.reportYear()));
            if (!listed.contains(header.organName())) {
                others.add(header.organName());
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (String organ : organs) {
            for (int year : years) {
                if (!have.contains(key(organ, year))) {
                    gaps.add(new Gap(organ, year));
                }
            }
        }
        this.missing = List.copyOf(gaps);
        this.unlisted = java.util.Collections.unmodifiableSet(others);
    }

    private static String key(String organ, int year) {
        return year + "\u0000" + organ;
    }

    /**
     * Works out which organs of the list have no report for which of the years.
     *
     * @param organs the organs' names; repeats and surrounding white space are dropped, blank names ignored
     * @param years the report years; repeats dropped, sorted
     * @param reported the headers of the reports at hand (organ name and year are read)
     * @return the coverage, never null
     * @throws NullPointerException if an argument, an organ or a year is null
     * @throws IllegalArgumentException if a year is not one a report can be of
     *     ({@link ReportHeader#FIRST_REPORT_YEAR} to {@link ReportHeader#LAST_REPORT_YEAR})
     */
    public static Coverage of(Collection<String> organs, Collection<Integer> years,
            Collection<ReportHeader> reported) {
        Objects.requireNonNull(organs, "organs");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(reported, "reported");
        Set<String> names = new LinkedHashSet<>();
        for (String organ : organs) {
            String name = Objects.requireNonNull(organ, "organ").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        for (Integer year : years) {
            checkYear(Objects.requireNonNull(year, "year"));
        }
        return new Coverage(List.copyOf(names), List.copyOf(new TreeSet<>(years)), List.copyOf(reported));
    }

    private static void checkYear(int year) {
        if (year < ReportHeader.FIRST_REPORT_YEAR || year > ReportHeader.LAST_REPORT_YEAR) {
            throw new IllegalArgumentException("a report year must be between " + ReportHeader.FIRST_REPORT_YEAR
                    + " and " + ReportHeader.LAST_REPORT_YEAR + ", was " + year);
        }
    }

    /**
     * Returns the organs of the list, in their order, without repeats.
     *
     * @return an unmodifiable list
     */
    public List<String> organs() {
        return organs;
    }

    /**
     * Returns the years, ascending.
     *
     * @return an unmodifiable list
     */
    public List<Integer> years() {
        return years;
    }

    /**
     * Returns the organs without a report for a year: by organ in the list's order, then by year.
     *
     * @return an unmodifiable list, empty when every organ has a report for every year
     */
    public List<Gap> missing() {
        return missing;
    }

    /**
     * Returns the organs that have a report but are not in the list (a misspelt name in the list or in a
     * report shows up here and in {@link #missing()}), sorted.
     *
     * @return an unmodifiable set
     */
    public Set<String> unlisted() {
        return unlisted;
    }

    /**
     * Tells whether every organ of the list has a report for every year.
     *
     * @return true if nothing is missing
     */
    public boolean isComplete() {
        return missing.isEmpty();
    }
}
