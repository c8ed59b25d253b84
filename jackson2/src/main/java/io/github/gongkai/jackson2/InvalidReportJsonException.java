package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJsonException;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown by a Jackson 2 mapper with {@link GongkaiJackson2Module} when JSON where a {@link Report} belongs is
 * not a valid report. A {@code MismatchedInputException}, so frameworks treat it as bad input (Spring answers
 * 400 Bad Request), and located: {@link #pointer()} is the JSON Pointer of the offending value from the root of
 * the whole document, such as {@code /reports/0/T3/withheld.stateSecret/naturalPerson}, and
 * {@link #getLocation()} is where the offending value begins in the mapper's input (for malformed JSON, where the
 * mapper's parser stopped), as {@code ReportJson} locates its own errors; where that is not known, where the report
 * begins.
 *
 * <p>The cause is the {@link ReportJsonException} of {@code ReportJson}, with the pointer relative to the report (and
 * a location, if any, within the report's text as the module handed it to {@code ReportJson}).
 */
public final class InvalidReportJsonException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final ReportJsonException.Kind kind;
    private final String pointer;
    private final String problem;
    private final ReportJsonException error;

    InvalidReportJsonException(JsonParser p, String base, JsonLocation location, ReportJsonException cause) {
        super(p, message(base + cause.pointer(), cause.problem()), location);
        this.kind = cause.kind();
        this.pointer = base + cause.pointer();
        this.problem = cause.problem();
        this.error = cause;
        setTargetType(TypeFactory.defaultInstance().constructType(Report.class));
    }

    /**
     * Jackson's description of the members it came through, which {@link #getMessage()} appends, with the control
     * characters and unpaired surrogates of their names escaped as the rest of the message is: a member name is the
     * document's, chosen by whoever sent it.
     */
    @Override
    protected void _appendPathDesc(StringBuilder sb) {
        StringBuilder chain = new StringBuilder();
        super._appendPathDesc(chain);
        sb.append(ReportJsonException.printable(chain.toString()));
    }

    private static String message(String pointer, String problem) {
        // ReportJsonException's message already shows control characters as escapes; so does this one.
        String where = pointer.isEmpty() ? "(document)" : ReportJsonException.printable(pointer);
        return "invalid report at " + where + ": " + ReportJsonException.printable(problem);
    }

    /**
     * Returns the kind of error, as {@code ReportJson} classifies it.
     *
     * @return the kind, never null
     */
    public ReportJsonException.Kind kind() {
        return kind;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the offending value from the root of the document the mapper read:
     * the report's own location followed by the pointer within the report.
     *
     * @return the pointer, never null; {@code ""} for the whole document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what was wrong and what was expected, without the pointer: in English, exact, as the cause's
     * {@link ReportJsonException#problem()}.
     *
     * @return the description, never null
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns what was wrong and what was expected, without the pointer, in a language: the {@linkplain #getCause()
     * cause}'s {@link ReportJsonException#problem(Locale)}, so in Chinese for a locale whose language is {@code zh}
     * ({@code 计数不能是负数，实为 -64}), and otherwise the same as {@link #problem()}: what this module says
     * itself is put in Chinese too (a report longer than the limit, a value that is not JSON where a report belongs,
     * the lead of malformed JSON), as the reader's own is. What it quotes stays as it was written, such as the mapper's
     * parser's explanation of malformed JSON, which is English. Exact, like {@link #problem()}:
     * {@link ReportJsonException#printable} makes it safe to show.
     *
     * @param locale the language
     * @return the description, never null
     */
    public String problem(Locale locale) {
        return error.problem(locale);
    }

    /**
     * Returns the cell of the report the error is in, when there is one (the pointer within the report names a
     * cell or part of one), wherever the report sits in the document.
     *
     * @return the cell, or empty
     */
    public Optional<CellRef> cell() {
        return error.cell();
    }

    /**
     * Returns the error of {@code ReportJson}, whose pointer is relative to the report.
     *
     * @return the cause, never null
     */
    @Override
    public synchronized ReportJsonException getCause() {
        // Jackson's constructors set the cause to null, so Throwable.initCause cannot set it afterwards.
        return error;
    }
}
