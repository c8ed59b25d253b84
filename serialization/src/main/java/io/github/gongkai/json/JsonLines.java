package io.github.gongkai.json;

import io.github.gongkai.core.Report;
import io.github.gongkai.json.internal.JsonFailures;
import io.github.gongkai.json.internal.JsonProblem;
import io.github.gongkai.json.internal.LineReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and writes corpora of reports as JSON Lines: one compact report document per line, UTF-8, lines
 * ending in LF (a CR before it is accepted on reading).
 *
 * <p>Reading streams: at most one line is held at a time, so a file of a million reports is read in
 * constant memory. {@link #read(Reader)} yields one {@link Line} per line of the input, either the report or
 * the {@link ReportJsonException} that the line caused, which names its line number; a bad line never stops
 * the rest. {@link #readReports(Reader)} instead stops at the first bad line by throwing its exception. An
 * empty line, or one longer than {@link ReportJson.Limits#maxDocumentLength()} characters, is a bad line.
 *
 * <pre>{@code
 * try (Stream<JsonLines.Line> lines = ReportJson.standard().lines().read(Path.of("corpus.jsonl"))) {
 *     lines.forEach(line -> {
 *         if (line instanceof JsonLines.Parsed parsed) {
 *             use(parsed.report());
 *         } else {
 *             System.err.println(((JsonLines.Failed) line).error().getMessage());
 *         }
 *     });
 * }
 * }</pre>
 *
 * <p>Every line is read as {@link ReportJson#read(String)} reads a document: a line with an unpaired surrogate
 * is malformed JSON, a line whose organ's name holds a control character an invalid value, and neither
 * stops the lines after it. Writing cannot fail on a report's text, which the core model keeps well-formed:
 * the line writers' encoders, strict ones included, never meet a character they cannot encode.
 *
 * <p>Obtain an instance from {@link ReportJson#lines()}. Instances are immutable and thread-safe; the streams
 * and writers they return are not.
 */
public final class JsonLines {

    private final ReportJson json;

    JsonLines(ReportJson json) {
        this.json = json;
    }

    /**
     * The outcome of reading one line: a {@link Parsed} report or a {@link Failed} line.
     */
    public sealed interface Line permits Parsed, Failed {

        /**
         * Returns the line's number in the input, counting from 1.
         *
         * @return the line number
         */
        long lineNumber();

        /**
         * Returns the report, or throws the line's error.
         *
         * @return the report, never null
         * @throws ReportJsonException if the line was bad
         */
        Report orElseThrow();
    }

    /**
     * A line that held a valid report.
     *
     * @param lineNumber the line's number, counting from 1
     * @param report the report
     */
    public record Parsed(long lineNumber, Report report) implements Line {
        /**
         * Checks the arguments.
         *
         * @throws NullPointerException if the report is null
         * @throws IllegalArgumentException if the line number is below 1
         */
        public Parsed {
            Objects.requireNonNull(report, "report");
            checkLineNumber(lineNumber);
        }

        @Override
        public Report orElseThrow() {
            return report;
        }
    }

    /**
     * A line that did not hold a valid report.
     *
     * @param lineNumber the line's number, counting from 1
     * @param error what was wrong, located by line number and JSON Pointer
     */
    public record Failed(long lineNumber, ReportJsonException error) implements Line {
        /**
         * Checks the arguments.
         *
         * @throws NullPointerException if the error is null
         * @throws IllegalArgumentException if the line number is below 1, or the error names another line
         */
        public Failed {
            Objects.requireNonNull(error, "error");
            checkLineNumber(lineNumber);
            if (error.lineNumber().isPresent() && error.lineNumber().getAsLong() != lineNumber) {
                throw new IllegalArgumentException("the error names line " + error.lineNumber().getAsLong()
                        + ", not line " + lineNumber);
            }
        }

        @Override
        public Report orElseThrow() {
            throw error;
        }
    }

    // ---------------------------------------------------------------------------------------------- read

    /**
     * Reads every line of a character stream, lazily. Closing the returned stream closes the reader.
     *
     * @param in the lines
     * @return one element per line, in order; a sequential stream to be used once
     * @throws UncheckedIOException from the stream's operations if reading fails
     */
    public Stream<Line> read(Reader in) {
        Objects.requireNonNull(in, "in");
        LineReader lines = new LineReader(in, json.limits().maxDocumentLength());
        Spliterator<Line> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super Line> action) {
                String text;
                try {
                    text = lines.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (text == null) {
                    return false;
                }
                action.accept(parse(text, lines.lineNumber(), lines.wasOverlong()));
                return true;
            }
        };
        return StreamSupport.stream(spliterator, false).onClose(() -> {
            try {
                lines.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads every line of a UTF-8 file, lazily. Close the returned stream to close the file.
     *
     * @param file the file
     * @return one element per line, in order
     * @throws UncheckedIOException if the file cannot be opened, or from the stream's operations if reading
     *     fails
     */
    public Stream<Line> read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return read(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the reports of a character stream, lazily, stopping at the first bad line. Closing the returned
     * stream closes the reader.
     *
     * @param in the lines
     * @return the reports, in order
     * @throws ReportJsonException from the stream's operations at the first bad line, with its line number
     */
    public Stream<Report> readReports(Reader in) {
        return read(in).map(Line::orElseThrow);
    }

    /**
     * Reads the reports of a UTF-8 file, lazily, stopping at the first bad line. Close the returned stream to
     * close the file.
     *
     * @param file the file
     * @return the reports, in order
     * @throws ReportJsonException from the stream's operations at the first bad line, with its line number
     */
    public Stream<Report> readReports(Path file) {
        return read(file).map(Line::orElseThrow);
    }

    private static void checkLineNumber(long lineNumber) {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + lineNumber);
        }
    }

    private Line parse(String text, long lineNumber, boolean overlong) {
        if (overlong) {
            return new Failed(lineNumber, JsonFailures.exception(ReportJsonException.Kind.LIMIT_EXCEEDED, "",
                    JsonProblem.of("problem.longLine", json.limits().maxDocumentLength()), null, null)
                    .atLine(lineNumber));
        }
        if (text.isBlank()) {
            return new Failed(lineNumber, JsonFailures.exception(ReportJsonException.Kind.MALFORMED_JSON, "",
                    JsonProblem.of("problem.emptyLine"), null, null).atLine(lineNumber));
        }
        try {
            return new Parsed(lineNumber, json.read(text));
        } catch (ReportJsonException e) {
            return new Failed(lineNumber, e.atLine(lineNumber));
        }
    }

    // --------------------------------------------------------------------------------------------- write

    /**
     * Returns a writer that appends one line per report to a character stream. Closing it closes the stream.
     *
     * @param out where to write
     * @return a new writer, never null
     */
    public LineWriter writer(Writer out) {
        return new LineWriter(json, Objects.requireNonNull(out, "out"));
    }

    /**
     * Returns a writer that appends one UTF-8 line per report to a byte stream. Closing it closes the stream.
     *
     * @param out where to write
     * @return a new writer, never null
     */
    public LineWriter writer(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return new LineWriter(json, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536));
    }

    /**
     * Returns a writer that writes one line per report to a UTF-8 file, creating or replacing it.
     *
     * @param file the file
     * @return a new writer, never null
     * @throws UncheckedIOException if the file cannot be opened
     */
    public LineWriter writer(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new LineWriter(json, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends reports as canonical compact lines, each ended by LF. Not thread-safe.
     */
    public static final class LineWriter implements Closeable, Flushable {
        private final ReportJson json;
        private final Writer out;
        private long count;

        LineWriter(ReportJson json, Writer out) {
            this.json = json;
            this.out = out;
        }

        /**
         * Writes one report as one line.
         *
         * @param report the report
         * @return this writer
         * @throws UncheckedIOException if writing fails
         */
        public LineWriter write(Report report) {
            json.writeLine(report, out);
            try {
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count++;
            return this;
        }

        /**
         * Returns how many reports were written.
         *
         * @return the number of lines written
         */
        public long count() {
            return count;
        }

        /**
         * Flushes the underlying stream.
         *
         * @throws UncheckedIOException if flushing fails
         */
        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Flushes and closes the underlying stream.
         *
         * @throws UncheckedIOException if closing fails
         */
        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
