package io.github.gongkai.render;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.core.internal.MessageText;
import io.github.gongkai.render.internal.Tally;
import io.github.gongkai.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of a {@link ReportIndexPage}: an input of a batch, checked or not readable, with what the index shows
 * of it. It keeps counts and a digest, not the report, so that an index of many thousand reports fits in memory.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param source the input's name, such as its path in the batch
 * @param page the relative URL of the input's {@link CheckedReportPage}, if one was written
 * @param verdict the verdict
 * @param header the report's header; empty exactly when the verdict is {@link Verdict#UNREADABLE}
 * @param errors failed findings of severity error
 * @param warnings failed findings of a lower severity
 * @param notAssessable findings that could not be assessed
 * @param unread cells not read
 * @param tablesDigest a SHA-256 digest (hex) of every cell's value, the same for two reports exactly when their
 *     tables hold the same values; empty for an unreadable input
 * @param problem why the input could not be read; present exactly when the verdict is {@link Verdict#UNREADABLE}
 */
public record IndexEntry(String source, Optional<String> page, Verdict verdict, Optional<ReportHeader> header,
        int errors, int warnings, int notAssessable, int unread, Optional<String> tablesDigest,
        Optional<String> problem) {

    /** A URL with a scheme ({@code javascript:}, {@code https:}): not a page beside the index. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /**
     * Checks the entry.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a count is negative, the page is not a relative URL, or the header and
     *     the problem do not match the verdict
     */
    public IndexEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(tablesDigest, "tablesDigest");
        Objects.requireNonNull(problem, "problem");
        if (errors < 0 || warnings < 0 || notAssessable < 0 || unread < 0) {
            throw new IllegalArgumentException("negative count in " + MessageText.printable(source));
        }
        if (page.isPresent() && (SCHEME.matcher(page.get()).find() || page.get().startsWith("//"))) {
            throw new IllegalArgumentException("the page must be a relative URL, not "
                    + MessageText.printable(page.get()));
        }
        boolean unreadable = verdict == Verdict.UNREADABLE;
        if (header.isEmpty() != unreadable || problem.isPresent() != unreadable) {
            throw new IllegalArgumentException("an unreadable input has a problem and no header; a read one the "
                    + "reverse: " + MessageText.printable(source));
        }
    }

    /**
     * Obtains the entry of a checked report.
     *
     * @param source the input's name
     * @param page the relative URL of its page, or null if none was written
     * @param report the report
     * @param result the result of validating it
     * @return the entry, never null
     */
    public static IndexEntry checked(String source, String page, Report report, ValidationResult result) {
        Tally tally = Tally.of(report, result);
        return new IndexEntry(source, Optional.ofNullable(page), Verdict.of(report, result), Optional.of(report.header()),
                tally.errors(), tally.warnings(), tally.notAssessable(), tally.unread(),
                Optional.of(digest(report)), Optional.empty());
    }

    /**
     * Obtains the entry of an input that could not be read.
     *
     * @param source the input's name
     * @param problem why, naming the place
     * @return the entry, never null
     */
    public static IndexEntry unreadable(String source, String problem) {
        return new IndexEntry(source, Optional.empty(), Verdict.UNREADABLE, Optional.empty(), 0, 0, 0, 0,
                Optional.empty(), Optional.of(problem));
    }

    private static String digest(Report report) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        sha.update(report.edition().key().getBytes(StandardCharsets.UTF_8));
        for (Cell cell : report.cells()) {
            CellValue value = cell.value();
            String line = "\n" + cell.ref() + "\t" + value.getClass().getSimpleName() + "\t" + value;
            sha.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
