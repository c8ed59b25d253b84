package io.github.gongkai.reader.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * What reading one document may cost, so that a hostile file (a zip bomb, a PDF of a million pages or of
 * endlessly nested objects) fails fast with {@link io.github.gongkai.reader.ReportReadException.Reason#LIMIT_EXCEEDED}
 * instead of taking the process down. An immutable value.
 *
 * @param maxPages the most pages a PDF may have
 * @param maxExpandedBytes the most bytes a document's parts may expand to (a Word package's entries, a PDF's
 *     decompressed content streams)
 * @param maxTextChars the most characters of text a document may yield
 * @param maxTime the longest a document may take to lay out
 */
public record DocumentLimits(int maxPages, long maxExpandedBytes, int maxTextChars, Duration maxTime) {

    /** 200 pages, 256 MB expanded, 8 000 000 characters, 30 seconds. */
    /** The longest time a deadline counts: about 146 years, so that a deadline stays comparable to the clock. */
    private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE / 2);
    private static final DocumentLimits DEFAULTS = new DocumentLimits(200, 256L << 20, 8_000_000,
            Duration.ofSeconds(30));

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     * @throws NullPointerException if the time is null
     */
    public DocumentLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxPages < 1 || maxExpandedBytes < 1 || maxTextChars < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("document limits must be positive, were " + maxPages + " pages, "
                    + maxExpandedBytes + " bytes, " + maxTextChars + " characters, " + maxTime);
        }
    }

    /**
     * Returns the default limits: 200 pages, 256 MB expanded, 8 000 000 characters, 30 seconds, far above any
     * real report (a few pages, a few hundred KB).
     *
     * @return the defaults, never null
     */
    public static DocumentLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a deadline for a read that starts now. A time of more than about 146 years (such as
     * {@code ChronoUnit.FOREVER.getDuration()}, for no limit) counts as that long, so that the deadline can be
     * compared with the clock as {@code System.nanoTime() - deadline > 0} and no arithmetic overflows.
     *
     * @return the {@link System#nanoTime()} past which the read must stop
     */
    public long deadline() {
        return System.nanoTime() + (maxTime.compareTo(LONGEST) > 0 ? LONGEST : maxTime).toNanos();
    }
}
