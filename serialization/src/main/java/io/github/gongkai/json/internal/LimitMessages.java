package io.github.gongkai.json.internal;

import java.util.Map;
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

    /** Per limit (the getter's name after {@code getMax}): what is over it. */
    private static final Map<String, String> WHAT = Map.of(
            "StringLength", "a string is longer than %s characters",
            "DocumentLength", "the document is longer than %s",
            "NestingDepth", "the document nests deeper than %s levels",
            "NumberLength", "a number is longer than %s characters",
            "NameLength", "a member name is longer than %s characters");

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
    public static String describe(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        Matcher m = JACKSON.matcher(message);
        String what = m.find() ? WHAT.get(m.group(2)) : null;
        return "input exceeds a limit: " + (what == null ? message
                : String.format(what, m.group(1)) + " (ReportJson.Limits.max" + m.group(2) + ")");
    }
}
