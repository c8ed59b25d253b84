package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import io.github.gongkai.core.Edition;
import io.github.gongkai.validation.Rule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code gongkai rules --format json}: every rule as data, and one cell's checks. */
class RulesJsonTest {

    @Test
    void everyRuleIsAnObjectWithItsIdentitiesAsTerms() {
        Run run = run("rules", "--format", "json", "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        JsonNode rules = FindingsJson.MAPPER.readTree(run.out());
        assertEquals(Rule.values().length, rules.size());
        JsonNode balance = rules.get(0);
        assertEquals(Rule.values()[0].id().toString(), balance.get("id").asString());
        assertEquals(Rule.values()[0].identities(Edition.V2021).size(), balance.get("identities").size());
        JsonNode term = balance.get("identities").get(0).get("terms").get(0);
        assertTrue(term.get("cell").asString().startsWith("T3/"), term.toString());
        assertTrue(Math.abs(term.get("coefficient").asInt()) == 1, term.toString());
    }

    @Test
    void oneCellsChecksNameTheIdentityThroughIt() {
        Run run = run("rules", "--format", "json", "--cell", "T3/withheld.stateSecret/naturalPerson");
        JsonNode checks = FindingsJson.MAPPER.readTree(run.out());
        // Its row's total and its column's total, the page printing it, the regional summary and last year's value,
        // which are no identity of one report.
        assertEquals(java.util.List.of("T3.ROW_TOTAL.1", "T3.OUTCOME_TOTAL.1", "CONTENT.TABLES.1", "SET.SUMMARY.1",
                "SET.YEAR_RATIO.1"),
                checks.valueStream().map(c -> c.get("id").asString()).toList());
        for (JsonNode check : checks) {
            if (!check.has("identity")) {
                continue;
            }
            boolean through = false;
            for (JsonNode term : check.get("identity").get("terms")) {
                through |= term.get("cell").asString().equals("T3/withheld.stateSecret/naturalPerson");
            }
            assertTrue(through, check.toString());
        }
    }
}
