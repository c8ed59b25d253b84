package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code --write-baseline}, {@code --baseline} and {@code --rules} on check and batch (issue 18). */
class BaselineCliTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenBaselineThenEditedReportsOnlyWhatIsNewChangedOrConfirmed() throws IOException {
        Path broken = Fixtures.broken(dir);
        Path baseline = dir.resolve("baseline.json");
        Run first = run("check", "--lang", "en", broken.toString(), "--write-baseline", baseline.toString());
        assertEquals(1, first.exit(), first.err());
        JsonNode written = FindingsJson.MAPPER.readTree(Files.readString(baseline, StandardCharsets.UTF_8));
        assertEquals("gongkai.baseline", written.get("format").asString());
        assertEquals(2, written.get("findings").size());
        // The team dismisses both findings: the check passes and says what it left out.
        for (JsonNode entry : written.get("findings")) {
            ((ObjectNode) entry).put("decision", "dismissed").put("note", "the organ confirmed 5 by phone");
        }
        Files.writeString(baseline, FindingsJson.MAPPER.writeValueAsString(written));
        Run second = run("check", "--lang", "en", broken.toString(), "--baseline", baseline.toString());
        assertEquals(0, second.exit(), second.out() + second.err());
        assertFalse(second.out().contains("T3.ROW_TOTAL.1"), second.out());
        assertTrue(second.err().contains("baseline: new 0, changed 0, still confirmed 0, dismissed (left out) 2"),
                second.err());
        // Confirmed instead: reported and marked, in text and JSON, with the fingerprint.
        for (JsonNode entry : written.get("findings")) {
            ((ObjectNode) entry).put("decision", "confirmed");
        }
        Files.writeString(baseline, FindingsJson.MAPPER.writeValueAsString(written));
        Run third = run("check", "--lang", "en", broken.toString(), "--baseline", baseline.toString());
        assertEquals(1, third.exit());
        assertTrue(third.out().contains("[confirmed] ERROR FAILED T3.ROW_TOTAL.1"), third.out());
        Run json = run("check", "--format", "json", broken.toString(), "--baseline", baseline.toString());
        JsonNode finding = FindingsJson.MAPPER.readTree(json.out()).get(0).get("findings").get(0);
        assertEquals("confirmed", finding.get("baseline").asString());
        assertEquals(written.get("findings").get(0).get("fingerprint").asString(), finding.get("fingerprint")
                .asString());
        // The same page with the wrong cell typed otherwise: the same rules and cells, changed.
        Path other = Files.writeString(dir.resolve("other.txt"), Files.readString(broken).replace("\n5\n", "\n7\n"));
        Run changed = run("check", "--lang", "en", other.toString(), "--baseline", baseline.toString());
        assertTrue(changed.out().contains("[changed] ERROR FAILED T3.ROW_TOTAL.1"), changed.out());
        // A batch reads the same baseline.
        Run batch = run("batch", "--lang", "en", "--progress", "none", broken.toString(), "--baseline",
                baseline.toString());
        assertTrue(batch.out().contains("baseline: new 0, changed 0, still confirmed 2, dismissed (left out) 0"),
                batch.out());
    }

    @Test
    void aRulePackReGradesAndIsRefusedWhenItIsNotOne() throws IOException {
        Path broken = Fixtures.broken(dir);
        Path pack = Files.writeString(dir.resolve("team.properties"), """
                gongkai.rulepack.name = 某评估团队
                gongkai.rulepack.version = 2026.1
                gongkai.validation.rule.T3.ROW_TOTAL = warning
                gongkai.validation.rule.T3.BALANCE = off
                """);
        Run run = run("check", "--lang", "en", "--format", "json", broken.toString(), "--rules", pack.toString());
        JsonNode findings = FindingsJson.MAPPER.readTree(run.out()).get(0).get("findings");
        assertTrue(findings.valueStream().anyMatch(f -> f.get("rule").asString().equals("T3.ROW_TOTAL.1")
                && f.get("severity").asString().equals("WARNING")), run.out());
        assertTrue(findings.valueStream().noneMatch(f -> f.get("rule").asString().startsWith("T3.BALANCE")));
        Path unversioned = Files.writeString(dir.resolve("bad.properties"), "gongkai.validation.rule.T3.BALANCE=off\n");
        Run refused = run("check", "--lang", "en", broken.toString(), "--rules", unversioned.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("gongkai.rulepack.version is missing"), refused.err());
        Path typo = Files.writeString(dir.resolve("typo.properties"),
                "gongkai.rulepack.version=1\ngongkai.validaton.rule.T3.BALANCE=off\n");
        assertTrue(run("check", broken.toString(), "--rules", typo.toString()).err()
                .contains("unknown key gongkai.validaton.rule.T3.BALANCE"));
        Path noRule = Files.writeString(dir.resolve("norule.properties"),
                "gongkai.rulepack.version=1\ngongkai.validation.rule.T9.NOTHING=off\n");
        assertTrue(run("check", broken.toString(), "--rules", noRule.toString()).err().contains("--rules"));
    }
}
