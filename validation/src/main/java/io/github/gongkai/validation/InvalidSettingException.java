package io.github.gongkai.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by {@link ReportValidator.Builder} for a setting of the rules it cannot take: a rule no built-in rule
 * has the code of, a threshold out of range, or in {@link ReportValidator.Builder#configure settings} a key or
 * value that is not understood. An {@link IllegalArgumentException}, as those methods document, whose
 * {@link #getMessage()} is English ({@code setting gongkai.validation.failFast: value 'yes' is not understood});
 * {@link #message(Locale)} says the same in Chinese too, for a program that shows it to a Chinese reader.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, in words of either language. */
    private final SettingProblem problem;

    InvalidSettingException(SettingProblem problem) {
        this(problem, null);
    }

    InvalidSettingException(SettingProblem problem, Throwable cause) {
        super(problem.text(Locale.ROOT), cause);
        this.problem = problem;
    }

    /**
     * Returns the message in a language: in Chinese for a locale whose language is {@code zh}
     * ({@code 设置 gongkai.validation.failFast：无法识别的值 'yes'}), in English otherwise, then the same as
     * {@link #getMessage()}. What it quotes from the settings (a key, a value, a rule's code) is as in
     * {@link #getMessage()}: control characters and unpaired surrogates written as JSON escapes.
     *
     * @param locale the language
     * @return the message, never null
     */
    public String message(Locale locale) {
        return problem.text(Objects.requireNonNull(locale, "locale"));
    }

    /** The problem, for another setting's message that names this one as its reason. */
    SettingProblem problem() {
        return problem;
    }
}
