package io.github.gongkai.json.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The message of a limit the parser met, in the library's words: which limit of {@code ReportJson.Limits} and its
 * value. Jackson's own names its internals ({@code StreamReadConstraints.getMaxStringLength()}) and a length it
 * stopped counting at, not the value's. Not part of the API.
 */
public final class LimitMessages {

    /** Jackson's message: what, the length it reached, the maximum and the getter it comes from. */
    private static final Pattern JACKSON = Pattern.compile(
            "\\(\\d+\\) exceeds the maximum allowed \\((\\d+), from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`\\)");

    /** The limits of {@code ReportJson.Limits}, by the getter's name after {@code getMax}. */
    private static final Set<String> LIMITS = Set.of("StringLength", "DocumentLength", "NestingDepth", "NumberLength",
            "NameLength");

    private LimitMessages() {
    }

    /**
     * Says which limit was exceeded.
     *
     * @param e the parser's error
     * @return such as {@code input exceeds a limit: a string is longer than 5 characters
     *     (ReportJson.Limits.maxStringLength)}; Jackson's message after {@code input exceeds a limit: } if it is
     *     not one of the limits above
     */
    public static JsonProblem describe(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        Matcher m = JACKSON.matcher(message);
        if (m.find() && LIMITS.contains(m.group(2))) {
            return JsonProblem.of("problem.limit", JsonProblem.of("limit." + m.group(2), m.group(1)), m.group(2));
        }
        return JsonProblem.of("problem.limit.other", JsonText.printable(message));
    }
}
