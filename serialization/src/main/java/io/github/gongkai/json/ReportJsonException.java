package io.github.gongkai.json;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.json.internal.JsonFailures;
import io.github.gongkai.json.internal.JsonProblem;
import io.github.gongkai.json.internal.JsonText;
import io.github.gongkai.json.internal.JsonTexts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Thrown when a document is not a valid report: malformed JSON, a limit exceeded, or JSON that does not
 * have the shape of the format. It is the only exception the readers of this module throw for bad input.
 *
 * <p>Every instance is located: {@link #pointer()} is the JSON Pointer (RFC 6901) of the offending value,
 * such as {@code /T3/withheld.stateSecret/naturalPerson}; for a missing member it is the pointer the member
 * would have. {@link #problem()} says what was found and what was expected (in English; {@link #problem(Locale)}
 * in Chinese too), {@link #kind()} classifies the
 * error, and {@link #lineNumber()} gives the line of a JSON Lines file. Where the parser knew it,
 * {@link #getLocation()} gives the line and column within the document. The message shows control characters
 * and unpaired surrogates as JSON escapes ({@code \}{@code u0000}), so that it can be printed anywhere.
 *
 * <p>This is a {@link JacksonException}, so it travels unwrapped through a Jackson {@code ObjectMapper}
 * that reads a report with {@link GongkaiJacksonModule}.
 */
public final class ReportJsonException extends JacksonException {

    private static final long serialVersionUID = 1L;

    static {
        JsonFailures.install(ReportJsonException::new);
    }

    /** What kind of error was found. */
    public enum Kind {
        /** The input is not well-formed JSON, is empty, or has content after the report. */
        MALFORMED_JSON,
        /** The input exceeds a configured limit (document length, nesting depth, number or string length). */
        LIMIT_EXCEEDED,
        /**
         * The {@code format} is not {@code "gongkai.report"}, the {@code version} is not one this reader reads (1
         * or 2), or a version-1 document holds a form of version 2 (an unread cell, at the cell's pointer).
         */
        UNSUPPORTED_FORMAT,
        /** A member the format does not define. */
        UNKNOWN_MEMBER,
        /** A required member is absent. */
        MISSING_MEMBER,
        /** A member appears twice in one object. */
        DUPLICATE_MEMBER,
        /** A value of the wrong JSON type, such as a string where a count belongs. */
        WRONG_TYPE,
        /** A value of the right JSON type that is not allowed, such as a negative or fractional count. */
        INVALID_VALUE,
        /** A table, row or cell that exists in the other edition but not in the document's. */
        NOT_IN_EDITION;

        /**
         * Says in a few words what kind of error it is: in Chinese for a locale whose language is {@code zh}
         * ({@code 格式不允许这个值}), in English otherwise ({@code a value the format does not allow}).
         *
         * @param locale the language
         * @return the words, never null
         */
        public String describe(Locale locale) {
            return JsonTexts.text(locale, "kind." + name());
        }
    }

    private final Kind kind;
    private final String pointer;
    private final JsonProblem problem;
    private final long lineNumber;

    /**
     * Creates an exception.
     *
     * @param kind what kind of error
     * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
     * @param problem what was found and what was expected, the same in every language ({@link #problem(Locale)})
     * @param location where the parser was, or null if unknown
     * @param cause the underlying exception, or null
     */
    public ReportJsonException(Kind kind, String pointer, String problem, TokenStreamLocation location,
            Throwable cause) {
        this(kind, pointer, JsonProblem.literal(Objects.requireNonNull(problem, "problem")), location, cause, 0);
    }

    /** The library's own: a problem in words of either language. */
    private ReportJsonException(Kind kind, String pointer, JsonProblem problem, TokenStreamLocation location,
            Throwable cause) {
        this(kind, pointer, problem, location, cause, 0);
    }

    private ReportJsonException(Kind kind, String pointer, JsonProblem problem, TokenStreamLocation location,
            Throwable cause, long lineNumber) {
        super(format(pointer, problem.text(Locale.ROOT), lineNumber), location, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.problem = problem;
        this.lineNumber = lineNumber;
    }

    /**
     * The message: control characters and unpaired surrogates of a hostile document, which a pointer (a member
     * name) or a problem may quote, are written as JSON escapes, so that the message can be written by any
     * encoder and shown on any terminal; {@link #pointer()} and {@link #problem()} stay exact.
     */
    private static String format(String pointer, String problem, long lineNumber) {
        String where = pointer.isEmpty() ? "(document)" : JsonText.printable(pointer);
        return (lineNumber > 0 ? "line " + lineNumber + ", " : "") + where + ": " + JsonText.printable(problem);
    }

    /**
     * Returns a copy of this exception that also names the line of a JSON Lines file it occurred on.
     *
     * @param line the line number, starting at 1
     * @return a new exception, never null
     */
    public ReportJsonException atLine(long line) {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + line);
        }
        ReportJsonException copy = new ReportJsonException(kind, pointer, problem, getLocation(), getCause(), line);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /**
     * Returns the kind of error.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Escapes the control characters (C0, DEL and C1) and the unpaired surrogates of a text as JSON escapes
     * ({@code \n}, {@code \}{@code u0007}, {@code \}{@code ud800}) and nothing else: what {@link #getMessage()} and
     * {@link #message(Locale)} do to the pointer and the problem they quote, which may hold a member name of a
     * hostile document. For a handler that shows {@link #pointer()} or {@link #problem()} (both exact) where such a
     * character must not arrive as it is: a log line, a terminal, a problem detail.
     *
     * @param text the text
     * @return the text, the same instance if it holds no such character, never null
     */
    public static String printable(String text) {
        return JsonText.printable(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the offending value: {@code ""} for the whole document, the
     * pointer the member would have for a missing member.
     *
     * @return the pointer, never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the cell the error is in, when the pointer names a cell (or a part of one, such as the mark of
     * a not-applicable cell) of a report read as a whole document: {@code /T3/withheld.stateSecret/total}
     * is the cell {@code T3/withheld.stateSecret/total}.
     *
     * @return the cell, or empty if the error is not in a cell or the pointer is relative to an enclosing
     *     document
     */
    public Optional<CellRef> cell() {
        String[] tokens = pointer.split("/", -1);
        if (tokens.length < 4 || !tokens[0].isEmpty()) {
            return Optional.empty();
        }
        String ref = unescape(tokens[1]) + "/" + unescape(tokens[2]) + "/" + unescape(tokens[3]);
        try {
            return Optional.of(CellRef.parse(ref));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /**
     * Returns what was wrong and what was expected, without the pointer: in English, exact (a member name it
     * quotes is not escaped, see {@link #printable}).
     *
     * @return the description, never null
     */
    public String problem() {
        return problem.text(Locale.ROOT);
    }

    /**
     * Returns what was wrong and what was expected, without the pointer, in a language: in Chinese for a locale
     * whose language is {@code zh} ({@code 计数不能是负数，实为 -64}), in English otherwise, then the same as
     * {@link #problem()} ({@code a count must not be negative, found -64}). Exact, like {@link #problem()}. What
     * the library quotes from outside stays as it was written: a member name or value of the document, and the
     * explanation of the JSON parser (for malformed JSON) or of the report model (for a value its rules refuse,
     * such as a not-applicable mark holding a digit), which are English. A problem given to the
     * {@linkplain #ReportJsonException(Kind, String, String, TokenStreamLocation, Throwable) public constructor}
     * is the same in every language.
     *
     * @param locale the language
     * @return the description, never null
     */
    public String problem(Locale locale) {
        return problem.text(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the line of the JSON Lines file the document was on, counting from 1.
     *
     * @return the line, or empty when the document was not read from JSON Lines
     */
    public OptionalLong lineNumber() {
        return lineNumber > 0 ? OptionalLong.of(lineNumber) : OptionalLong.empty();
    }

    /**
     * Returns the message: the line (for JSON Lines), the pointer and the problem, then the line and column
     * within the document where known; the same as {@link #message(Locale)} in English.
     *
     * @return the message, never null
     */
    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }

    /**
     * Returns the message in a language: in English ({@link #getMessage()}) the line (for JSON Lines), the
     * pointer and the problem ({@code /T2/licensing/decisions: a count must not be negative, found -64}); in
     * Chinese, for a locale whose language is {@code zh}, the line, the pointer, the {@linkplain Kind#describe
     * kind} and the {@linkplain #problem(Locale) problem} in Chinese
     * ({@code /T2/licensing/decisions：格式不允许这个值（计数不能是负数，实为 -64）}). Then the line
     * and column within the document, where known (for a line of JSON Lines, the column within that line).
     * Control characters and unpaired surrogates are written as JSON
     * escapes, as in {@link #getMessage()}.
     *
     * @param locale the language
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String message = JsonTexts.text(locale, "message",
                lineNumber > 0 ? JsonTexts.text(locale, "line", lineNumber) : "",
                pointer.isEmpty() ? JsonTexts.text(locale, "document") : JsonText.printable(pointer),
                kind.describe(locale), JsonText.printable(problem.text(locale)));
        TokenStreamLocation location = getLocation();
        if (location != null && location.getLineNr() > 0) {
            // A line of JSON Lines is a document of one line: its column is what tells where, not "line 1".
            message += lineNumber > 0 && location.getLineNr() == 1
                    ? JsonTexts.text(locale, "columnOfLine", location.getColumnNr())
                    : JsonTexts.text(locale, "location", location.getLineNr(), location.getColumnNr());
        }
        return message;
    }
}
