package io.github.gongkai.validation;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.validation.internal.Fingerprints;
import io.github.gongkai.validation.internal.Messages;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One rule that a report breaks, or could not be checked on it: a record, not a string.
 *
 * <p>For an identity {@code actual side = expected side} (for example 总计 = the sum of its components),
 * {@link #actual()} is the sum of the actual-side cells as read, {@link #expected()} the sum of the
 * expected-side cells, and {@link #difference()} is {@code actual - expected}; {@link #cells()} lists every
 * cell of the identity, actual side first, each with its {@linkplain CellRole role} and printed value. For a
 * {@link FindingStatus#NOT_ASSESSABLE} finding {@code actual} and {@code difference} are empty: the total
 * was not reported, or a cell was not read ({@link #notAssessableReason()} tells which). For a plausibility
 * rule {@code expected} is the bound the subject cell should not pass.
 *
 * <p>A cell that was not read from the page ({@link CellValue.Unread}) is neither blank nor zero. An identity
 * through one is {@code NOT_ASSESSABLE} for {@link NotAssessableReason#NOT_READ}, with three exceptions: a
 * cell of a {@linkplain io.github.gongkai.core.PrintedTotal printed total} of 0 is 0 (the cells of an identity
 * are counts, never below 0); the cells of a printed total that all lie on one side of the identity count as
 * the total's value; and an identity through pieces of glued runs of digits that no
 * reading of the digits satisfies is {@link FindingStatus#FAILED}, with {@link #readings()} listing up to
 * {@value #MAX_READINGS} of the readings and {@code expected}, {@code actual} and {@code difference} empty.
 * An unread cell is never a suspect.
 *
 * <p>{@link #message(Locale)} renders the finding in Chinese ({@link Locale#SIMPLIFIED_CHINESE}) or English
 * (any other locale) from the module's message bundles; {@link #messageTemplate()} and
 * {@link #messageParameters()} give the same message in parts, the template free of any value read from the
 * report.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param rule the id and revision of the rule
 * @param severity the severity the validator was configured with for the rule
 * @param status whether the rule failed or could not be assessed
 * @param blankPolicy how the validator read cells without a number
 * @param subject what the rule was applied to: a row, column or group key (such as {@code naturalPerson}), or
 *     a cell reference for cell-by-cell rules
 * @param subjectLabel the official Chinese label of the subject
 * @param cells every cell involved, actual side first, in printed order within a side; empty only for a
 *     finding about a section of the narrative, whose {@code subject} is then that section's name in
 *     {@link io.github.gongkai.core.Narrative} ({@code overview}, {@code problemsAndImprovements} or
 *     {@code otherMatters})
 * @param expected the value the actual side should have, if known
 * @param actual the value of the actual side as read, empty if not assessable
 * @param difference {@code actual - expected}, empty if either is
 * @param suspects the cells that may be wrong, strongest first; empty if none can be named
 * @param notAssessableReason why the rule could not be checked: present exactly when {@code status} is
 *     {@link FindingStatus#NOT_ASSESSABLE}
 * @param readings for a {@link FindingStatus#FAILED} identity through glued runs of digits that no reading
 *     satisfies, the first readings tried, at most {@value #MAX_READINGS}, in a fixed order; empty otherwise
 */
public record Finding(RuleId rule, Severity severity, FindingStatus status, BlankPolicy blankPolicy,
        String subject, String subjectLabel, List<CellInvolvement> cells, Optional<BigDecimal> expected,
        Optional<BigDecimal> actual, Optional<BigDecimal> difference, List<Suspect> suspects,
        Optional<NotAssessableReason> notAssessableReason, List<RunReading> readings) {

    /** What a message parameter shows for a cell without a number. */
    public static final String BLANK_MARK = "∅";

    /** The subjects of findings about a narrative section, which may involve no cell. */
    private static final java.util.Set<String> NARRATIVE_SECTIONS = java.util.Set.of("overview",
            "problemsAndImprovements", "otherMatters");

    /** The most readings a finding lists ({@link #readings()}). */
    public static final int MAX_READINGS = 10;

    /**
     * Checks for nulls and copies the lists.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code cells} is empty for a subject that is not a narrative section, if a reason is given for a failed finding or
     *     none for a finding not assessable, or if readings are given for a finding not failed or more than
     *     {@value #MAX_READINGS} of them
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(blankPolicy, "blankPolicy");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectLabel, "subjectLabel");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(notAssessableReason, "notAssessableReason");
        cells = List.copyOf(cells);
        suspects = List.copyOf(suspects);
        readings = List.copyOf(readings);
        if (cells.isEmpty() && !NARRATIVE_SECTIONS.contains(subject)) {
            throw new IllegalArgumentException("a finding involves at least one cell, unless it concerns a section of"
                    + " the narrative (subject overview, problemsAndImprovements or otherMatters)");
        }
        if (notAssessableReason.isPresent() != (status == FindingStatus.NOT_ASSESSABLE)) {
            throw new IllegalArgumentException("a finding not assessable, and only such a finding, gives a reason");
        }
        if (!readings.isEmpty() && status != FindingStatus.FAILED || readings.size() > MAX_READINGS) {
            throw new IllegalArgumentException("a failed finding lists at most " + MAX_READINGS + " readings");
        }
    }

    /**
     * A finding of a rule that does not read unread cells: a finding not assessable is so for
     * {@link NotAssessableReason#BLANK}, and no readings are listed. This is the constructor of the findings
     * before cells could be unread.
     *
     * @param rule the id and revision of the rule
     * @param severity the severity
     * @param status failed or not assessable
     * @param blankPolicy how cells without a number were read
     * @param subject the row, column or group key, or a cell reference
     * @param subjectLabel the official Chinese label of the subject
     * @param cells every cell involved, actual side first
     * @param expected the value the actual side should have, if known
     * @param actual the value of the actual side as read, empty if not assessable
     * @param difference {@code actual - expected}, empty if either is
     * @param suspects the cells that may be wrong, strongest first
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code cells} is empty for a subject that is not a narrative section
     */
    public Finding(RuleId rule, Severity severity, FindingStatus status, BlankPolicy blankPolicy, String subject,
            String subjectLabel, List<CellInvolvement> cells, Optional<BigDecimal> expected,
            Optional<BigDecimal> actual, Optional<BigDecimal> difference, List<Suspect> suspects) {
        this(rule, severity, status, blankPolicy, subject, subjectLabel, cells, expected, actual, difference,
                suspects, status == FindingStatus.NOT_ASSESSABLE ? Optional.of(NotAssessableReason.BLANK)
                        : Optional.empty(), List.of());
    }

    /**
     * Returns a stable identifier of what this finding is about, for keeping decisions across runs (a baseline):
     * the rule's id with its revision, the status, the subject, and every cell involved with its printed value,
     * in order. It leaves out where the report was read from (file names, positions), which report of a set it
     * was, the severity (a configuration), the blank policy, and the message's wording, so that the same finding
     * on the same printed numbers has the same fingerprint in every run, language and version of this library;
     * a changed number gives another. The form is {@code gk1:} and 32 lower-case hexadecimal digits; a later
     * algorithm would change the prefix.
     *
     * @return the fingerprint, never null
     */
    public String fingerprint() {
        List<CellRef> refs = new java.util.ArrayList<>(cells.size());
        List<CellValue> values = new java.util.ArrayList<>(cells.size());
        for (CellInvolvement cell : cells) {
            refs.add(cell.cell());
            values.add(cell.value());
        }
        return Fingerprints.of(rule.toString(), status.name(), subject, refs, values);
    }

    /**
     * Returns the cell a reader should look at first: the suspect if a crossing of failing identities names
     * exactly one; for a finding with {@linkplain #readings() readings}, the first of its cells that was not
     * read (a piece of the glued digits); otherwise the first cell on the actual side (the total, for a total
     * identity). A finding about a section of the narrative involves no cell, and has none.
     *
     * @return the cell, or empty for a finding that involves no cell
     */
    public Optional<CellInvolvement> anchor() {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        if (!readings.isEmpty()) {
            for (CellInvolvement cell : cells) {
                if (cell.value().isUnread()) {
                    return Optional.of(cell);
                }
            }
        }
        Optional<Suspect> culprit = culprit();
        if (culprit.isPresent()) {
            CellRef ref = culprit.get().cell();
            for (CellInvolvement cell : cells) {
                if (cell.cell().equals(ref)) {
                    return Optional.of(cell);
                }
            }
        }
        return Optional.of(cells.get(0));
    }

    /**
     * Returns the one cell that crossing identities name as the likely culprit.
     *
     * @return the suspect of confidence {@link Confidence#MEDIUM} or better, or empty if none is named
     */
    public Optional<Suspect> culprit() {
        if (suspects.size() == 1 && suspects.get(0).confidence() != Confidence.LOW) {
            return Optional.of(suspects.get(0));
        }
        return Optional.empty();
    }

    /**
     * Tells whether the rule was seen to fail (as opposed to not assessable).
     *
     * @return true if {@link #status()} is {@link FindingStatus#FAILED}
     */
    public boolean isFailed() {
        return status == FindingStatus.FAILED;
    }

    /**
     * Tells whether the rule could not be checked because a cell it needs was not read from the page.
     *
     * @return true if {@link #notAssessableReason()} is {@link NotAssessableReason#NOT_READ}
     */
    public boolean isNotRead() {
        return notAssessableReason.orElse(null) == NotAssessableReason.NOT_READ;
    }

    /**
     * Returns the message template: message keys in braces, such as
     * {@code {io.github.gongkai.validation.T3.BALANCE.1} {io.github.gongkai.validation.suspect}}. It never holds
     * a value read from the report, so it is safe to hand to an expression language; the values are in
     * {@link #messageParameters()}. A finding not assessable has the key {@code notAssessable} (a cell left
     * blank) or {@code notRead} (a cell not read); a failed finding with {@linkplain #readings() readings}
     * has {@code noReading} instead of its rule's key.
     *
     * @return the template, never null
     */
    public String messageTemplate() {
        StringBuilder sb = new StringBuilder();
        if (isNotRead()) {
            sb.append('{').append(RuleId.MESSAGE_KEY_PREFIX).append("notRead}");
        } else if (status == FindingStatus.NOT_ASSESSABLE) {
            sb.append('{').append(RuleId.MESSAGE_KEY_PREFIX).append("notAssessable}");
        } else if (!readings.isEmpty()) {
            sb.append('{').append(RuleId.MESSAGE_KEY_PREFIX).append("noReading}");
        } else {
            sb.append('{').append(rule.messageKey()).append('}');
        }
        Optional<Suspect> culprit = culprit();
        if (culprit.isPresent()) {
            sb.append(" {").append(RuleId.MESSAGE_KEY_PREFIX).append("suspect}");
            culprit.get().typingError().ifPresent(t -> sb.append(" {").append(RuleId.MESSAGE_KEY_PREFIX)
                    .append("typingError.").append(t.name()).append('}'));
        } else if (!suspects.isEmpty()) {
            sb.append(" {").append(RuleId.MESSAGE_KEY_PREFIX).append("candidates}");
        }
        return sb.toString();
    }

    /**
     * Returns the values the message template refers to, by name: {@code rule}, {@code subject},
     * {@code subjectLabel}, {@code cell}, {@code expected}, {@code actual}, {@code difference},
     * {@code blankCells} (the cells without a number that were read as such: blank or a placeholder), and with
     * suspects {@code suspect}, {@code printed}, {@code suggested} or {@code candidates}. Absent values are
     * empty strings; a cell without a number shows as {@value #BLANK_MARK}. Where a cell was not read,
     * {@code unreadCells} lists those cells, {@code runs} the glued runs of digits among them (their text as
     * printed, in quotes); with readings, {@code readings} lists them, each in brackets.
     *
     * @return an unmodifiable map of strings in a fixed order, never null
     */
    public Map<String, String> messageParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rule", rule.toString());
        p.put("subject", subject);
        p.put("subjectLabel", subjectLabel);
        p.put("cell", anchor().map(c -> c.cell().toString()).orElse(""));
        p.put("expected", expected.map(BigDecimal::toPlainString).orElse(""));
        p.put("actual", actual.map(BigDecimal::toPlainString).orElse(""));
        p.put("difference", difference.map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString()).orElse(""));
        StringJoiner blanks = new StringJoiner(", ");
        StringJoiner unread = new StringJoiner(", ");
        Set<String> runs = new LinkedHashSet<>();
        for (CellInvolvement cell : cells) {
            if (cell.value() instanceof CellValue.Unread u) {
                unread.add(cell.cell().toString());
                u.run().ifPresent(r -> runs.add("“" + r.text() + "”"));
            } else if (!cell.isReported()) {
                blanks.add(cell.cell().toString());
            }
        }
        p.put("blankCells", blanks.toString());
        if (unread.length() > 0) {
            p.put("unreadCells", unread.toString());
            p.put("runs", String.join(", ", runs));
        }
        if (!readings.isEmpty()) {
            StringJoiner text = new StringJoiner("; ");
            for (RunReading reading : readings) {
                text.add("[" + reading + "]");
            }
            p.put("readings", text.toString());
        }
        Optional<Suspect> culprit = culprit();
        if (culprit.isPresent()) {
            p.put("suspect", culprit.get().cell().toString());
            p.put("printed", show(culprit.get().printed()));
            p.put("suggested", show(culprit.get().suggested()));
        } else if (!suspects.isEmpty()) {
            StringJoiner candidates = new StringJoiner(", ");
            for (Suspect s : suspects) {
                candidates.add(s.cell() + " → " + show(s.suggested()));
            }
            p.put("candidates", candidates.toString());
        }
        return Collections.unmodifiableMap(p);
    }

    /**
     * Renders the finding in English, as {@link #toString()} and every other text of the API without a locale do
     * ({@code Rule.description()}, {@code ReadingWarning.message()}): the same on every machine, whatever its
     * default locale. {@link #message(Locale)} gives it in Chinese.
     *
     * @return the message, never null
     */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /**
     * Renders the finding in Chinese for a {@code zh} locale, in English otherwise.
     *
     * @param locale the language
     * @return the message, never null
     */
    public String message(Locale locale) {
        return Messages.interpolate(locale, messageTemplate(), messageParameters());
    }

    private static String show(CellValue value) {
        return value.isNumber() ? value.toString() : BLANK_MARK;
    }

    /**
     * Returns the English message with the rule id and status, for logs.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return severity + " " + status + " " + rule + ": " + message(Locale.ROOT);
    }
}
