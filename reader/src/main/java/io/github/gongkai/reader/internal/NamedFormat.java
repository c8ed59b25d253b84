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
 * {@link ReadingWarning.Detail#FORMAT_BY_SIGNATURE} warning when its name declares another format; a file whose
 * name declares a document ({@code .pdf}, {@code .docx}, {@code .doc}) but whose bytes are no document is refused
 * ({@link ReportReadException.Detail#CONTENT_NOT_AS_NAMED}), not read as a page: it is almost always an error page
 * a download saved, or another file renamed.
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
     * Refuses a file that is no document (neither a document nor a type not read, {@link BinaryFormats.Kind#isText})
     * when its name declares one.
     *
     * @param name the file's name, or null for none
     * @param file the name as a message gives it
     * @param size the file's bytes
     * @param decoded its bytes decoded
     * @throws ReportReadException with {@link ReportReadException.Detail#CONTENT_NOT_AS_NAMED} if the name declares
     *     a document
     */
    public static void requireNoDocumentDeclared(String name, String file, int size, Decoding.Decoded decoded) {
        SourceFormat declared = declared(name);
        if (declared != null && declared.isDocument()) {
            throw new ReportReadException(ReportReadException.Detail.CONTENT_NOT_AS_NAMED,
                    List.of(file, declared.name(), content(size, decoded)), null, null);
        }
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
