package io.github.gongkai.testkit.junit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Puts a failing case's seed into what a build log shows, so that the case can be replayed from the log alone
 * (issue 17: Maven's Surefire names a case {@code method[24]}, not by its display name {@code #24 seed 0x…}).
 * {@link GeneratedReports} registers it.
 *
 * <p>An assertion failure is rethrown with the seed and how to replay it at the end of its message (an
 * {@link AssertionFailedError} keeps its expected and actual values); any other exception is rethrown as it
 * is, with the same note added as a suppressed exception, which every stack trace prints. A skipped case
 * ({@link TestAbortedException}) passes untouched, and so does a case whose display name shows no seed (a
 * {@code @ParameterizedTest(name = …)} pattern without the argument).
 */
public final class SeedOnFailure implements TestExecutionExceptionHandler {

    private static final Pattern SEED = Pattern.compile("seed (0x[0-9a-f]+)");

    /** Creates the handler; JUnit does, through {@link GeneratedReports}. */
    public SeedOnFailure() {
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        Optional<String> seed = seedOf(context.getDisplayName());
        if (thrown instanceof TestAbortedException || seed.isEmpty()) {
            throw thrown;
        }
        String note = note(seed.get());
        if (thrown instanceof AssertionFailedError failed) {
            AssertionFailedError withSeed = new AssertionFailedError(message(failed) + note,
                    failed.isExpectedDefined() ? failed.getExpected().getValue() : null,
                    failed.isActualDefined() ? failed.getActual().getValue() : null, failed.getCause());
            throw keepTrace(withSeed, failed);
        }
        if (thrown instanceof AssertionError failed) {
            throw keepTrace(new AssertionError(message(failed) + note, failed.getCause()), failed);
        }
        thrown.addSuppressed(new CaseSeed(note.strip()));
        throw thrown;
    }

    /** The seed a case's display name shows ({@code #24 seed 0x1f…}), if any. */
    static Optional<String> seedOf(String displayName) {
        Matcher matcher = SEED.matcher(displayName);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** What is added to a failure: the seed and the two ways to replay it. */
    static String note(String seed) {
        return " [gongkai-testkit case seed " + seed + ": replay with @GeneratedReports(replay = " + seed
                + "L) or -D" + GeneratedReportsProvider.REPLAY_PROPERTY + "=" + seed + "]";
    }

    private static String message(Throwable thrown) {
        return thrown.getMessage() == null ? "" : thrown.getMessage();
    }

    private static Throwable keepTrace(Throwable withSeed, Throwable original) {
        withSeed.setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            withSeed.addSuppressed(suppressed);
        }
        return withSeed;
    }

    /** The note on a case that failed with an exception other than an assertion's. */
    static final class CaseSeed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CaseSeed(String note) {
            super(note, null, false, false);
        }
    }
}
