package io.github.gongkai.json.internal;

import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.lang.invoke.MethodHandles;
import tools.jackson.core.TokenStreamLocation;

/**
 * Makes the library's own {@link ReportJsonException}s, whose problem is a {@link JsonProblem} that can be put in
 * either language. The exception's constructor for that is private, since its type is not API: the exception
 * installs it here once, as it is initialized.
 */
public final class JsonFailures {

    /** The exception's private constructor. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Creates an exception.
         *
         * @param kind what kind of error
         * @param pointer the JSON Pointer of the offending value
         * @param problem what was found and what was expected
         * @param location where the parser was, or null
         * @param cause the underlying exception, or null
         * @return the exception, never null
         */
        ReportJsonException create(Kind kind, String pointer, JsonProblem problem, TokenStreamLocation location,
                Throwable cause);
    }

    private static volatile Factory factory;

    private JsonFailures() {
    }

    /**
     * Installs the exception's constructor; called once, by {@link ReportJsonException} itself.
     *
     * @param constructor the constructor
     * @throws IllegalStateException if one is installed already, or it is not the exception's
     */
    public static void install(Factory constructor) {
        if (factory != null
                || !constructor.getClass().getPackageName().equals(ReportJsonException.class.getPackageName())) {
            throw new IllegalStateException("ReportJsonException installs its constructor once");
        }
        factory = constructor;
    }

    /**
     * Creates an exception whose problem is a keyed text.
     *
     * @param kind what kind of error
     * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
     * @param problem what was found and what was expected
     * @param location where the parser was, or null if unknown
     * @param cause the underlying exception, or null
     * @return the exception, never null
     */
    public static ReportJsonException exception(Kind kind, String pointer, JsonProblem problem,
            TokenStreamLocation location, Throwable cause) {
        Factory constructor = factory;
        if (constructor == null) {
            initialize();
            constructor = factory;
        }
        return constructor.create(kind, pointer, problem, location, cause);
    }

    /** Initializes the exception's class, which installs its constructor. */
    private static void initialize() {
        try {
            MethodHandles.lookup().ensureInitialized(ReportJsonException.class);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot initialize ReportJsonException", e);
        }
    }
}
