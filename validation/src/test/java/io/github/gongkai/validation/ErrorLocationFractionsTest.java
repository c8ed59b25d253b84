package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.testkit.ReportGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures how often the {@link ErrorLocator} names exactly the wrong cells: for each edition, table and number of
 * wrong cells (1 or 2), {@value #CASES} generated valid reports (seeded) get that many wrong cells in that table
 * ({@link LocationCases#inject}: half typing slips, half random changes), and each case is counted by what the
 * standard locator returns. Prints the table of the validation README and writes it to
 * {@code target/error-location-fractions.md}; run it with
 * {@code ./mvnw -o -pl validation -am verify -DskipPitest -Dtest=ErrorLocationFractionsTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. Each case is also held to the property of
 * {@link ErrorLocatorPropertiesTest}.
 */
@Tag("slow")
class ErrorLocationFractionsTest {

    static final int CASES = 2_000;

    @Test
    void fractions() throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("| edition | table | wrong cells | cases | table fails | unique | among the minimal | a cheaper"
                + " correction |\n|---|---|---|---|---|---|---|---|\n");
        for (Edition edition : List.of(Edition.V2021, Edition.V2019)) {
            ReportGenerator generator = ReportGenerator.builder().edition(edition).build();
            for (ReportTable t : List.of(ReportTable.T3, ReportTable.T4)) {
                for (int k = 1; k <= 2; k++) {
                    SplittableRandom random = new SplittableRandom(0x18_05L * 31 + edition.ordinal() * 7 + t.ordinal() * 3 + k);
                    Map<LocationCases.Outcome, Integer> counts = new EnumMap<>(LocationCases.Outcome.class);
                    for (int i = 0; i < CASES; i++) {
                        Report report = generator.generate(random);
                        LocationCases.Case c = LocationCases.inject(report, t, k, random);
                        LocationCases.check(ErrorLocator.standard(), c).ifPresent(reason -> {
                            throw new AssertionError(reason);
                        });
                        counts.merge(LocationCases.outcome(ErrorLocator.standard(), c), 1, Integer::sum);
                    }
                    int unique = counts.getOrDefault(LocationCases.Outcome.UNIQUE, 0);
                    int among = unique + counts.getOrDefault(LocationCases.Outcome.AMONG, 0);
                    int cheaper = counts.getOrDefault(LocationCases.Outcome.CHEAPER, 0);
                    int fails = among + cheaper;
                    assertEquals(CASES, fails + counts.getOrDefault(LocationCases.Outcome.UNDETECTABLE, 0));
                    table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f %% | %.1f %% | %.1f %% |%n",
                            edition.key(), t.key(), k, CASES, fails, 100.0 * unique / fails, 100.0 * among / fails,
                            100.0 * cheaper / fails));
                    if (k == 1) {
                        assertTrue(among > 0.9 * fails, table::toString);
                    }
                }
            }
        }
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/error-location-fractions.md"), table, StandardCharsets.UTF_8);
    }
}
