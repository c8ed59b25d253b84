package io.github.gongkai.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines from a {@link Reader} without ever holding more than one line, and no line longer than a
 * limit: the rest of an overlong line is skipped, not stored. Lines end at LF; a CR before the LF is
 * dropped, and so is a byte order mark at the start of the input. Not thread-safe.
 */
public final class LineReader implements Closeable {

    /** A byte order mark and a CR are dropped from a line, so they may come on top of the limit. */
    private static final int DROPPED_SLACK = 2;

    private final Reader in;
    private final long maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean overlong;
    private final StringBuilder line = new StringBuilder(16384);

    /**
     * Creates a line reader.
     *
     * @param in the characters
     * @param maxLength the longest line kept, in characters (without its line end)
     */
    public LineReader(Reader in, long maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * Reads the next line.
     *
     * @return the line without its line end, or null at the end of the input; empty for an overlong line,
     *     with {@link #wasOverlong()} true
     * @throws IOException if reading fails
     */
    public String next() throws IOException {
        line.setLength(0);
        overlong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < limit) {
                position++;
                break;
            }
        }
        lineNumber++;
        if (lineNumber == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        int end = line.length();
        if (!overlong && end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        if (!overlong && line.length() > maxLength) {
            overlong = true;
            line.setLength(0);
        }
        return line.toString();
    }

    private void append(int start, int end) {
        if (overlong) {
            return;
        }
        int n = end - start;
        if (line.length() + (long) n > maxLength + DROPPED_SLACK) {
            overlong = true;
            line.setLength(0);
            return;
        }
        line.append(buffer, start, n);
    }

    /**
     * Tells whether the last line read was longer than the limit.
     *
     * @return true if it was cut
     */
    public boolean wasOverlong() {
        return overlong;
    }

    /**
     * Returns the number of the last line read, counting from 1.
     *
     * @return the line number, 0 before the first line
     */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
