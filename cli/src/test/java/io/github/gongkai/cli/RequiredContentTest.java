package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's required-content rules, page to finding: asked for by a rule pack, they find nothing missing in a
 * corpus report as printed, and find section 五 missing in a copy without it; without the pack they say nothing.
 */
class RequiredContentTest {

    private static final Path PAGE = Path.of("../reader/src/test/resources/corpus/005_pingtan_2022.txt");

    @TempDir
    Path dir;

    @Test
    void aRulePackAsksForTheContentAndACopyWithoutSectionFiveLacksIt() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Path pack = Files.writeString(dir.resolve("pack.properties"), String.join("\n",
                "gongkai.rulepack.name = 评估", "gongkai.rulepack.version = 1",
                "gongkai.validation.rule.CONTENT.OVERVIEW = on", "gongkai.validation.rule.CONTENT.PROBLEMS = on",
                "gongkai.validation.rule.CONTENT.OTHER_MATTERS = on", "gongkai.validation.rule.CONTENT.TABLES = on"));
        Path printed = Files.writeString(dir.resolve("005.txt"), page);
        int five = page.indexOf("五、存在的主要问题及改进情况");
        Path withoutFive = Files.writeString(dir.resolve("005-without-5.txt"),
                page.substring(0, five) + page.substring(page.indexOf("六、其他需要报告的事项")));
        assertEquals(List.of(), content(printed, pack));
        assertEquals(List.of("CONTENT.PROBLEMS.1 problemsAndImprovements []"), content(withoutFive, pack));
        assertEquals(List.of(), content(withoutFive, null), "not asked for, not applied");
    }

    /** The CONTENT findings of a page: rule, subject and cells. */
    private static List<String> content(Path page, Path pack) {
        Run run = pack == null ? GongkaiCliTest.run("check", "--format", "json", page.toString())
                : GongkaiCliTest.run("check", "--format", "json", "--rules", pack.toString(), page.toString());
        List<String> out = new ArrayList<>();
        for (JsonNode f : FindingsJson.MAPPER.readTree(run.out()).get(0).get("findings")) {
            if (f.get("rule").asString().startsWith("CONTENT.")) {
                List<String> cells = new ArrayList<>();
                f.get("cells").forEach(c -> cells.add(c.get("cell").asString()));
                out.add(f.get("rule").asString() + " " + f.get("subject").asString() + " " + cells);
            }
        }
        return out;
    }
}
