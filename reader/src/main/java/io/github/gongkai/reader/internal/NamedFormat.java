package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The format a file's name declares by its extension, and how it squares with what the file's bytes are
 * ({@link BinaryFormats}, {@link Decoding}). The bytes decide: a PDF or Word file is read as what it is, with a
 * {@link ReadingWarning.Detail#FORMAT_BY_SIGNATURE} warning when its name declares another format. A file whose
 * name declares a document ({@code .pdf}, {@code .docx}, {@code .doc}) but whose bytes are a page is read as the page
 * it is, with a {@link ReadingWarning.Detail#PAGE_NAMED_AS_DOCUMENT} warning (Word saves a web page under a
 * {@code .doc} name, and publishing systems export one so), and refused as not what its name says
 * ({@link ReportReadException.Detail#CONTENT_NOT_AS_NAMED}) when that page holds no report: then it is almost always
 * an error page a download saved, or another file renamed. One that is empty, blank or no text is refused at once.
 */
public final class NamedFormat {

    private NamedFormat() {
    }

    /**
     * The format a file's name declares.
     *
     * @param name the file's name, or null for none
     * @return HTML for {@code .html}/{@code .htm}, MARKDOWN for {@code .md}/{@code .markdown}, TEXT for
     *     {@code .txt}, PDF, DOCX or DOC for {@code .pdf}, {@code .docx}, {@code .doc} (in any case); null for
     *     another extension or none
     */
    public static SourceFormat declared(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") ? SourceFormat.HTML
                : lower.endsWith(".md") || lower.endsWith(".markdown") ? SourceFormat.MARKDOWN
                : lower.endsWith(".txt") ? SourceFormat.TEXT
                : lower.endsWith(".pdf") ? SourceFormat.PDF
                : lower.endsWith(".docx") ? SourceFormat.DOCX
                : lower.endsWith(".doc") ? SourceFormat.DOC : null;
    }

    /**
     * The extension of a name that declares a format, as a warning names who declared it.
     *
     * @param name the file's name, whose {@link #declared} format is not null
     * @return its extension from the last dot, without control characters ({@code ".txt"})
     */
    public static String extension(String name) {
        return Characters.withoutControls(name.substring(name.lastIndexOf('.')));
    }

    /**
     * The warning that a document is read as what its bytes are, not as its name declares.
     *
     * @param name the file's name, or null for none
     * @param content the document's format, told by its bytes
     * @return the warning, or empty when the name declares nothing or the same format
     */
    public static Optional<ReadingWarning> documentWarning(String name, SourceFormat content) {
        SourceFormat declared = declared(name);
        if (declared == null || declared == content) {
            return Optional.empty();
        }
        return Optional.of(ReadingWarning.of(ReadingWarning.Detail.FORMAT_BY_SIGNATURE,
                List.of(declared.name(), extension(name), content.name()), Optional.empty(), Optional.empty()));
    }

    /**
     * Whether a file that is no document (neither a document nor a type not read, {@link BinaryFormats.Kind#isText})
     * has a name that declares one.
     *
     * @param name the file's name, or null for none
     * @return true for a {@code .pdf}, {@code .docx} or {@code .doc} name
     */
    public static boolean declaresDocument(String name) {
        SourceFormat declared = declared(name);
        return declared != null && declared.isDocument();
    }

    /**
     * Refuses a file whose name {@linkplain #declaresDocument declares a document} when its content is no page to
     * read: empty, white space only, or bytes that are no text.
     *
     * @param name the file's name, declaring a document
     * @param file the name as a message gives it
     * @param size the file's bytes
     * @param decoded its bytes decoded
     * @throws ReportReadException with {@link ReportReadException.Detail#CONTENT_NOT_AS_NAMED} if it is no page
     */
    public static void requirePage(String name, String file, int size, Decoding.Decoded decoded) {
        String content = content(size, decoded);
        if (content.equals("EMPTY") || content.equals("BLANK") || content.equals("BINARY")) {
            throw notAsNamed(name, file, content, null);
        }
    }

    /**
     * The warning that a file whose name declares a document is read as the page its content is.
     *
     * @param name the file's name, declaring a document
     * @param content the page's format
     * @return the warning ({@link ReadingWarning.Detail#PAGE_NAMED_AS_DOCUMENT})
     */
    public static ReadingWarning pageWarning(String name, SourceFormat content) {
        return ReadingWarning.of(ReadingWarning.Detail.PAGE_NAMED_AS_DOCUMENT,
                List.of(declared(name).name(), extension(name), content.name()), Optional.empty(), Optional.empty());
    }

    /**
     * The failure of a file whose name declares a document and whose content, a page, holds no report (or is not to
     * be read as the page it is).
     *
     * @param name the file's name, declaring a document
     * @param file the name as a message gives it
     * @param content the page's format
     * @param cause how reading the page failed, or null
     * @return the failure, {@link ReportReadException.Detail#CONTENT_NOT_AS_NAMED}, {@code cause} its cause
     */
    public static ReportReadException pageWithoutReport(String name, String file, SourceFormat content,
            ReportReadException cause) {
        return notAsNamed(name, file, content.name(), cause);
    }

    private static ReportReadException notAsNamed(String name, String file, String content, Throwable cause) {
        return new ReportReadException(ReportReadException.Detail.CONTENT_NOT_AS_NAMED,
                List.of(file, declared(name).name(), content), null, cause);
    }

    /**
     * What a file that is no document is: empty, blank, a page of a format, or bytes that decode as no text (too
     * many undecodable characters, or a NUL, which no text file in a charset read without a byte order mark holds).
     */
    private static String content(int size, Decoding.Decoded decoded) {
        if (size == 0) {
            return "EMPTY";
        }
        if (decoded.unreadable() || decoded.text().indexOf('\u0000') >= 0) {
            return "BINARY";
        }
        return decoded.text().isBlank() ? "BLANK" : FormatSniffer.sniff(decoded.text()).format().name();
    }
}
