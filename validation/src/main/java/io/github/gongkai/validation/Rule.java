package io.github.gongkai.validation;

import io.github.gongkai.core.Edition;
import io.github.gongkai.validation.internal.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A rule the validator applies: data, not code. The built-in rules are listed by {@link Rules#all()}; a
 * {@link ReportValidator} can disable any of them or change its severity.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param id the stable id and revision, such as {@code T3.BALANCE.1}
 * @param defaultSeverity the severity of its findings unless the caller overrides it: {@link Severity#ERROR}
 *     for the identities, {@link Severity#WARNING} for plausibility rules
 * @param editions the editions of the format the rule applies to
 * @param scope whether it reads one report or a set of reports
 */
public record Rule(RuleId id, Severity defaultSeverity, Set<Edition> editions, Scope scope) {

    /** What a rule reads. */
    public enum Scope {
        /** One report at a time. */
        REPORT,
        /** Several reports together: {@link ReportValidator#validate(ReportSet)}. */
        REPORT_SET
    }

    /**
     * Checks the components and copies the editions.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code editions} is empty
     */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(scope, "scope");
        editions = Set.copyOf(editions);
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " must apply to at least one edition");
        }
    }

    /**
     * Tells whether the rule applies to reports of an edition.
     *
     * @param edition the edition
     * @return true if the rule checks reports of that edition
     */
    public boolean appliesTo(Edition edition) {
        return editions.contains(edition);
    }

    /**
     * Returns what the rule checks, in English.
     *
     * @return the description, never null
     */
    public String description() {
        return description(Locale.ROOT);
    }

    /**
     * Returns what the rule checks, in the given language ({@code zh-CN} or English, the fallback).
     *
     * @param locale the language
     * @return the description, never null
     */
    public String description(Locale locale) {
        return Messages.text(locale, id.messageKey() + ".description");
    }
}
