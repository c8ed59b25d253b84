package io.github.gongkai.validation;

import io.github.gongkai.core.internal.MessageText;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identity of a {@link Rule}: a code such as {@code T3.BALANCE} and a revision, written
 * {@code T3.BALANCE.1}.
 *
 * <p>The code names what the rule checks and never changes. The revision goes up when the rule's meaning
 * changes (what it reads, when it fires), so that stored findings and configuration can tell which version
 * of a rule they refer to. The code starts with the table the rule reads ({@code T2}, {@code T3},
 * {@code T4}, {@code S6}) or {@code SET} for rules over several reports.
 *
 * <p>This is an immutable, thread-safe value.
 *
 * @param code the code: upper-case letters, digits and underscores in two or more dot-separated parts
 * @param revision the revision, at least 1
 */
public record RuleId(String code, int revision) implements Comparable<RuleId> {

    /** The prefix of every message key: a rule's message key is this prefix followed by {@link #toString()}. */
    public static final String MESSAGE_KEY_PREFIX = "io.github.gongkai.validation.";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(\\.[A-Z][A-Z0-9_]*)+");

    /**
     * Checks the code and revision.
     *
     * @throws IllegalArgumentException if the code is malformed or the revision is below 1
     */
    public RuleId {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("rule code must look like T3.BALANCE, was '" + MessageText.printable(code)
                    + "'");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("rule revision must be at least 1, was " + revision);
        }
    }

    /**
     * Parses the form {@code CODE.REVISION}, such as {@code "T3.BALANCE.1"}.
     *
     * @param text the rule id
     * @return the id, never null
     * @throws IllegalArgumentException if the text is not a code followed by a revision
     */
    public static RuleId parse(String text) {
        Objects.requireNonNull(text, "text");
        int dot = text.lastIndexOf('.');
        boolean asciiDigits = dot >= 0 && text.substring(dot + 1).chars().allMatch(c -> c >= '0' && c <= '9');
        if (dot < 0 || dot == text.length() - 1 || !asciiDigits) {
            throw new IllegalArgumentException("rule id must look like T3.BALANCE.1, was '" + MessageText.printable(text)
                    + "'");
        }
        try {
            return new RuleId(text.substring(0, dot), Integer.parseInt(text.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rule id must look like T3.BALANCE.1, was '" + MessageText.printable(text)
                    + "'", e);
        }
    }

    /**
     * Returns the key of the rule's message in the message bundles,
     * {@code io.github.gongkai.validation.CODE.REVISION}. Its description has the same key followed by
     * {@code .description}.
     *
     * @return the key, never null
     */
    public String messageKey() {
        return MESSAGE_KEY_PREFIX + this;
    }

    @Override
    public int compareTo(RuleId other) {
        int c = code.compareTo(other.code);
        return c != 0 ? c : Integer.compare(revision, other.revision);
    }

    /**
     * Returns {@code CODE.REVISION}, such as {@code T3.BALANCE.1}.
     *
     * @return the id as text, never null
     */
    @Override
    public String toString() {
        return code + "." + revision;
    }
}
