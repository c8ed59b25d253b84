package io.github.gongkai.spring.boot;

import io.github.gongkai.jackson2.InvalidReportJsonException;
import io.github.gongkai.json.ReportJsonException;
import java.util.Locale;

/**
 * What {@link ReportProblemDetails} looks for among the causes of a request body Spring could not read: with
 * Boot 3's Jackson 2 mapper, {@link io.github.gongkai.jackson2.GongkaiJackson2Module} raises an
 * {@link InvalidReportJsonException}, whose pointer is from the body's root (its own cause's is from the
 * report's, which may sit deeper in the body). It is rebuilt as a {@link ReportJsonException} with that pointer:
 * {@link #of} with the English problem, {@link #message} in the request's language.
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
        return cause instanceof InvalidReportJsonException e ? rebuilt(e, Locale.ROOT) : null;
    }

    /**
     * The error's message in a language, as the problem's detail shows it: its pointer from the body's root, and
     * in Chinese the kind and the reader's explanation in Chinese ({@link InvalidReportJsonException#problem(Locale)}),
     * as {@link ReportJsonException#message(Locale)} says them with Boot 4.
     *
     * @param error an error {@link #of} returned
     * @param locale the language
     * @return the message, never null
     */
    static String message(ReportJsonException error, Locale locale) {
        return error.getCause() instanceof InvalidReportJsonException e
                ? rebuilt(e, locale).message(locale) : error.message(locale);
    }

    /** The error as the reader's, its pointer from the body's root and its problem in the locale's language. */
    private static ReportJsonException rebuilt(InvalidReportJsonException e, Locale locale) {
        return new ReportJsonException(e.kind(), e.pointer(), e.problem(locale), null, e);
    }
}
