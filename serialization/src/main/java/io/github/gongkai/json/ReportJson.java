package io.github.gongkai.json;

import io.github.gongkai.core.Report;
import io.github.gongkai.json.internal.JsonFailures;
import io.github.gongkai.json.internal.JsonProblem;
import io.github.gongkai.json.internal.JsonReportParser;
import io.github.gongkai.json.internal.LimitMessages;
import io.github.gongkai.json.internal.ReportWriter;
import io.github.gongkai.json.internal.Utf16;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes reports as JSON without any Jackson configuration: the entry point for most users.
 *
 * <pre>{@code
 * ReportJson json = ReportJson.standard();
 * Report report = json.read(Path.of("liangshan-2021.json"));
 * String compact = json.write(report);
 * }</pre>
 *
 * <p><b>Writing</b> is canonical: members in one fixed order (that of {@code CellRef.all(edition)} for the
 * cells), no insignificant whitespace in the compact form, two-space indentation, {@code "name": value} and a
 * final line feed in the {@linkplain Builder#pretty(boolean) pretty} form, UTF-8, and only the characters
 * JSON requires escaped. Writing what was read from a canonical document gives the same bytes. Writing cannot
 * fail on a report's text, and never in the middle of the output because of it: the core model holds no
 * unpaired surrogate (its constructors reject one), so every text is well-formed Unicode that UTF-8, and any
 * other Unicode encoding, can encode, even through an encoder that reports errors. Only the target itself
 * can fail, as an {@link UncheckedIOException}.
 *
 * <p><b>Reading</b> is strict: every member of the format must be present exactly once, nothing else may
 * be, every value must have its exact type and range, and the input must be one JSON document within the
 * {@linkplain Limits limits}. Any failure is a {@link ReportJsonException} naming the JSON Pointer of the
 * offending value. Members may come in any order. The document must be I-JSON (RFC 7493) in its text: a
 * string or member name holding an unpaired surrogate, escaped ({@code "\}{@code ud800"}) or not (from a
 * {@code String} or {@code Reader}), is {@link ReportJsonException.Kind#MALFORMED_JSON}, at the value's
 * pointer or, for a member name, at the object's. A text the report keeps that the model does not allow (a
 * control character in the organ's name or the source; one other than TAB, LF and CR in a narrative) is
 * {@link ReportJsonException.Kind#INVALID_VALUE} at its pointer, such as {@code /header/organName}.
 *
 * <p>Streams, readers and writers passed in are neither closed nor wrapped in buffers beyond Jackson's own;
 * files are opened and closed by the method. An I/O failure is an {@link UncheckedIOException}.
 *
 * <p>Reading and writing use Jackson 3's streaming API ({@code jackson-core}) only, never
 * {@code jackson-databind}, so they work where the class path holds an older {@code jackson-annotations} than
 * Jackson 3's databind needs (Spring Boot 3 manages 2.19); {@link GongkaiJacksonModule} needs databind.
 *
 * <p>Instances are immutable and thread-safe; keep and share one.
 */
public final class ReportJson {

    /** The value of the {@code format} member of every document. */
    public static final String FORMAT = "gongkai.report";
    /**
     * The newest version of the JSON format, the value of {@code version}, that this library writes and reads:
     * version 2 is version 1 with one more cell form, the unread cell ({@code {"unread": reason}}). A report is
     * written as version 2 only when a cell is {@linkplain io.github.gongkai.core.CellValue.Unread unread}, and
     * as {@link #FIRST_VERSION} otherwise (see {@link #versionOf(Report)}); both are read.
     */
    public static final int VERSION = 2;
    /**
     * The first version of the JSON format, still written for every report without an unread cell, and read: in
     * a document of this version an unread cell is an error ({@link ReportJsonException.Kind#UNSUPPORTED_FORMAT}
     * at the cell's pointer).
     */
    public static final int FIRST_VERSION = 1;
    /** The class-path resource holding the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/gongkai/json/report.schema.json";

    /** The byte order mark, ignored at the start of a text as Jackson ignores it at the start of bytes. */
    private static final char BOM = '\uFEFF';

    private static final ReportJson STANDARD = builder().build();

    private final Limits limits;
    private final boolean pretty;
    private final JsonFactory factory;
    private final ObjectWriteContext writer;
    private final ObjectWriteContext lineWriter;

    private ReportJson(Builder builder) {
        this.limits = builder.limits;
        this.pretty = builder.pretty;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(limits.toConstraints())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .build();
        // Streaming only (jackson-core): reading and writing never touch jackson-databind, whose annotation
        // introspection needs jackson-annotations 2.21 or newer. So ReportJson runs where an older
        // jackson-annotations wins, as under Spring Boot 3 with the Jackson 2 module (gongkai-jackson2).
        this.writer = new WriteSettings(factory, pretty, true);
        this.lineWriter = new WriteSettings(factory, false, false);
    }

    /**
     * What a generator is created with: the factory, a fresh pretty printer for each generator (a
     * {@link DefaultPrettyPrinter} keeps the nesting level, so one is never shared), and whether flushing the
     * generator flushes the target.
     */
    private static final class WriteSettings extends ObjectWriteContext.Base {
        private final JsonFactory factory;
        private final boolean pretty;
        private final boolean flushTarget;

        WriteSettings(JsonFactory factory, boolean pretty, boolean flushTarget) {
            this.factory = factory;
            this.pretty = pretty;
            this.flushTarget = flushTarget;
        }

        @Override
        public JsonFactory tokenStreamFactory() {
            return factory;
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return pretty ? prettyPrinter() : null;
        }

        @Override
        public int getStreamWriteFeatures(int defaults) {
            return flushTarget ? defaults : defaults & ~StreamWriteFeature.FLUSH_PASSED_TO_STREAM.getMask();
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * Returns the standard instance: compact output and the {@linkplain Limits#defaults() default limits}.
     *
     * @return the shared instance, never null
     */
    public static ReportJson standard() {
        return STANDARD;
    }

    /**
     * Starts configuring an instance, from the standard settings.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this instance's settings.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder().limits(limits).pretty(pretty);
    }

    /**
     * Returns the limits that reading enforces.
     *
     * @return the limits, never null
     */
    public Limits limits() {
        return limits;
    }

    /**
     * Tells whether this instance writes the indented form.
     *
     * @return true for pretty output, false for compact
     */
    public boolean isPretty() {
        return pretty;
    }

    /**
     * Returns the JSON Lines reader and writer using this instance's limits. JSON Lines are always compact.
     *
     * @return a JSON Lines codec, never null
     */
    public JsonLines lines() {
        return new JsonLines(this.pretty ? toBuilder().pretty(false).build() : this);
    }

    // ---------------------------------------------------------------------------------------------- read

    /**
     * Reads a report from a JSON text. A byte order mark (U+FEFF) at its start is ignored, as it is in
     * bytes, streams, files and JSON Lines.
     *
     * @param json the document
     * @return the report, never null
     * @throws ReportJsonException if the text is not a valid report document
     */
    public Report read(String json) {
        Objects.requireNonNull(json, "json");
        String text = !json.isEmpty() && json.charAt(0) == BOM ? json.substring(1) : json;
        return read(ctx -> factory.createParser(ctx, text), () -> false);
    }

    /**
     * Reads a report from JSON bytes (UTF-8; UTF-16 and UTF-32 are detected). Bytes that are not valid in
     * the detected encoding are {@link ReportJsonException.Kind#MALFORMED_JSON}.
     *
     * @param json the document
     * @return the report, never null
     * @throws ReportJsonException if the bytes are not a valid report document
     */
    public Report read(byte[] json) {
        Objects.requireNonNull(json, "json");
        Charset utf16 = Utf16.of(json, json.length);
        if (utf16 != null) {
            return readUtf16(new ByteArrayInputStream(json), utf16, () -> false);
        }
        return read(ctx -> factory.createParser(ctx, json), () -> false);
    }

    /**
     * Reads a report from a stream holding exactly one document. The stream is read to its end and not
     * closed. Its encoding is detected as for {@link #read(byte[])}; bytes that are not valid in it are
     * {@link ReportJsonException.Kind#MALFORMED_JSON}, while a failure of the stream itself is an I/O error.
     *
     * @param in the stream
     * @return the report, never null
     * @throws ReportJsonException if the content is not a valid report document
     * @throws UncheckedIOException if reading fails
     */
    public Report read(InputStream in) {
        Objects.requireNonNull(in, "in");
        FailureTrackingInputStream tracked = new FailureTrackingInputStream(in);
        PushbackInputStream peeked = new PushbackInputStream(tracked, 4);
        Charset utf16;
        try {
            byte[] head = peeked.readNBytes(4);
            peeked.unread(head);
            utf16 = Utf16.of(head, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (utf16 != null) {
            return readUtf16(peeked, utf16, tracked::failed);
        }
        return read(ctx -> factory.createParser(ctx, peeked), tracked::failed);
    }

    /**
     * Reads UTF-16 bytes through a decoder that reports what it cannot decode (Jackson's own replaces it
     * with U+FFFD), so that an unpaired surrogate is malformed JSON, not a character the document lacks.
     */
    private Report readUtf16(InputStream in, Charset charset, BooleanSupplier sourceFailed) {
        Reader strict = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        PushbackReader unmarked;
        try {
            unmarked = withoutBom(strict);
        } catch (CharacterCodingException e) {
            throw JsonFailures.exception(ReportJsonException.Kind.MALFORMED_JSON, "",
                    JsonProblem.of("problem.undecodableAs", charset, e.getMessage()), null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(ctx -> factory.createParser(ctx, unmarked), sourceFailed);
    }

    /** The reader without a byte order mark (U+FEFF) at its start. */
    private static PushbackReader withoutBom(Reader in) throws IOException {
        PushbackReader unmarked = new PushbackReader(in, 1);
        int first = unmarked.read();
        if (first >= 0 && first != BOM) {
            unmarked.unread(first);
        }
        return unmarked;
    }

    /**
     * Reads a report from a character stream holding exactly one document. The reader is read to its end
     * and not closed. A byte order mark (U+FEFF) at its start is ignored.
     *
     * @param in the reader
     * @return the report, never null
     * @throws ReportJsonException if the content is not a valid report document
     * @throws UncheckedIOException if reading fails
     */
    public Report read(Reader in) {
        Objects.requireNonNull(in, "in");
        PushbackReader unmarked;
        try {
            unmarked = withoutBom(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(ctx -> factory.createParser(ctx, unmarked), () -> true);
    }

    /**
     * Reads a report from a file.
     *
     * @param file the file
     * @return the report, never null
     * @throws ReportJsonException if the content is not a valid report document
     * @throws UncheckedIOException if the file cannot be read
     */
    public Report read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses one document.
     *
     * @param open creates the parser
     * @param sourceFailed tells whether the source itself failed (an I/O error) rather than its content
     *     (bytes that the parser's encoding detection or decoding rejects)
     */
    private Report read(Function<ObjectReadContext, JsonParser> open, BooleanSupplier sourceFailed) {
        JsonParser opened;
        try {
            opened = open.apply(ObjectReadContext.empty());
        } catch (StreamConstraintsException e) {
            // Input of known length (a String, a byte array) is checked against the limits up front.
            throw JsonFailures.exception(ReportJsonException.Kind.LIMIT_EXCEEDED, "", LimitMessages.describe(e), null,
                    e);
        } catch (JacksonIOException e) {
            throw ioFailure(e, sourceFailed);
        }
        try (JsonParser parser = opened) {
            return JsonReportParser.readDocument(parser);
        } catch (JacksonIOException e) {
            throw ioFailure(e, sourceFailed);
        }
    }

    private static RuntimeException ioFailure(JacksonIOException e, BooleanSupplier sourceFailed) {
        if (sourceFailed.getAsBoolean()) {
            return new UncheckedIOException(e.getCause());
        }
        return JsonReportParser.undecodable(e);
    }

    /** Remembers whether the stream it wraps failed, to tell a failing stream from undecodable content. */
    private static final class FailureTrackingInputStream extends FilterInputStream {
        private boolean failed;

        FailureTrackingInputStream(InputStream in) {
            super(in);
        }

        boolean failed() {
            return failed;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }

    // --------------------------------------------------------------------------------------------- write

    /**
     * Returns the version of the format that a report's document has: {@link #VERSION} (2) if a cell of the
     * report is {@linkplain io.github.gongkai.core.CellValue.Unread unread}, else {@link #FIRST_VERSION} (1),
     * so that a reader of version 1 still reads every report that version 1 can hold.
     *
     * @param report the report
     * @return 1 or 2, the {@code version} that writing the report writes
     */
    public static int versionOf(Report report) {
        return ReportWriter.version(Objects.requireNonNull(report, "report"));
    }

    /**
     * Writes a report as a JSON text.
     *
     * @param report the report
     * @return the canonical document, never null
     */
    public String write(Report report) {
        StringWriter out = new StringWriter(8192);
        write(report, out);
        return out.toString();
    }

    /**
     * Writes a report as UTF-8 bytes.
     *
     * @param report the report
     * @return the canonical document, never null
     */
    public byte[] writeBytes(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        write(report, out);
        return out.toByteArray();
    }

    /**
     * Writes a report to a stream in UTF-8, then flushes the stream; the stream is not closed. Every text of a
     * report can be encoded, so only the stream can fail.
     *
     * @param report the report
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public void write(Report report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = writer.createGenerator(out, JsonEncoding.UTF8)) {
            write(report, g);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Writes a report to a character stream, then flushes it; the writer is not closed. A report holds no
     * unpaired surrogate, so a writer whose encoder reports malformed input (as {@code Files.newBufferedWriter}'s
     * does) cannot fail on it with a {@code MalformedInputException}, in the middle of the output or at the
     * flush; only the writer's own I/O can fail.
     *
     * @param report the report
     * @param out the writer
     * @throws UncheckedIOException if writing fails
     */
    public void write(Report report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = writer.createGenerator(out)) {
            write(report, g);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Writes a report to a file in UTF-8, creating or replacing it. Every text of a report can be encoded, so
     * only the file system can fail.
     *
     * @param report the report
     * @param file the file
     * @throws UncheckedIOException if writing fails
     */
    public void write(Report report, Path file) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one compact document without flushing the writer, for JSON Lines. */
    void writeLine(Report report, Writer out) {
        Objects.requireNonNull(report, "report");
        try (JsonGenerator g = lineWriter.createGenerator(out)) {
            ReportWriter.write(report, g);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    private void write(Report report, JsonGenerator g) {
        ReportWriter.write(report, g);
        if (pretty) {
            g.writeRaw('\n');
        }
    }

    // -------------------------------------------------------------------------------------------- schema

    /**
     * Returns the JSON Schema (draft 2020-12) that every document this library writes satisfies, as
     * shipped in {@link #SCHEMA_RESOURCE}.
     *
     * @return the schema text, never null
     */
    public static String schema() {
        try (InputStream in = ReportJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ReportJson[" + (pretty ? "pretty" : "compact") + ", " + limits + "]";
    }

    // -------------------------------------------------------------------------------------------- limits

    /**
     * Limits that reading enforces against hostile or broken input; exceeding one is a
     * {@link ReportJsonException} of kind {@link ReportJsonException.Kind#LIMIT_EXCEEDED}. A typical report
     * is about 10 KB compact; the defaults leave room for long narratives.
     *
     * <p>An immutable value.
     *
     * @param maxDocumentLength the longest document, in bytes (or characters for text input); also the
     *     longest line of a JSON Lines file, in characters
     * @param maxNestingDepth the deepest nesting of objects and arrays (a valid report needs 4, and 6 with a merged unread cell)
     * @param maxNumberLength the most characters in one number
     * @param maxStringLength the most characters in one string value
     * @param maxNameLength the most characters in one member name
     */
    public record Limits(long maxDocumentLength, int maxNestingDepth, int maxNumberLength, int maxStringLength,
            int maxNameLength) {

        private static final Limits DEFAULTS = new Limits(4L << 20, 16, 32, 1 << 20, 256);

        /**
         * Returns the default limits: documents up to 4 MiB, nesting up to 16, numbers up to 32 characters,
         * strings up to 1 Mi characters, names up to 256 characters.
         *
         * @return the defaults, never null
         */
        public static Limits defaults() {
            return DEFAULTS;
        }

        /**
         * Checks every limit is positive.
         *
         * @throws IllegalArgumentException if a limit is zero or negative
         */
        public Limits {
            positive(maxDocumentLength, "maxDocumentLength");
            positive(maxNestingDepth, "maxNestingDepth");
            positive(maxNumberLength, "maxNumberLength");
            positive(maxStringLength, "maxStringLength");
            positive(maxNameLength, "maxNameLength");
        }

        private static void positive(long value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
        }

        /**
         * Returns a copy with another maximum document length.
         *
         * @param max bytes or characters
         * @return new limits, never null
         */
        public Limits withMaxDocumentLength(long max) {
            return new Limits(max, maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength);
        }

        /**
         * Returns a copy with another maximum nesting depth.
         *
         * @param max levels of objects and arrays
         * @return new limits, never null
         */
        public Limits withMaxNestingDepth(int max) {
            return new Limits(maxDocumentLength, max, maxNumberLength, maxStringLength, maxNameLength);
        }

        /**
         * Returns a copy with another maximum number length.
         *
         * @param max characters
         * @return new limits, never null
         */
        public Limits withMaxNumberLength(int max) {
            return new Limits(maxDocumentLength, maxNestingDepth, max, maxStringLength, maxNameLength);
        }

        /**
         * Returns a copy with another maximum string length.
         *
         * @param max characters
         * @return new limits, never null
         */
        public Limits withMaxStringLength(int max) {
            return new Limits(maxDocumentLength, maxNestingDepth, maxNumberLength, max, maxNameLength);
        }

        /**
         * Returns a copy with another maximum member name length.
         *
         * @param max characters
         * @return new limits, never null
         */
        public Limits withMaxNameLength(int max) {
            return new Limits(maxDocumentLength, maxNestingDepth, maxNumberLength, maxStringLength, max);
        }

        /**
         * Returns these limits as Jackson stream read constraints, for configuring a {@code JsonMapper} that
         * reads reports with {@link GongkaiJacksonModule}.
         *
         * @return the constraints, never null
         */
        public StreamReadConstraints toConstraints() {
            return StreamReadConstraints.builder()
                    .maxDocumentLength(maxDocumentLength)
                    .maxNestingDepth(maxNestingDepth)
                    .maxNumberLength(maxNumberLength)
                    .maxStringLength(maxStringLength)
                    .maxNameLength(maxNameLength)
                    .build();
        }
    }

    /** Configures a {@link ReportJson}. Not thread-safe. */
    public static final class Builder {
        private Limits limits = Limits.defaults();
        private boolean pretty;

        private Builder() {
        }

        /**
         * Sets the limits that reading enforces.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Chooses the indented form (true) or the compact form (false, the default) for writing.
         *
         * @param pretty whether to indent
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return a new instance, never null
         */
        public ReportJson build() {
            return new ReportJson(this);
        }
    }
}
