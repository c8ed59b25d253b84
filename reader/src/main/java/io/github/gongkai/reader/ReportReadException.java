package io.github.gongkai.reader;

import io.github.gongkai.core.internal.MessageText;
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
 * <p>What was wrong is given as data: the {@link Reason}, the {@link Detail text} among the reason's texts and
 * that text's {@link #arguments() arguments}. The message ({@link #getMessage()}) names the reason, the detail
 * in English and, where there is one, the position; {@link #message(Locale)} gives the detail in Chinese too.
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
         * The page's file could not be decoded as text, its document (PDF, Word) is damaged beyond what its reader
         * recovers or cut short, or its name says it is a document and its content is none.
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
         * Says in a few words why a page could not be read: in Chinese for a locale whose language is {@code zh}, in
         * English otherwise. The exception's {@link ReportReadException#message(Locale)} gives the detail.
         *
         * @param locale the language
         * @return the words, never null
         */
        public String describe(Locale locale) {
            return ReaderTexts.format(locale, "error." + name(), List.of(), Map.of());
        }
    }

    /**
     * Which text of its reason an exception carries, and how many {@link ReportReadException#arguments()} the text
     * names, in order as each constant lists them. The texts are in the reader's message files, in English and
     * Chinese. A {@code {N:document}} argument names a document as {@code DOCX}, {@code DOCX_PART} (its part
     * {@code word/document.xml}), {@code DOC}, {@code DOC_TEXT} (its main text) or {@code COMPOUND} (an OLE2 file);
     * a {@code file} argument is the file's name, or empty for a file read without one.
     */
    public enum Detail {
        /** A file over the size limit: the file, its bytes. */
        FILE_TOO_LARGE(Reason.LIMIT_EXCEEDED, 2),
        /** A page over the length limit: its characters, the limit. */
        PAGE_TOO_LONG(Reason.LIMIT_EXCEEDED, 2),
        /** HTML tables over the grid limit: the limit. */
        HTML_GRID_TOO_LARGE(Reason.LIMIT_EXCEEDED, 1),
        /**
         * A kind of file not read: the file, the kind ({@code PNG}, {@code JPEG}, {@code GIF}, {@code TIFF},
         * {@code WEBP}, {@code GZIP}, {@code SEVEN_ZIP}, {@code RAR}, {@code BZIP2}, {@code XZ}, {@code RTF},
         * {@code XLSX}, {@code PPTX}, {@code OFD}, {@code OPEN_DOCUMENT}, {@code ZIP}), whatever the file's name (a
         * PNG named {@code .pdf} too: the reader reads no such file under any name).
         */
        KIND_NOT_READ(Reason.UNSUPPORTED_FORMAT, 2),
        /** A document whose reader is not on the path: the file, its {@link SourceFormat}, the module it needs. */
        READER_NOT_PRESENT(Reason.UNSUPPORTED_FORMAT, 3),
        /** A file that could not be decoded: the file, the characters not decodable, the charset. */
        NOT_DECODABLE(Reason.UNREADABLE_INPUT, 3),
        /**
         * A file whose name declares a document ({@code .pdf}, {@code .docx}, {@code .doc}) but whose content is no
         * document and no page that holds a report, such as an error page a download saved under the report's name
         * (the failure of reading the page is the cause): the file, the format its name
         * declares ({@link SourceFormat} name: {@code PDF}, {@code DOCX}, {@code DOC}), what its content is
         * ({@code EMPTY} for no byte, {@code BLANK} for white space only, {@code HTML}, {@code MARKDOWN} or
         * {@code TEXT} for a page, {@code BINARY} for bytes that decode as no text).
         */
        CONTENT_NOT_AS_NAMED(Reason.UNREADABLE_INPUT, 3),
        /** Nothing of a report was found. */
        NO_REPORT_FOUND(Reason.NOT_A_REPORT, 0),
        /** Report sections but no table 三. */
        NO_TABLE_THREE(Reason.NO_APPLICATIONS_TABLE, 0),
        /** Table 三 with no readable row. */
        TABLE_THREE_EMPTY(Reason.NO_APPLICATIONS_TABLE, 0),
        /**
         * A second report: where table 三 stands, the section after which the sections begin again, where table
         * 三's rows follow (positions in the English form {@link SourcePosition#parse} reads).
         */
        SECOND_REPORT(Reason.MULTIPLE_REPORTS, 3),
        /** A PDF over the page limit: its pages, the limit. */
        PDF_TOO_MANY_PAGES(Reason.LIMIT_EXCEEDED, 2),
        /** A PDF over the time limit: the page. */
        PDF_TIME_LIMIT(Reason.LIMIT_EXCEEDED, 1),
        /** A PDF over the character limit: the page. */
        PDF_TOO_MANY_CHARACTERS(Reason.LIMIT_EXCEEDED, 1),
        /** A PDF whose content decompresses past the limit: the page. */
        PDF_CONTENT_TOO_LARGE(Reason.LIMIT_EXCEEDED, 1),
        /** A PDF encrypted with a password to open it. */
        PDF_PASSWORD(Reason.PASSWORD_PROTECTED, 0),
        /** A damaged PDF: what PDFBox said. */
        PDF_DAMAGED(Reason.UNREADABLE_INPUT, 1),
        /**
         * A PDF cut short (it does not end with {@code %%EOF}, as a download or a copy that stopped leaves it) that
         * could not be read: what failed in what is left, in English. It failed to lay out (the failure, such as
         * {@link #PDF_NO_TEXT} or {@link #PDF_DAMAGED}, is the exception's cause), or its pages laid out but hold no
         * report or no table 三 (the cause is that failure, {@link #NO_REPORT_FOUND}, {@link #NO_TABLE_THREE} or
         * {@link #TABLE_THREE_EMPTY}): the missing end is the likely reason. In Chinese,
         * {@link ReportReadException#message(Locale)} gives the cause's words in Chinese.
         */
        PDF_CUT_SHORT(Reason.UNREADABLE_INPUT, 1),
        /** A PDF whose objects nest too deeply. */
        PDF_TOO_DEEP(Reason.UNREADABLE_INPUT, 0),
        /** A PDF with no text: its pages. */
        PDF_NO_TEXT(Reason.NO_TEXT_LAYER, 1),
        /** A PDF with images and no text (a scan): its pages, its images. */
        PDF_ONLY_IMAGES(Reason.NO_TEXT_LAYER, 2),
        /** A PDF whose fonts do not map most drawn characters: those not mapped, those drawn. */
        PDF_FONTS_UNMAPPED(Reason.UNREADABLE_INPUT, 2),
        /** A damaged Word or compound file: the document, what the library reading it said. */
        WORD_DAMAGED(Reason.UNREADABLE_INPUT, 2),
        /** A Word document encrypted with a password: the document. */
        WORD_ENCRYPTED(Reason.PASSWORD_PROTECTED, 1),
        /** An encrypted Office Open XML document in an OLE2 container. */
        OOXML_ENCRYPTED(Reason.PASSWORD_PROTECTED, 0),
        /** A Word document whose content nests too deeply to be laid out: the document. */
        WORD_TOO_DEEP(Reason.LIMIT_EXCEEDED, 1),
        /** Content controls nested over the limit: the document, the limit. */
        WORD_CONTROLS_TOO_DEEP(Reason.LIMIT_EXCEEDED, 2),
        /** Tables nested over the limit: the document, the limit. */
        WORD_TABLES_TOO_DEEP(Reason.LIMIT_EXCEEDED, 2),
        /** Tables nested over the limit in a part: the document, the limit, the part. */
        WORD_TABLES_TOO_DEEP_IN_PART(Reason.LIMIT_EXCEEDED, 3),
        /** A package of more parts than the limit: the document, the limit. */
        WORD_TOO_MANY_PARTS(Reason.LIMIT_EXCEEDED, 2),
        /** A package that expands past the limit: the document, the limit in bytes, the part. */
        WORD_EXPANDS_TOO_MUCH(Reason.LIMIT_EXCEEDED, 3),
        /** More text than the limit: the document, the limit in characters. */
        WORD_TOO_MUCH_TEXT(Reason.LIMIT_EXCEEDED, 2),
        /** Laying out took longer than allowed: the document. */
        WORD_TIME_LIMIT(Reason.LIMIT_EXCEEDED, 1),
        /** An Excel workbook (.xls) in a compound file. */
        EXCEL_WORKBOOK(Reason.UNSUPPORTED_FORMAT, 0),
        /** A PowerPoint presentation (.ppt) in a compound file. */
        POWERPOINT_PRESENTATION(Reason.UNSUPPORTED_FORMAT, 0),
        /** A compound file without a WordDocument stream: its streams. */
        NOT_A_WORD_DOCUMENT(Reason.UNSUPPORTED_FORMAT, 1),
        /** A WPS (Kingsoft) compound file without a WordDocument stream: its streams. */
        WPS_NOT_A_WORD_DOCUMENT(Reason.UNSUPPORTED_FORMAT, 1),
        /** A WPS document that cannot be read as a Word .doc: the failure's type. */
        WPS_UNREADABLE(Reason.UNSUPPORTED_FORMAT, 1),
        /** A Word 6.0/95 document, older than the .doc format read. */
        WORD_95(Reason.UNSUPPORTED_FORMAT, 0),
        /** What a document reader outside this library said, in its own words (belongs to every reason). */
        AS_GIVEN(null, 1);

        private final Reason reason;
        private final int argumentCount;

        Detail(Reason reason, int argumentCount) {
            this.reason = reason;
            this.argumentCount = argumentCount;
        }

        /**
         * Tells whether exceptions of the reason may carry this detail.
         *
         * @param reason the reason
         * @return true if the detail is the reason's, or belongs to every reason
         */
        public boolean isFor(Reason reason) {
            return this.reason == null || this.reason == reason;
        }

        /**
         * Returns how many {@link ReportReadException#arguments()} the detail's text takes.
         *
         * @return the count
         */
        public int argumentCount() {
            return argumentCount;
        }
    }

    /** The reason. */
    private final Reason reason;
    /** Which of the reason's texts. */
    private final Detail detail;
    /** The values the text names. */
    private final List<String> arguments;
    /** The position, or null. Not serialized (a position is not {@code Serializable}); {@link #printedPosition} is. */
    private final transient SourcePosition position;
    /** The position's English form, which {@link SourcePosition#parse} reads back, or null. */
    private final String printedPosition;

    /**
     * Creates the exception with a detail of the reader's message files.
     *
     * @param detail what was wrong; its reason is the exception's
     * @param arguments the values its text names
     * @param position where, or null if the problem concerns the whole page
     * @param cause the underlying failure, or null
     * @throws NullPointerException if the detail, the list or an argument is null
     * @throws IllegalArgumentException if the detail belongs to every reason ({@link Detail#AS_GIVEN}), or takes
     *     another number of arguments
     */
    public ReportReadException(Detail detail, List<String> arguments, SourcePosition position, Throwable cause) {
        this(reasonOf(detail), detail, arguments, position, cause);
    }

    /**
     * Creates the exception in a document reader's own words ({@link Detail#AS_GIVEN}).
     *
     * @param reason why the page could not be read
     * @param message what was wrong, in English
     * @param position where, or null if the problem concerns the whole page
     */
    public ReportReadException(Reason reason, String message, SourcePosition position) {
        this(reason, Detail.AS_GIVEN, List.of(message), position, null);
    }

    /**
     * Creates the exception in a document reader's own words ({@link Detail#AS_GIVEN}), with a cause.
     *
     * @param reason why the page could not be read
     * @param message what was wrong, in English
     * @param cause the underlying failure
     */
    public ReportReadException(Reason reason, String message, Throwable cause) {
        this(reason, Detail.AS_GIVEN, List.of(message), null, cause);
    }

    private ReportReadException(Reason reason, Detail detail, List<String> arguments, SourcePosition position,
            Throwable cause) {
        super(english(reason, detail, ReaderTexts.arguments(detail, detail.argumentCount(), arguments), position),
                cause);
        this.reason = reason;
        this.detail = detail;
        this.arguments = List.copyOf(arguments);
        this.position = position;
        this.printedPosition = position == null ? null : position.toString();
    }

    private static Reason reasonOf(Detail detail) {
        if (detail.reason == null) {
            throw new IllegalArgumentException(detail + " belongs to every reason; name the reason");
        }
        return detail.reason;
    }

    /** The message: reason, detail in English, position; checks the reason on the way. */
    private static String english(Reason reason, Detail detail, List<String> arguments, SourcePosition position) {
        Objects.requireNonNull(reason, "reason");
        if (!detail.isFor(reason)) {
            throw new IllegalArgumentException(detail + " is not a detail of " + reason);
        }
        return reason + ": " + text(Locale.ENGLISH, detail, arguments) + (position == null ? "" : " @ " + position);
    }

    private static String text(Locale locale, Detail detail, List<String> arguments) {
        // A document reader's own words (a library's message) may quote the document: the message shows them
        // printable, arguments() keeps them exact.
        return ReaderTexts.format(locale, "failure." + detail.name(), arguments.stream().map(MessageText::printable)
                .toList(), Map.of());
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
     * Returns which of the reason's texts the exception carries.
     *
     * @return the detail, never null
     */
    public Detail detail() {
        return detail;
    }

    /**
     * Returns the values the detail's text names, as listed for each {@link Detail}.
     *
     * @return the arguments, never null
     */
    public List<String> arguments() {
        return arguments;
    }

    /**
     * Returns what was wrong, without the reason before it and the position after it: in Chinese for a locale
     * whose language is {@code zh}, in English otherwise. With {@link Reason#describe(Locale)} and
     * {@link SourcePosition#describe(Locale)} it makes a whole message in that language.
     *
     * @param locale the language
     * @return the text, never null
     */
    public String message(Locale locale) {
        if (detail == Detail.PDF_CUT_SHORT && getCause() instanceof ReportReadException what) {
            return text(locale, detail, List.of(what.message(locale))); // what failed, in the same language
        }
        return text(locale, detail, arguments);
    }

    /**
     * Returns where the problem was found.
     *
     * @return the position, or empty if it concerns the whole page
     */
    public Optional<SourcePosition> position() {
        return position != null ? Optional.of(position)
                : printedPosition == null ? Optional.empty() : SourcePosition.tryParse(printedPosition);
    }
}
