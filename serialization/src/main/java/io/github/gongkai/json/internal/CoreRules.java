package io.github.gongkai.json.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem for a value that a rule of the report model refuses, which the reader applies as it reads so that
 * there is one rule, not two (a not-applicable mark, a printed run or total, a text of the header or narrative).
 * In English it is the model's own explanation, as it is; in Chinese the known explanations, recognised by their
 * wording, are said in Chinese ({@code core.*}) with the values they name, and any other is quoted after Chinese
 * words. A test holds each known wording to the model's.
 */
final class CoreRules {

    /** The model's explanations this class knows: their wording and the key of their words. */
    private static final List<Known> KNOWN = List.of(
            new Known("a not-applicable mark must hold no digit", "core.markDigit"),
            new Known("a not-applicable mark must be (\\d+) to (\\d+) characters and not blank", "core.markLength"),
            new Known(".+ must hold no control character, found (U\\+[0-9A-F]{4,6}) at index (\\d+)", "core.control"),
            new Known(".+ must hold no control character other than TAB, LF and CR, found (U\\+[0-9A-F]{4,6}) at index"
                    + " (\\d+)", "core.controlMultiLine"),
            new Known(".+ must be well-formed Unicode, found the unpaired surrogate (U\\+[0-9A-F]{4,6}) at index"
                    + " (\\d+)", "core.surrogate"),
            new Known("a printed run is (\\d+) to (\\d+) characters of ASCII digits in groups separated by single"
                    + " spaces", "core.runText"),
            new Known("piece (-?\\d+) of (-?\\d+) is not a piece of a run", "core.piece"),
            new Known("('.*') cannot be cut into (\\d+) numbers", "core.runCut"),
            new Known("a printed total must not be negative, was (-?\\d+)", "core.totalNegative"),
            new Known("a printed total stands for (\\d+) to (\\d+) cells, not (\\d+)", "core.totalCells"),
            new Known("a printed total lists a cell twice: (.*)", "core.totalTwice"),
            new Known("a printed total's cells are of one table, in order: (.*)", "core.totalOrder"));

    private CoreRules() {
    }

    /** The model's explanation alone ({@code {0}} in English). */
    static JsonProblem refused(IllegalArgumentException e) {
        return refused(e.getMessage());
    }

    /** The model's explanation, such as that of an {@code InvalidCellException} ({@code {0}} in English). */
    static JsonProblem refused(String explanation) {
        return JsonProblem.of("problem.core", explanation, chinese(explanation));
    }

    /** The model's explanation and the value found ({@code {0}, found {2}} in English). */
    static JsonProblem refusedFound(IllegalArgumentException e, String found) {
        return JsonProblem.of("problem.core.found", e.getMessage(), chinese(e.getMessage()), found);
    }

    /** The words for the other language: a known explanation's own, else the explanation quoted. */
    private static JsonProblem chinese(String explanation) {
        for (Known known : KNOWN) {
            Matcher m = known.wording.matcher(explanation);
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = m.group(i + 1);
                }
                return JsonProblem.of(known.key, values);
            }
        }
        return JsonProblem.of("core.other", explanation);
    }

    /** One explanation of the model: its wording, whose groups are the values it names, and its key. */
    private record Known(Pattern wording, String key) {
        Known(String wording, String key) {
            this(Pattern.compile(wording), key);
        }
    }
}
