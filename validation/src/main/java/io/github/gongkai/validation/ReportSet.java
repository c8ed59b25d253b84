package io.github.gongkai.validation;

import io.github.gongkai.core.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several reports validated together, for the rules that compare reports: carry-over between consecutive
 * years of the same organ ({@link Rule#SET_CARRY_OVER}) and, for reports the caller marks as regional
 * summaries, summary = sum of members ({@link Rule#SET_SUMMARY}) and members without a report
 * ({@link Rule#SET_SUMMARY_MEMBERS_MISSING}); between consecutive years of one organ also the stock of table 二
 * ({@link Rule#SET_IN_FORCE_STOCK}), large changes ({@link Rule#SET_YEAR_RATIO}) and repeated reports
 * ({@link Rule#SET_REPEATED_REPORT}).
 *
 * <p>Reports are referred to by their position in {@link #reports()}; findings give the same position in
 * {@link CellInvolvement#report()}. An immutable, thread-safe value.
 *
 * <pre>{@code
 * ReportSet set = ReportSet.of(List.of(county, townA, townB))
 *         .withSummary(county, List.of(townA, townB));
 * ValidationResult result = ReportValidator.standard().validate(set);
 * }</pre>
 *
 * @param reports the reports, in any order
 * @param summaries the reports marked as regional summaries, with their members
 */
public record ReportSet(List<Report> reports, List<Summary> summaries) {

    /**
     * A report marked as the regional summary of other reports of the set.
     *
     * @param summary the position of the summary report
     * @param members the positions of its members: without repeats, not the summary itself; at least one unless
     *     expected members are named
     * @param expectedMembers the organ names of every member the summary should have, or empty if the caller
     *     does not say: those without a report among {@code members} are missing
     *     ({@link Rule#SET_SUMMARY_MEMBERS_MISSING}), and a summary with missing members is not compared with the
     *     sum of the others ({@link Rule#SET_SUMMARY})
     */
    public record Summary(int summary, List<Integer> members, List<String> expectedMembers) {
        /**
         * Checks the positions against each other and copies the lists.
         *
         * @throws IllegalArgumentException if there are no members and no expected members, a position is
         *     negative or repeated, the summary is its own member, or an expected name is blank or repeated
         */
        public Summary {
            members = List.copyOf(members);
            expectedMembers = List.copyOf(expectedMembers);
            if (members.isEmpty() && expectedMembers.isEmpty()) {
                throw new IllegalArgumentException("a summary needs at least one member");
            }
            Set<Integer> seen = new HashSet<>();
            for (int m : members) {
                if (m < 0 || !seen.add(m)) {
                    throw new IllegalArgumentException("member positions must be non-negative and distinct: "
                            + members);
                }
                if (m == summary) {
                    throw new IllegalArgumentException("report " + summary + " cannot be a member of itself");
                }
            }
            if (summary < 0) {
                throw new IllegalArgumentException("summary position must not be negative, was " + summary);
            }
            if (new HashSet<>(expectedMembers).size() != expectedMembers.size()
                    || expectedMembers.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("expected member names must be distinct and not blank: "
                        + expectedMembers);
            }
        }

        /**
         * A summary whose expected members are not named: every member given is all there is.
         *
         * @param summary the position of the summary report
         * @param members the positions of its members: at least one
         * @throws IllegalArgumentException as for the canonical constructor
         */
        public Summary(int summary, List<Integer> members) {
            this(summary, members, List.of());
        }
    }

    /**
     * Copies the lists and checks that every summary refers to reports of the set.
     *
     * @throws IllegalArgumentException if a position is out of range, or a report is marked as a summary
     *     twice
     */
    public ReportSet {
        reports = List.copyOf(reports);
        summaries = List.copyOf(summaries);
        Set<Integer> summaryPositions = new HashSet<>();
        for (Summary s : summaries) {
            if (!summaryPositions.add(s.summary())) {
                throw new IllegalArgumentException("report " + s.summary() + " is marked as a summary twice");
            }
            check(s.summary(), reports.size());
            for (int m : s.members()) {
                check(m, reports.size());
            }
        }
    }

    private static void check(int position, int size) {
        if (position >= size) {
            throw new IllegalArgumentException("report position " + position + " is out of range: the set has "
                    + size + " reports");
        }
    }

    /**
     * Obtains a set of reports with no summary marked.
     *
     * @param reports the reports
     * @return the set, never null
     */
    public static ReportSet of(Collection<Report> reports) {
        return new ReportSet(new ArrayList<>(reports), List.of());
    }

    /**
     * Returns a copy of this set with one report marked as the regional summary of others, by position.
     *
     * @param summary the position of the summary report
     * @param members the positions of its members
     * @return a new set, never null
     * @throws IllegalArgumentException if a position is invalid
     */
    public ReportSet withSummary(int summary, List<Integer> members) {
        List<Summary> all = new ArrayList<>(summaries);
        all.add(new Summary(summary, members));
        return new ReportSet(reports, all);
    }

    /**
     * Returns a copy of this set with one report marked as the regional summary of others. The reports are
     * found in the set by identity ({@code ==}).
     *
     * @param summary the summary report, an element of this set
     * @param members its members, elements of this set
     * @return a new set, never null
     * @throws IllegalArgumentException if a report is not an element of this set
     */
    public ReportSet withSummary(Report summary, Collection<Report> members) {
        List<Integer> positions = new ArrayList<>();
        for (Report member : members) {
            positions.add(positionOf(member));
        }
        return withSummary(positionOf(summary), positions);
    }

    /**
     * Returns a copy of this set with one report marked as the regional summary of others, naming every member
     * it should have. The members whose organ name is not among {@code members}' are missing: a finding of
     * {@link Rule#SET_SUMMARY_MEMBERS_MISSING} lists them, and the summary is not compared with the sum of the
     * members it has. Members given that are not named are compared all the same.
     *
     * @param summary the summary report, an element of this set
     * @param members the member reports at hand, elements of this set (may be empty)
     * @param expectedMemberNames the organ names of every member the summary should have (at least one)
     * @return a new set, never null
     * @throws IllegalArgumentException if a report is not an element of this set, or a name is blank or repeated
     */
    public ReportSet withSummary(Report summary, Collection<Report> members, Collection<String> expectedMemberNames) {
        List<Integer> positions = new ArrayList<>();
        for (Report member : members) {
            positions.add(positionOf(member));
        }
        List<Summary> all = new ArrayList<>(summaries);
        all.add(new Summary(positionOf(summary), positions, List.copyOf(expectedMemberNames)));
        return new ReportSet(reports, all);
    }

    /**
     * Returns a copy of this set with one report marked as the summary of a region whose members are named: the
     * members are the reports of the set with those organ names and the summary's year; those without one are
     * missing ({@link Rule#SET_SUMMARY_MEMBERS_MISSING}).
     *
     * @param summary the summary report, an element of this set
     * @param memberNames the organ names of the region's members (at least one)
     * @return a new set, never null
     * @throws IllegalArgumentException if the summary is not an element of this set, or a name is blank or
     *     repeated
     */
    public ReportSet withRegion(Report summary, Collection<String> memberNames) {
        Objects.requireNonNull(summary, "summary");
        Set<String> names = new HashSet<>(memberNames);
        List<Report> members = new ArrayList<>();
        for (Report r : reports) {
            if (r != summary && names.contains(r.header().organName())
                    && r.header().reportYear() == summary.header().reportYear()) {
                members.add(r);
            }
        }
        return withSummary(summary, members, memberNames);
    }

    private int positionOf(Report report) {
        Objects.requireNonNull(report, "report");
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i) == report) {
                return i;
            }
        }
        throw new IllegalArgumentException("report of " + report.header().organName() + " for "
                + report.header().reportYear() + " is not in this set");
    }
}
