package io.github.gongkai.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SeedOnFailureTest {

    /** A context whose display name is the one given: all the handler reads. */
    private static ExtensionContext named(String displayName) {
        return (ExtensionContext) Proxy.newProxyInstance(SeedOnFailureTest.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getDisplayName")) {
                        return displayName;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Throwable handled(String displayName, Throwable thrown) {
        return assertThrows(Throwable.class,
                () -> new SeedOnFailure().handleTestExecutionException(named(displayName), thrown));
    }

    @Test
    void anAssertionFailureEndsWithTheSeedAndHowToReplayIt() {
        AssertionFailedError original = new AssertionFailedError("expected 3", 3, 4);
        Throwable thrown = handled("[24] #24 seed 0x1f2e3d4c5b6a7988", original);
        AssertionFailedError failed = assertInstanceOf(AssertionFailedError.class, thrown);
        assertEquals("expected 3 [gongkai-testkit case seed 0x1f2e3d4c5b6a7988: replay with "
                + "@GeneratedReports(replay = 0x1f2e3d4c5b6a7988L) or -Dgongkai.testkit.replay=0x1f2e3d4c5b6a7988]",
                failed.getMessage());
        assertEquals(3, failed.getExpected().getValue());
        assertEquals(4, failed.getActual().getValue());
        assertEquals(original.getStackTrace().length, failed.getStackTrace().length);
        AssertionError plain = assertInstanceOf(AssertionError.class, handled("#3 seed 0xa", new AssertionError()));
        assertTrue(plain.getMessage().startsWith(" [gongkai-testkit case seed 0xa:"), plain.getMessage());
    }

    @Test
    void anotherExceptionIsKeptAndCarriesTheSeedAsASuppressedNote() {
        IllegalStateException original = new IllegalStateException("boom");
        Throwable thrown = handled("#1 seed 0xff", original);
        assertSame(original, thrown);
        assertEquals(1, original.getSuppressed().length);
        assertTrue(original.getSuppressed()[0].getMessage().contains("0xff"));
    }

    @Test
    void aSkippedCaseAndANameWithoutASeedPassUntouched() {
        TestAbortedException skipped = new TestAbortedException("assumption");
        assertSame(skipped, handled("#1 seed 0xff", skipped));
        AssertionError failed = new AssertionError("x");
        assertSame(failed, handled("[1] some other name", failed));
        assertEquals("x", failed.getMessage());
        assertEquals(Optional.of("0x0"), SeedOnFailure.seedOf("#9 seed 0x0"));
        assertEquals(Optional.empty(), SeedOnFailure.seedOf("seed 17"));
    }

    @Test
    void generatedReportsRegistersIt() {
        ExtendWith extendWith = GeneratedReports.class.getAnnotation(ExtendWith.class);
        assertEquals(SeedOnFailure.class, extendWith.value()[0]);
    }
}
