package io.github.gongkai.spring.boot;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.gongkai.jackson2.InvalidReportJsonException;
import io.github.gongkai.json.ReportJsonException;
import java.util.Locale;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * What {@link ReportProblemDetails} looks for among the causes of a request body Spring could not read: with
 * Boot 3's Jackson 2 mapper, {@link io.github.gongkai.jackson2.GongkaiJackson2Module} raises an
 * {@link InvalidReportJsonException}, whose pointer is from the body's root (its own cause's is from the
 * report's, which may sit deeper in the body), and whose location is where the offending value stands in the body.
 * It is rebuilt as a {@link ReportJsonException} with that pointer and that location: {@link #of} with the English
 * problem, {@link #message} in the request's language.
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
     * The error's message in a language, as the problem's detail shows it: its pointer from the body's root, in
     * Chinese the kind and the reader's explanation in Chinese ({@link InvalidReportJsonException#problem(Locale)}),
     * then the line and column of the value in the body, as {@link ReportJsonException#message(Locale)} says them
     * with Boot 4.
     *
     * @param error an error {@link #of} returned
     * @param locale the language
     * @return the message, never null
     */
    static String message(ReportJsonException error, Locale locale) {
        return error.getCause() instanceof InvalidReportJsonException e
                ? rebuilt(e, locale).message(locale) : error.message(locale);
    }

    /**
     * The error as the reader's, its pointer from the body's root, its problem in the locale's language, and where in
     * the body the value stands, so that the message ends with its line and column as with Boot 4.
     */
    private static ReportJsonException rebuilt(InvalidReportJsonException e, Locale locale) {
        return new ReportJsonException(e.kind(), e.pointer(), e.problem(locale), location(e.getLocation()), e);
    }

    /**
     * A Jackson 2 location as Jackson 3's: line, column and offset; the body itself is not quoted, as Jackson 3 does
     * not by default.
     */
    private static TokenStreamLocation location(JsonLocation at) {
        return at == null ? null : new TokenStreamLocation(ContentReference.redacted(), at.getByteOffset(),
                at.getCharOffset(), at.getLineNr(), at.getColumnNr());
    }
}
