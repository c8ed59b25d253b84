package io.github.gongkai.quarkus.example;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.json.ReportJson;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code gongkai.validation.rule.T3.ROW_TOTAL=warning} in the application's configuration turns the wrong totals
 * into warnings: the request that {@link ReportEndpointTest} answers with a 400 is a 200, and the
 * {@code ReportValidator} bean agrees.
 */
@QuarkusTest
@TestProfile(RuleSettingsTest.RowTotalsAsWarnings.class)
class RuleSettingsTest {

    @Inject
    ReportValidator validator;

    @Test
    void aRuleTurnedIntoAWarningNoLongerFailsValid() {
        given().contentType("application/json")
                .body(ReportJson.standard().write(Reports.wrongTotals()).getBytes(StandardCharsets.UTF_8))
                .when().post("/reports")
                .then().statusCode(200);
    }

    @Test
    void theValidatorBeanHasTheSettings() {
        Finding first = validator.validate(Reports.wrongTotals()).findings().get(0);
        assertEquals(Rule.T3_ROW_TOTAL.id(), first.rule());
        assertEquals(Severity.WARNING, first.severity());
        assertEquals(BlankPolicy.STRICT, first.blankPolicy());
    }

    /** The settings, beside an entry of another library that the validator leaves alone. */
    public static final class RowTotalsAsWarnings implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongkai.validation.rule.T3.ROW_TOTAL", "warning", "gongkai.validation.blanks", "strict",
                    "gongkai.other", "x");
        }
    }
}
