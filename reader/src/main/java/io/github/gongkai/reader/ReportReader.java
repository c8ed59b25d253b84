package io.github.gongkai.reader;

import io.github.gongkai.core.Report;
import io.github.gongkai.reader.internal.BinaryFormats;
import io.github.gongkai.reader.internal.Characters;
import io.github.gongkai.reader.internal.Decoding;
import io.github.gongkai.reader.internal.DocumentReaders;
import io.github.gongkai.reader.internal.Engine;
import io.github.gongkai.reader.internal.FormatChoice;
import io.github.gongkai.reader.internal.Interpreter;
import io.github.gongkai.reader.internal.NamedFormat;
import io.github.gongkai.reader.internal.ReadSettings;
import io.github.gongkai.reader.internal.WebArchive;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.DocumentReader;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a published 政府信息公开工作年度报告 page into the model, deterministically, with provenance.
 *
 * <pre>{@code
 * ReportReader reader = ReportReader.standard();
 * ReadResult result = reader.read(Path.of("report.txt"));
 * Report report = result.report();                       // numbers as printed
 * result.reading().ambiguities().forEach(System.out::println); // what could not be placed, with candidates
 * }</pre>
 *
 * <h2>What it does</h2>
 * <ul>
 *   <li>Finds sections 二, 三, 四 and 六 by their headings, detects the edition (2019 or 2021) from the
 *       tables' headers, and reads the organ and year from the title when there is one.</li>
 *   <li>Matches rows by label, tolerant of the variants real reports use (ASCII or full-width brackets,
 *       spaces, quote styles, list markers {@code 1.} {@code 1、} {@code (一)} {@code 七、},
 *       结转下一年度继续办理, labels broken over lines or cells); never by position alone. Extra subtotal rows
 *       and an extra 法人或其他组织 subtotal column are recognised and skipped, with a warning.</li>
 *   <li>Normalises numbers (full-width digits, thousands separators, units 件/元/万元 in the cell,
 *       placeholders {@code / - — 无} as not applicable, empty as blank) and keeps the raw text of every cell
 *       with its {@link SourcePosition}.</li>
 *   <li>Splits a glued run of digits ({@code 640020470}) only when exactly one split satisfies the row's
 *       identity (table 三: total = sum of the six columns; table 四: each group's total = sum of its four);
 *       or, when several do, when the table's identities (columns, groups) leave one; otherwise reports an
 *       {@link Ambiguity} with the candidate splits and leaves the cells unread.</li>
 *   <li>Reads section 六's fee figures stated only in a sentence ({@code 收取信息处理费共计380元},
 *       {@code 未收取信息处理费}) into the cells nothing printed, with a provenance quoting the sentence and a
 *       {@link ReadingWarning.Code#FIGURE_FROM_PROSE} warning; a printed figure wins over a sentence, which
 *       gives a {@link ReadingWarning.Code#PROSE_FIGURE_DIFFERS} warning if it disagrees. Table 二's counts
 *       are never read from sentences.</li>
 *   <li>Reads a page in the format its content clearly shows when that is not the format declared (an HTML
 *       page saved as {@code .txt}), with a {@link ReadingWarning.Code#FORMAT_FROM_CONTENT} warning; see
 *       {@link Builder#formatFromContent(boolean)}. A PDF or Word file is always read as what its bytes are;
 *       a file named as one whose bytes are a page is read as that page, with a warning, and refused if the page
 *       holds no report ({@link #read(Path)}).</li>
 * </ul>
 * A published table that violates an identity is read as printed; validate the report to find it.
 *
 * <h2>Contract</h2>
 * Instances are immutable and thread-safe; build one, reuse it for any number of pages from any number of
 * threads. Reading is deterministic: the same text gives an equal result. A page that is not a report,
 * lacks table 三, holds more than one report, or exceeds a limit raises {@link ReportReadException}; anything
 * less is reported in the {@link ReadingReport}, including whatever was not read
 * ({@link ReadingWarning.Code#CONTENT_IGNORED}).
 *
 * <h2>Text</h2>
 * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. An unpaired surrogate in a page, or in HTML a
 * numeric character reference to a surrogate or to zero ({@code &#xD800;}), is read as U+FFFD, as the HTML
 * standard decodes such a reference, with a {@link ReadingWarning.Code#UNPAIRED_SURROGATE} warning; control
 * characters are removed from the organ name and the source address
 * ({@link ReadingWarning.Code#CONTROL_CHARACTERS_REMOVED}). No such character reaches the model.
 *
 * <h2>Memory</h2>
 * What a read holds is bounded, not proportional to the page: a page of more than 256 K characters is lexed
 * once per pass rather than kept, a run of numbers longer than any row is counted rather than kept, and each
 * narrative section keeps at most 100 000 characters. Allocation is linear, a few bytes per character of the
 * page (at most 16 on the hostile pages the tests read); a page of 8 M characters reads in a 256 MB heap.
 */
public final class ReportReader {

    /** The organ name given to a report whose page has no title naming it. */
    public static final String UNKNOWN_ORGAN = Interpreter.UNKNOWN_ORGAN;

    private final int maxInputLength;
    private final int maxCandidates;
    private final int maxSplitSteps;
    private final int maxHtmlGridCells;
    private final boolean formatFromContent;
    private final DocumentLimits documentLimits;
    private final DocumentReaders documentReaders;

    private ReportReader(Builder b) {
        this.maxInputLength = b.maxInputLength;
        this.maxCandidates = b.maxCandidates;
        this.maxSplitSteps = b.maxSplitSteps;
        this.maxHtmlGridCells = b.maxHtmlGridCells;
        this.formatFromContent = b.formatFromContent;
        this.documentLimits = b.documentLimits;
        this.documentReaders = DocumentReaders.of(b.documentReaders);
    }

    /**
     * Returns a reader with the default settings, as {@code builder().build()} makes it: the default limits, and
     * the document readers (PDF, Word) that {@link java.util.ServiceLoader} finds.
     *
     * @return a reader, never null
     */
    public static ReportReader standard() {
        return builder().build();
    }

    /**
     * Starts configuring a reader.
     *
     * @return a new builder with the default limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a page, detecting its format from its content: HTML if it has a document tag ({@code <!DOCTYPE html>},
     * {@code <html>}, {@code <head>}, {@code <body>}), a {@code <table>} tag, table-row and cell tags or markup
     * throughout; else Markdown if it has a pipe-table separator line ({@code |---|---|}) or three pipe-table rows;
     * else text. Only a bounded prefix of the page (the first 1 M characters) is looked at.
     *
     * @param text the page
     * @return the report and how it was read, never null
     * @throws ReportReadException if the page is not a report, lacks table 三, holds more than one report, or
     *     exceeds a limit
     */
    public ReadResult read(String text) {
        check(text);
        return read(text, null, null, null);
    }

    /**
     * Reads a page declared to be in a format. The declaration is honoured unless the content clearly shows
     * another format (an HTML document, a Markdown pipe table with its {@code |---|} separator row, or, declared
     * HTML or Markdown, text with neither markup nor pipe-table rows): then the page is read in the format of its
     * content, with a {@link ReadingWarning.Code#FORMAT_FROM_CONTENT} warning. A reader built with
     * {@link Builder#formatFromContent(boolean) formatFromContent(false)} always uses the format given.
     *
     * @param text the page
     * @param format its format, TEXT, MARKDOWN or HTML
     * @return the report and how it was read, never null
     * @throws IllegalArgumentException if the format is a binary document's (PDF, DOCX, DOC): such a file is read
     *     from its bytes, {@link #read(byte[])}
     * @throws ReportReadException if the page is not a report, lacks table 三, holds more than one report, or
     *     exceeds a limit
     */
    public ReadResult read(String text, SourceFormat format) {
        Objects.requireNonNull(format, "format");
        if (format.isDocument()) {
            throw new IllegalArgumentException(format + " is read from the file's bytes, with read(byte[]) or "
                    + "read(Path), not from text");
        }
        return read(text, format, "caller", null);
    }

    /**
     * Reads an HTML page; shorthand for {@code read(html, SourceFormat.HTML)} (so a page that is clearly not HTML
     * is read in the format of its content, with a warning, unless {@link Builder#formatFromContent(boolean)}
     * says otherwise).
     *
     * @param html the page
     * @return the report and how it was read, never null
     * @throws ReportReadException if the page is not a report, lacks table 三, holds more than one report, or
     *     exceeds a limit
     */
    public ReadResult readHtml(String html) {
        return read(html, SourceFormat.HTML);
    }

    /**
     * Reads a file. A PDF or Word file is recognised by its content, whatever its name, and read through
     * {@code gongkai-reader-pdf} or {@code gongkai-reader-word} (see {@link #read(byte[])}), with a
     * {@link ReadingWarning.Code#FORMAT_FROM_CONTENT} warning ({@link ReadingWarning.Detail#FORMAT_BY_SIGNATURE})
     * when its extension declares another format (a PDF saved as {@code .txt}, a {@code .docx} named {@code .doc});
     * a spreadsheet, an image or an archive is refused as {@link ReportReadException.Reason#UNSUPPORTED_FORMAT},
     * whatever its name. A file named {@code .pdf}, {@code .docx} or {@code .doc} whose content is a page (a web page
     * Word saved as {@code .doc}, as publishing systems export one too) is read in the format of its content, with a
     * {@link ReadingWarning.Code#FORMAT_FROM_CONTENT} warning first
     * ({@link ReadingWarning.Detail#PAGE_NAMED_AS_DOCUMENT}); where that page holds no report or no table 三 (an HTML
     * error page a download saved, a text renamed), and where the content is no page (an empty file, white space,
     * bytes that are not text), it is refused as {@link ReportReadException.Reason#UNREADABLE_INPUT} with
     * {@link ReportReadException.Detail#CONTENT_NOT_AS_NAMED}, naming the file, the format its name declares and
     * what its content is, the page's failure its cause; a reader built with
     * {@link Builder#formatFromContent(boolean) formatFromContent(false)} refuses every such page. A text page's
     * format is declared by the extension ({@code .html}/{@code .htm}, {@code .md}, {@code .markdown},
     * {@code .txt}) and, for any other, detected from the content as {@link #read(String)} does. A declared format
     * the decoded content clearly contradicts (an HTML page saved as {@code .txt}, Markdown pipe tables in a
     * {@code .txt}, plain text in a {@code .html}) gives way to the content, with a
     * {@link ReadingWarning.Code#FORMAT_FROM_CONTENT} warning, as in {@link #read(String, SourceFormat)}. The
     * report's source is the address the page states ({@code 原文链接: ...}) if any, else the file name.
     *
     * <p>A text file is decoded as UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark;
     * a file that is not valid UTF-8 is decoded with the charset its HTML {@code <meta>} declares, else as
     * GB18030 (which covers GBK and GB2312), and a {@link ReadingWarning.Code#CHARSET_NOT_UTF8} warning
     * says so.
     *
     * @param path the file
     * @return the report and how it was read, never null
     * @throws IOException if the file cannot be read; a {@link java.nio.file.FileSystemException} naming it for a
     *     directory
     * @throws ReportReadException if the file is of a type not read, is not the document its name declares, cannot
     *     be decoded, is not a report, lacks table 三, holds more than one report, or exceeds a limit
     */
    public ReadResult read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            // Reading one fails with "Is a directory" alone, without the path.
            throw new java.nio.file.FileSystemException(path.toString(), null, "is a directory, not a report file");
        }
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        long size = Files.size(path);
        if (size > 4L * maxInputLength) {
            throw failure(ReportReadException.Detail.FILE_TOO_LARGE, Characters.withoutControls(name),
                    Long.toString(size));
        }
        return read(Files.readAllBytes(path), name);
    }

    /**
     * Reads a file's content, its type told by the content alone: a PDF ({@code %PDF-}), a Word file (a
     * {@code .docx} package or a {@code .doc} compound file), else a text page in the charset its bytes show (as
     * {@link #read(Path)} decodes it) and the format its text shows (as {@link #read(String)}).
     *
     * <p>A PDF or Word file is laid out by the {@link io.github.gongkai.reader.spi.DocumentReader} for its
     * format, found with {@link java.util.ServiceLoader} ({@code gongkai-reader-pdf}, {@code gongkai-reader-word})
     * or given to {@link Builder#documentReader}, within the {@link Builder#documentLimits document limits}, and
     * interpreted as an HTML page is; every cell's position is where the document printed it (a PDF cell's page
     * and box, {@link SourcePosition.PageArea}). The reader's remarks on the document come first among the
     * warnings ({@link ReadingWarning.Code#DOCUMENT_REMARK}): a PDF cut short (no {@code %%EOF} at its end) whose
     * pages lay out is read with {@link ReadingWarning.Detail#PDF_CUT_SHORT}, as what was read may be incomplete;
     * if it then holds no report or no table 三, it fails as {@link ReportReadException.Detail#PDF_CUT_SHORT}
     * ({@link ReportReadException.Reason#UNREADABLE_INPUT}), that failure its cause.
     *
     * @param content the file's bytes, not changed
     * @return the report and how it was read, never null
     * @throws ReportReadException with {@link ReportReadException.Reason#UNSUPPORTED_FORMAT} for a type that is
     *     not read (naming it) or a document whose reader is not on the class or module path,
     *     {@link ReportReadException.Reason#NO_TEXT_LAYER} for a scanned PDF,
     *     {@link ReportReadException.Reason#PASSWORD_PROTECTED}, {@link ReportReadException.Reason#UNREADABLE_INPUT}
     *     for a damaged document or a PDF cut short that cannot be read, or as {@link #read(Path)}
     */
    public ReadResult read(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length > 4L * maxInputLength) {
            throw failure(ReportReadException.Detail.FILE_TOO_LARGE, "", Integer.toString(content.length));
        }
        return read(content, null);
    }

    private ReadResult read(byte[] bytes, String name) {
        BinaryFormats.Kind kind = BinaryFormats.sniff(bytes);
        String file = name == null ? "" : Characters.withoutControls(name);
        if (kind.unsupported() != null) {
            throw failure(ReportReadException.Detail.KIND_NOT_READ, file, kind.unsupported());
        }
        if (kind.format() != null) {
            LaidOutDocument document = documentReaders.read(bytes, kind.format(), documentLimits, file);
            ReadSettings settings = new ReadSettings(maxCandidates, maxSplitSteps);
            return withSource(Engine.read(document, kind.format(), settings),
                    NamedFormat.documentWarning(name, kind.format()).stream().toList(), name);
        }
        Optional<byte[]> archived = WebArchive.page(bytes);
        if (archived.isPresent()) {
            return readArchivedPage(archived.get(), name, file);
        }
        Decoding.Decoded decoded = Decoding.decode(bytes);
        boolean namedDocument = NamedFormat.declaresDocument(name);
        if (namedDocument) {
            NamedFormat.requirePage(name, file, bytes.length, decoded);
        }
        String text = text(decoded, file);
        ReadResult result;
        if (namedDocument) {
            result = readPageNamedAsDocument(text, name, file);
        } else {
            SourceFormat format = NamedFormat.declared(name);
            result = read(text, format, format == null ? null : NamedFormat.extension(name), name);
        }
        return withCharsetWarning(result, decoded, file);
    }

    /** The decoded page's text, refused if too much of it could not be decoded, and checked against the limits. */
    private String text(Decoding.Decoded decoded, String file) {
        if (decoded.unreadable()) {
            throw failure(ReportReadException.Detail.NOT_DECODABLE, file, Integer.toString(decoded.replaced()),
                    decoded.charset().name());
        }
        String text = decoded.text();
        check(text);
        return text;
    }

    /** The result with the warning that the file was not UTF-8 first, if it was not. */
    private static ReadResult withCharsetWarning(ReadResult result, Decoding.Decoded decoded, String file) {
        Optional<ReadingWarning> charset = decoded.warning(file);
        return charset.isEmpty() ? result
                : new ReadResult(result.report(), withWarningsFirst(result.reading(), List.of(charset.get())));
    }

    /**
     * Reads the page of a web archive (MHTML: a browser's single-file page, Internet Explorer's or Word's
     * {@code .mht}) as HTML, in the charset its bytes show, with a warning that the archive's page was read.
     */
    private ReadResult readArchivedPage(byte[] page, String name, String file) {
        Decoding.Decoded decoded = Decoding.decode(page);
        ReadResult result = withSource(Engine.read(text(decoded, file), SourceFormat.HTML,
                new ReadSettings(maxCandidates, maxSplitSteps), maxHtmlGridCells),
                List.of(ReadingWarning.of(ReadingWarning.Detail.WEB_ARCHIVE_PAGE, List.of(), Optional.empty(),
                        Optional.empty())), name);
        return withCharsetWarning(result, decoded, file);
    }

    /**
     * Reads a page whose file name declares a document ({@code .doc} and the like): in the format of its content,
     * with a warning that says so; where it holds no report, refused as not the document its name says, that failure
     * its cause. With {@link Builder#formatFromContent(boolean) formatFromContent(false)} the name is trusted and the
     * page refused at once.
     */
    private ReadResult readPageNamedAsDocument(String text, String name, String file) {
        SourceFormat content = FormatChoice.choose(text, null, null, true).format();
        if (!formatFromContent) {
            throw NamedFormat.pageWithoutReport(name, file, content, null);
        }
        ReadResult result;
        try {
            result = Engine.read(text, content, new ReadSettings(maxCandidates, maxSplitSteps), maxHtmlGridCells);
        } catch (ReportReadException e) {
            if (e.reason() == ReportReadException.Reason.NOT_A_REPORT
                    || e.reason() == ReportReadException.Reason.NO_APPLICATIONS_TABLE) {
                throw NamedFormat.pageWithoutReport(name, file, content, e);
            }
            throw e;
        }
        return withSource(result, List.of(NamedFormat.pageWarning(name, content)), name);
    }

    /**
     * Reads a page in the format declared (null for none) unless its content says otherwise (see
     * {@link FormatChoice}).
     */
    private ReadResult read(String text, SourceFormat declared, String declaredBy, String fallbackSource) {
        check(text);
        ReadSettings settings = new ReadSettings(maxCandidates, maxSplitSteps);
        FormatChoice.Choice choice = FormatChoice.choose(text, declared, declaredBy, formatFromContent);
        // Unpaired surrogates never reach the model (core's writers cannot encode them): Engine replaces them.
        ReadResult result = Engine.read(text, choice.format(), settings, maxHtmlGridCells);
        return withSource(result, choice.warning().stream().toList(), fallbackSource);
    }

    /**
     * The result with warnings put first and, when the page states no source address, the file's name as its
     * source (without control characters).
     */
    private static ReadResult withSource(ReadResult result, List<ReadingWarning> warnings, String fallbackSource) {
        List<ReadingWarning> first = new ArrayList<>(warnings);
        Report report = result.report();
        if (fallbackSource != null && report.header().source().isEmpty()) {
            String source = Characters.withoutControls(fallbackSource);
            if (!source.equals(fallbackSource)) {
                first.add(ReadingWarning.of(ReadingWarning.Detail.CONTROLS_REMOVED, List.of("FILE_NAME"),
                        Optional.empty(), Optional.empty()));
            }
            if (!source.isBlank()) {
                report = report.toBuilder().source(source).build();
            }
        }
        return first.isEmpty() ? new ReadResult(report, result.reading())
                : new ReadResult(report, withWarningsFirst(result.reading(), first));
    }

    private static ReadingReport withWarningsFirst(ReadingReport r, List<ReadingWarning> first) {
        List<ReadingWarning> warnings = new ArrayList<>(r.warnings().size() + first.size());
        warnings.addAll(first);
        warnings.addAll(r.warnings());
        return new ReadingReport(r.format(), r.edition(), r.cellsRead(), r.blankCells(), r.ambiguities(),
                r.notFound(), warnings);
    }

    private void check(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > maxInputLength) {
            throw failure(ReportReadException.Detail.PAGE_TOO_LONG, Integer.toString(text.length()),
                    Integer.toString(maxInputLength));
        }
    }

    /** A failure concerning the whole page. */
    private static ReportReadException failure(ReportReadException.Detail detail, String... arguments) {
        return new ReportReadException(detail, List.of(arguments), null, null);
    }

    /**
     * Returns the limits of this reader, for logs.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "ReportReader[maxInputLength=" + maxInputLength + ", maxCandidates=" + maxCandidates
                + ", maxSplitSteps=" + maxSplitSteps + ", maxHtmlGridCells=" + maxHtmlGridCells
                + ", formatFromContent=" + formatFromContent + ", documentLimits=" + documentLimits + ", documentReaders="
                + documentReaders + "]";
    }

    /** Configures a {@link ReportReader}. Mutable and not thread-safe; the reader it builds is both. */
    public static final class Builder {
        private int maxInputLength = 8_000_000;
        private int maxCandidates = 20;
        private int maxSplitSteps = 200_000;
        private int maxHtmlGridCells = 200_000;
        private boolean formatFromContent = true;
        private DocumentLimits documentLimits = DocumentLimits.defaults();
        private final List<DocumentReader> documentReaders = new ArrayList<>(2);

        private Builder() {
        }

        /**
         * Sets what reading one PDF or Word file may cost (default {@link DocumentLimits#defaults()}: 200 pages,
         * 256 MB expanded, 8 000 000 characters, 30 seconds); past a limit the read fails with
         * {@link ReportReadException.Reason#LIMIT_EXCEEDED}.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder documentLimits(DocumentLimits limits) {
            this.documentLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds a reader of binary documents, used for its formats before any found with
         * {@link java.util.ServiceLoader} (for a platform where service loading does not see it, or a test).
         *
         * @param reader the document reader
         * @return this builder
         */
        public Builder documentReader(DocumentReader reader) {
            documentReaders.add(Objects.requireNonNull(reader, "reader"));
            return this;
        }

        /**
         * Sets whether a page's content may override the format declared for it (default true). With true, a page
         * declared by its file extension or by {@link ReportReader#read(String, SourceFormat)} to be in one
         * format whose content is clearly another (an HTML document saved as {@code .txt}, Markdown pipe tables
         * with their {@code |---|} separator row in a {@code .txt}, text with neither markup nor pipe-table rows
         * in a {@code .html} or {@code .md}) is read in the format of its content, with a
         * {@link ReadingWarning.Code#FORMAT_FROM_CONTENT} warning. With false, the declared format is always used,
         * as given; a page with no declared format ({@link ReportReader#read(String)}, a file of another
         * extension) is detected from its content either way. Either way, a PDF or Word file is read as what its
         * bytes are (with that warning when its extension declares another format). A file named as a document whose
         * bytes are a page is read as that page with true, and refused with false, as one whose bytes are no page
         * always is (see {@link ReportReader#read(Path)}).
         *
         * @param fromContent whether the content may override a declared format
         * @return this builder
         */
        public Builder formatFromContent(boolean fromContent) {
            this.formatFromContent = fromContent;
            return this;
        }

        /**
         * Sets the longest page accepted, in characters (default 8 000 000). A file may have up to four
         * bytes per character.
         *
         * @param chars the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxInputLength(int chars) {
            this.maxInputLength = positive(chars, "maxInputLength");
            return this;
        }

        /**
         * Sets how many candidate readings an {@link Ambiguity} lists at most (default 20); the total
         * count is always given.
         *
         * @param candidates the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxCandidates(int candidates) {
            this.maxCandidates = positive(candidates, "maxCandidates");
            return this;
        }

        /**
         * Sets the budget of the search for splits of one glued run (default 200 000 steps). A run whose
         * search exceeds it is reported as an ambiguity, never split.
         *
         * @param steps the budget, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the budget is below 1
         */
        public Builder maxSplitSteps(int steps) {
            this.maxSplitSteps = positive(steps, "maxSplitSteps");
            return this;
        }

        /**
         * Sets the largest number of grid cells (rows times columns, spans included) accepted over all the
         * tables of an HTML page (default 200 000).
         *
         * @param cells the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxHtmlGridCells(int cells) {
            this.maxHtmlGridCells = positive(cells, "maxHtmlGridCells");
            return this;
        }

        private static int positive(int v, String name) {
            if (v < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + v);
            }
            return v;
        }

        /**
         * Builds the reader.
         *
         * @return a reader, never null
         */
        public ReportReader build() {
            return new ReportReader(this);
        }
    }
}
