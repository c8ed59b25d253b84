package io.github.gongkai.reader;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a page cannot be read as a report at all: it is not such a report, it lacks table 三 (the
 * applications table, without which no report is useful), or it exceeds the reader's limits. A page that
 * is a report but has unreadable cells is not an error: those cells are listed in the
 * {@link ReadingReport}.
 *
 * <p>The message names the reason and, where there is one, the position.
 */
public final class ReportReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the page could not be read. */
    public enum Reason {
        /** Nothing in the page looks like a 政府信息公开工作年度报告's tables. */
        NOT_A_REPORT,
        /** The page has report sections but no readable table 三 (收到和处理政府信息公开申请情况). */
        NO_APPLICATIONS_TABLE,
        /** The page exceeds a limit of the reader (its size, or an HTML table's size). */
        LIMIT_EXCEEDED,
        /**
         * The page's file could not be decoded as text, or its document (PDF, Word) is damaged beyond what its
         * reader recovers.
         */
        UNREADABLE_INPUT,
        /**
         * The input is a kind of file the reader does not read (a spreadsheet, an image, an archive, a WPS
         * document), or a document whose reader ({@code gongkai-reader-pdf}, {@code gongkai-reader-word}) is not on
         * the class or module path. The message names the type detected from the content, not the extension.
         */
        UNSUPPORTED_FORMAT,
        /**
         * A PDF without a text layer: its pages are images (a scan), so there is no text to read. Optical character
         * recognition is not done.
         */
        NO_TEXT_LAYER,
        /** A document protected by a password to open it (a PDF with a user password, an encrypted Word file). */
        PASSWORD_PROTECTED,
        /**
         * The page holds more than one report: after a table 三 that was read and a later section, the sections
         * (一, 二 or 三) begin again and table 三's rows follow. Reading it as one report would mix two reports'
         * numbers (the second's rows would be dropped as duplicates), so it is refused; the position names the
         * heading where the second report's sections begin. Split the page and read each report.
         */
        MULTIPLE_REPORTS;

        /**
         * Says in a few words what kind of thing a warning of this code reports: in Chinese for a locale whose
         * language is {@code zh}, in English otherwise. The warning's {@code message} gives the detail, in English.
         *
         * @param locale the language
         * @return the words, never null
         */
        public String describe(Locale locale) {
            return ReaderTexts.format(locale, "error." + name(), List.of(), Map.of());
        }
    }

    /** The reason. */
    private final Reason reason;
    /** What was wrong, in English, without the reason and position. */
    private final String detail;
    /** The position, or null. */
    private final transient SourcePosition position;

    /**
     * Creates the exception.
     *
     * @param reason why the page could not be read
     * @param message what was wrong, in English
     * @param position where, or null if the problem concerns the whole page
     */
    public ReportReadException(Reason reason, String message, SourcePosition position) {
        super(Objects.requireNonNull(reason, "reason") + ": " + message + (position == null ? "" : " @ " + position));
        this.reason = reason;
        this.detail = message;
        this.position = position;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param reason why the page could not be read
     * @param message what was wrong, in English
     * @param cause the underlying failure
     */
    public ReportReadException(Reason reason, String message, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + message, cause);
        this.reason = reason;
        this.detail = message;
        this.position = null;
    }

    /**
     * Returns why the page could not be read.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns what was wrong, in English, as given when the exception was created: the message without the
     * reason before it and the position after it. With {@link Reason#describe(Locale)} and
     * {@link SourcePosition#describe(Locale)} it makes a message in another language.
     *
     * @return the detail, never null
     */
    public String detail() {
        return String.valueOf(detail);
    }

    /**
     * Returns where the problem was found.
     *
     * @return the position, or empty if it concerns the whole page
     */
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }
}
