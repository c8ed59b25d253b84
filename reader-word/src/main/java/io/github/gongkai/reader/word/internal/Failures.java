package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReadException.Detail;
import java.util.List;

/**
 * The failures of reading a Word file, each a {@link ReportReadException} whose detail names the document as
 * {@link Detail} says: {@code DOCX}, {@code DOCX_PART}, {@code DOC}, {@code DOC_TEXT} or {@code COMPOUND}.
 */
final class Failures {

    private Failures() {
    }

    /**
     * A failure of the given detail.
     *
     * @param detail what was wrong
     * @param arguments the values its text names
     */
    static ReportReadException of(Detail detail, Object... arguments) {
        return new ReportReadException(detail, List.of(strings(arguments)), null, null);
    }

    /**
     * A damaged document.
     *
     * @param document which document or part could not be read ({@code "DOCX"}, {@code "DOCX_PART"} …)
     * @param cause what the library reading it said
     */
    static ReportReadException damaged(String document, Throwable cause) {
        String said = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new ReportReadException(Detail.WORD_DAMAGED, List.of(document, said), null, cause);
    }

    private static String[] strings(Object... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = String.valueOf(values[i]);
        }
        return out;
    }
}
