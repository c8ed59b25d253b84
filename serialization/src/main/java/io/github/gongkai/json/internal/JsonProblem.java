package io.github.gongkai.json.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@code ReportJsonException} says was wrong, in any language: the key of a text in
 * {@code JsonMessages.properties} (and its Chinese twin) and the text's arguments, each either a value (a number, or
 * outside text already quoted through {@link JsonText#quote}), inserted as it is, or a problem of its own, a phrase
 * put in the same language (what was expected, a token found). A problem made of a text (by {@link #literal}) is
 * that text in every language. Immutable and serializable, so that the exception carries it.
 */
public final class JsonProblem implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Serializable[] NONE = {};

    /** The key, or null for a literal text. */
    private final String key;
    /** The literal text, or the arguments' holder when {@link #key} is set. */
    private final String literal;
    /** Strings and problems. */
    private final Serializable[] arguments;

    private JsonProblem(String key, String literal, Serializable[] arguments) {
        this.key = key;
        this.literal = literal;
        this.arguments = arguments;
    }

    /**
     * A keyed text.
     *
     * @param key the key in {@code JsonMessages.properties}
     * @param arguments the values of {@code {0}}, {@code {1}}, …: problems are put in the text's language, anything
     *     else is inserted as {@link String#valueOf(Object)} writes it
     * @return the problem, never null
     */
    public static JsonProblem of(String key, Object... arguments) {
        Serializable[] values = arguments.length == 0 ? NONE : new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] instanceof JsonProblem problem ? problem : String.valueOf(arguments[i]);
        }
        return new JsonProblem(Objects.requireNonNull(key, "key"), null, values);
    }

    /**
     * A text that is the same in every language: one given by a caller of the public constructor, or one
     * from outside the library.
     *
     * @param text the text
     * @return the problem, never null
     */
    public static JsonProblem literal(String text) {
        return new JsonProblem(null, Objects.requireNonNull(text, "text"), NONE);
    }

    /**
     * Puts the problem into words.
     *
     * @param locale the language: Chinese for {@code zh}, English otherwise
     * @return the text, never null
     */
    public String text(Locale locale) {
        if (key == null) {
            return literal;
        }
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments[i] instanceof JsonProblem problem ? problem.text(locale) : arguments[i];
        }
        return JsonTexts.text(locale, key, values);
    }

    @Override
    public String toString() {
        return key == null ? literal : key + Arrays.toString(arguments);
    }
}
