package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReadException.Reason;

/** The failures of reading a Word file, each a {@link ReportReadException} whose message names the format. */
final class Failures {

    private Failures() {
    }

    static ReportReadException limit(String message) {
        return new ReportReadException(Reason.LIMIT_EXCEEDED, message, (Throwable) null);
    }

    static ReportReadException unsupported(String message) {
        return new ReportReadException(Reason.UNSUPPORTED_FORMAT, message, (Throwable) null);
    }

    static ReportReadException passwordProtected(String message) {
        return new ReportReadException(Reason.PASSWORD_PROTECTED, message, (Throwable) null);
    }

    /**
     * A damaged document.
     *
     * @param what what could not be read ({@code "the Word (.docx) file"}, {@code "its part word/document.xml"})
     * @param cause what the library reading it said
     */
    static ReportReadException damaged(String what, Throwable cause) {
        String said = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new ReportReadException(Reason.UNREADABLE_INPUT, what + " is damaged and cannot be read (" + said
                + ")", cause);
    }
}
