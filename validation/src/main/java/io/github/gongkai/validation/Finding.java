package io.github.gongkai.validation;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.validation.internal.Messages;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One rule that a report breaks, or could not be checked on it: a record, not a string.
 *
 * <p>For an identity {@code actual side = expected side} (for example 总计 = the sum of its components),
 * {@link #actual()} is the sum of the actual-side cells as read, {@link #expected()} the sum of the
 * expected-side cells, and {@link #difference()} is {@code actual - expected}; {@link #cells()} lists every
 * cell of the identity, actual side first, each with its {@linkplain CellRole role} and printed value. For a
 * {@link FindingStatus#NOT_ASSESSABLE} finding {@code actual} and {@code difference} are empty: the total
 * was not reported. For a plausibility rule {@code expected} is the bound the subject cell should not pass.
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
 * @param cells every cell involved, actual side first, in printed order within a side
 * @param expected the value the actual side should have, if known
 * @param actual the value of the actual side as read, empty if not assessable
 * @param difference {@code actual - expected}, empty if either is
 * @param suspects the cells that may be wrong, strongest first; empty if none can be named
 */
public record Finding(RuleId rule, Severity severity, FindingStatus status, BlankPolicy blankPolicy,
        String subject, String subjectLabel, List<CellInvolvement> cells, Optional<BigDecimal> expected,
        Optional<BigDecimal> actual, Optional<BigDecimal> difference, List<Suspect> suspects) {

    /** What a message parameter shows for a cell without a number. */
    public static final String BLANK_MARK = "∅";

    /**
     * Checks for nulls and copies the lists.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code cells} is empty
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
        cells = List.copyOf(cells);
        suspects = List.copyOf(suspects);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a finding involves at least one cell");
        }
    }

    /**
     * Returns the cell a reader should look at first: the suspect if a crossing of failing identities names
     * exactly one, otherwise the first cell on the actual side (the total, for a total identity).
     *
     * @return the cell, never null
     */
    public CellInvolvement anchor() {
        Optional<Suspect> culprit = culprit();
        if (culprit.isPresent()) {
            CellRef ref = culprit.get().cell();
            for (CellInvolvement cell : cells) {
                if (cell.cell().equals(ref)) {
                    return cell;
                }
            }
        }
        return cells.get(0);
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
     * Returns the message template: message keys in braces, such as
     * {@code {io.github.gongkai.validation.T3.BALANCE.1} {io.github.gongkai.validation.suspect}}. It never holds
     * a value read from the report, so it is safe to hand to an expression language; the values are in
     * {@link #messageParameters()}.
     *
     * @return the template, never null
     */
    public String messageTemplate() {
        StringBuilder sb = new StringBuilder();
        if (status == FindingStatus.NOT_ASSESSABLE) {
            sb.append('{').append(RuleId.MESSAGE_KEY_PREFIX).append("notAssessable}");
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
     * {@code blankCells}, and with suspects {@code suspect}, {@code printed}, {@code suggested} or
     * {@code candidates}. Absent values are empty strings; a cell without a number shows as
     * {@value #BLANK_MARK}.
     *
     * @return an unmodifiable map of strings in a fixed order, never null
     */
    public Map<String, String> messageParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rule", rule.toString());
        p.put("subject", subject);
        p.put("subjectLabel", subjectLabel);
        p.put("cell", anchor().cell().toString());
        p.put("expected", expected.map(BigDecimal::toPlainString).orElse(""));
        p.put("actual", actual.map(BigDecimal::toPlainString).orElse(""));
        p.put("difference", difference.map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString()).orElse(""));
        StringJoiner blanks = new StringJoiner(", ");
        for (CellInvolvement cell : cells) {
            if (!cell.isReported()) {
                blanks.add(cell.cell().toString());
            }
        }
        p.put("blankCells", blanks.toString());
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
     * Renders the finding in the default locale's language.
     *
     * @return the message, never null
     */
    public String message() {
        return message(Locale.getDefault());
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
