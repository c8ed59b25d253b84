package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code check} shows the least changes of each table with a failed identity, in text (zh, en) and JSON. */
class LocationsCliTest {

    private static final String CELL = "T3/newlyReceived/naturalPerson（一、本年新收政府信息公开申请数量 / 自然人）";

    @TempDir
    Path dir;

    @Test
    void checkShowsTheLeastChangeInBothLanguages() throws IOException {
        Path broken = Fixtures.broken(dir);
        Run en = GongkaiCliTest.run("check", "--lang", "en", broken.toString());
        assertEquals(1, en.exit(), en.err());
        List<String> lines = en.out().lines().toList();
        int at = lines.indexOf("  least change T3: 1 correction(s) of 1 cell(s) (cost 0.75)");
        assertTrue(at > 0, en.out());
        assertEquals("    1) " + CELL + " printed 5 → 0 (DIGIT_CHANGED)", lines.get(at + 1));
        assertFalse(en.out().contains("least change T4"), en.out());

        Run zh = GongkaiCliTest.run("check", "--lang", "zh", broken.toString());
        assertTrue(zh.out().contains("\n  最少改动 T3：1 种改法，每种改 1 个单元格（代价 0.75）\n    1) " + CELL
                + " 填报 5 → 0（一位数字输错）\n"), zh.out());
    }

    @Test
    void aValidReportShowsNone() throws IOException {
        Run run = GongkaiCliTest.run("check", "--lang", "en", Fixtures.sample(dir).toString());
        assertFalse(run.out().contains("least change"), run.out());
        JsonNode json = FindingsJson.MAPPER.readTree(GongkaiCliTest.run("check", "--format", "json",
                Fixtures.sample(dir).toString()).out());
        assertEquals(0, json.get(0).get("locations").size());
    }

    @Test
    void checkAsJsonCarriesTheLocationsAsData() throws IOException {
        Run run = GongkaiCliTest.run("check", "--format", "json", Fixtures.broken(dir).toString());
        JsonNode locations = FindingsJson.MAPPER.readTree(run.out()).get(0).get("locations");
        assertEquals(FindingsJson.MAPPER.readTree("""
                [{"table": "T3", "limitReached": false, "cost": 0.75, "corrections": [{"cost": 0.75, "changes": [
                  {"cell": "T3/newlyReceived/naturalPerson", "printed": 5, "value": 0, "typingError": "DIGIT_CHANGED"}
                ]}]}]"""), locations);
    }

    @Test
    void aTableThatNeedsMoreThanThreeChangesSaysSo() throws IOException {
        Path json = dir.resolve("sample.json");
        assertEquals(0, GongkaiCliTest.run("convert", Fixtures.sample(dir).toString(), "-o", json.toString()).exit());
        tools.jackson.databind.node.ObjectNode report =
                (tools.jackson.databind.node.ObjectNode) FindingsJson.MAPPER.readTree(json.toFile());
        tools.jackson.databind.node.ObjectNode t3 = (tools.jackson.databind.node.ObjectNode) report.get("T3");
        String[][] cells = {{"disclosed", "naturalPerson"}, {"partiallyDisclosed", "commercialEnterprise"},
            {"withheld.stateSecret", "researchInstitution"}, {"withheld.prohibitedByLaw", "socialWelfareOrganization"}};
        for (int i = 0; i < cells.length; i++) {
            ((tools.jackson.databind.node.ObjectNode) t3.get(cells[i][0])).put(cells[i][1], i + 1);
        }
        java.nio.file.Files.writeString(json, FindingsJson.MAPPER.writeValueAsString(report));
        Run en = GongkaiCliTest.run("check", "--lang", "en", json.toString());
        assertTrue(en.out().contains("\n  least change T3: more than 3 cells, not listed\n"), en.out());
        Run zh = GongkaiCliTest.run("check", "--lang", "zh", json.toString());
        assertTrue(zh.out().contains("\n  最少改动 T3：需改动 3 个以上单元格，不列出\n"), zh.out());
        JsonNode location = FindingsJson.MAPPER.readTree(GongkaiCliTest.run("check", "--format", "json",
                json.toString()).out()).get(0).get("locations").get(0);
        assertTrue(location.get("limitReached").asBoolean());
        assertTrue(location.get("cost").isNull());
        assertEquals(0, location.get("corrections").size());
    }
}
