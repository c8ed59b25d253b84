package io.github.gongkai.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.ReportGenerator;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class GeneratedReportsTest {

    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final Set<Report> SEEN = new HashSet<>();

    @ParameterizedTest
    @GeneratedReports(count = 25, edition = Edition.V2019)
    void feedsTheRequestedNumberOfReports(Report report) {
        CALLS.incrementAndGet();
        SEEN.add(report);
        assertEquals(Edition.V2019, report.edition());
    }

    @ParameterizedTest
    @GeneratedReports(replay = 0x1234L)
    void replaysAGivenSeed(GeneratedReport generated) {
        assertEquals(0x1234L, generated.seed());
        assertEquals(GeneratedReport.generate(ReportGenerator.realistic(), 0x1234L), generated);
        assertEquals("0x0000000000001234", generated.seedHex());
    }

    @AfterAll
    static void everyCaseRanWithADistinctReport() {
        assertEquals(25, CALLS.get());
        assertEquals(25, SEEN.size());
    }

    @Test
    void caseSeedsAreDerivedFromTheMasterSeedAndCanBeOverridden() throws Exception {
        GeneratedReportsProvider provider = provider("annotated");
        long[] seeds = provider.caseSeeds();
        assertEquals(3, seeds.length);
        assertArrayEquals(seeds, provider("annotated").caseSeeds());
        try {
            System.setProperty(GeneratedReportsProvider.SEED_PROPERTY, "99");
            System.setProperty(GeneratedReportsProvider.COUNT_PROPERTY, "5");
            long[] overridden = provider.caseSeeds();
            assertEquals(5, overridden.length);
            assertNotEquals(seeds[0], overridden[0]);
            System.setProperty(GeneratedReportsProvider.REPLAY_PROPERTY, "0x10, 0xff");
            assertArrayEquals(new long[] {0x10, 0xff}, provider.caseSeeds());
        } finally {
            System.clearProperty(GeneratedReportsProvider.SEED_PROPERTY);
            System.clearProperty(GeneratedReportsProvider.COUNT_PROPERTY);
            System.clearProperty(GeneratedReportsProvider.REPLAY_PROPERTY);
        }
    }

    @Test
    void aTestThatLoopsItselfGetsTheSameSeedsAsTheAnnotation() throws Exception {
        assertArrayEquals(provider("annotated").caseSeeds(), GeneratedReportsProvider.caseSeeds(42, 3));
        try {
            System.setProperty(GeneratedReportsProvider.COUNT_PROPERTY, "4");
            assertEquals(4, GeneratedReportsProvider.caseSeeds(42, 3).length);
            System.setProperty(GeneratedReportsProvider.REPLAY_PROPERTY, "0x7");
            assertArrayEquals(new long[] {7}, GeneratedReportsProvider.caseSeeds(42, 3));
        } finally {
            System.clearProperty(GeneratedReportsProvider.COUNT_PROPERTY);
            System.clearProperty(GeneratedReportsProvider.REPLAY_PROPERTY);
        }
        assertThrows(IllegalArgumentException.class, () -> GeneratedReportsProvider.caseSeeds(42, 0));
    }

    @GeneratedReports(count = 3, seed = 42)
    void annotated(Report report) {
        // carries the annotation for the test above
    }

    private static GeneratedReportsProvider provider(String method) throws NoSuchMethodException {
        Method m = GeneratedReportsTest.class.getDeclaredMethod(method, Report.class);
        GeneratedReportsProvider provider = new GeneratedReportsProvider();
        provider.accept(m.getAnnotation(GeneratedReports.class));
        return provider;
    }
}
