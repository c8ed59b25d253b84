package io.github.gongkai.validation.internal;

/** Lets the tests of the API package ask {@link TypingErrors} whether a change is a typing slip. */
public final class TypingErrorsAccess {

    private TypingErrorsAccess() {
    }

    /** Tells whether printing {@code printed} for {@code intended} is one typing slip. */
    public static boolean isSlip(long printed, long intended) {
        return TypingErrors.explain(printed, intended).isPresent();
    }
}
