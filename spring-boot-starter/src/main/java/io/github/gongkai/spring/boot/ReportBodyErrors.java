package io.github.gongkai.spring.boot;

import io.github.gongkai.json.ReportJsonException;
import java.util.Locale;

/**
 * What {@link ReportProblemDetails} looks for among the causes of a request body Spring could not read: with
 * Boot 4's Jackson 3 mapper, {@link io.github.gongkai.json.GongkaiJacksonModule} raises the
 * {@link ReportJsonException} itself, its pointer from the body's root, and Spring wraps it.
 */
final class ReportBodyErrors {

    private ReportBodyErrors() {
    }

    /**
     * The report JSON error one cause stands for.
     *
     * @param cause one cause in the chain
     * @return the error, its pointer from the body's root, or null if this cause is not one
     */
    static ReportJsonException of(Throwable cause) {
        return cause instanceof ReportJsonException e ? e : null;
    }

    /**
     * The error's message in a language, as the problem's detail shows it: {@link ReportJsonException#message(Locale)}.
     *
     * @param error an error {@link #of} returned
     * @param locale the language
     * @return the message, never null
     */
    static String message(ReportJsonException error, Locale locale) {
        return error.message(locale);
    }
}
