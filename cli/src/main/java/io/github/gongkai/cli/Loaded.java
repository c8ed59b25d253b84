package io.github.gongkai.cli;

import io.github.gongkai.core.Report;
import io.github.gongkai.reader.ReadingReport;
import java.util.Optional;

/**
 * What one input yielded: a report (with how it was read, for a published page) or the reason it could
 * not be read, with the place.
 */
sealed interface Loaded {

    /** The file, or {@code file:line} for a line of a JSON Lines file. */
    String source();

    /**
     * A report read from a page or a JSON document.
     *
     * @param source where it came from
     * @param report the report as printed
     * @param reading how the page was read; empty for JSON
     */
    record Read(String source, Report report, Optional<ReadingReport> reading) implements Loaded {
    }

    /**
     * An input that could not be read.
     *
     * @param source where it came from
     * @param reason what is wrong, naming the place (line, JSON pointer), in the output's language
     * @param englishReason the same in English, whatever the output's language: what JSON output carries, since
     *     a program reading it must not depend on {@code --lang}
     * @param hint what to do next
     */
    record Unreadable(String source, String reason, String englishReason, String hint) implements Loaded {
    }
}
