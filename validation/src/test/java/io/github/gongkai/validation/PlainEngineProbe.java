package io.github.gongkai.validation;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.util.Locale;

/** Runs the plain engine end to end; loaded by {@link OptionalDependenciesTest} without Jakarta Validation. */
public final class PlainEngineProbe {

    private PlainEngineProbe() {
    }

    /**
     * Validates a report with one wrong cell and renders everything a finding offers.
     *
     * @return the first finding's Chinese message and its culprit
     */
    public static String run() {
        Report bad = TestReports.with(TestReports.consistent(Edition.V2021), "T3/disclosed/naturalPerson", 99);
        ValidationResult result = ReportValidator.builder().configure(java.util.Map.of(
                ReportValidator.BLANK_POLICY_KEY, "strict")).build().validate(bad);
        Finding f = result.findings().get(0);
        return f.message(Locale.SIMPLIFIED_CHINESE) + " | " + f.culprit().orElseThrow().cell() + " | "
                + Rule.T3_BALANCE.description(Locale.SIMPLIFIED_CHINESE) + " | " + result.counts();
    }
}
