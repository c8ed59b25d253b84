package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every pattern of the published schemas is an interoperable regular expression (issue 17: Python's
 * {@code jsonschema} rejected {@code ^(?=.*\S)[^\p{Nd}\p{Cc}]+$} and crashed on documents with a placeholder).
 */
class IRegexpTest {

    private static final List<Path> SCHEMAS = List.of(Path.of("../schema/report-v1.schema.json"),
            Path.of("../schema/report-v2.schema.json"), Path.of("src/main/resources" + ReportJson.SCHEMA_RESOURCE));

    @Test
    void everyPatternOfEverySchemaIsAnAnchoredIRegexpWithoutCategories() throws IOException {
        int patterns = 0;
        for (Path schema : SCHEMAS) {
            List<String> found = new ArrayList<>();
            collect(JsonMapper.shared().readTree(Files.readString(schema, StandardCharsets.UTF_8)), found);
            assertTrue(found.size() >= 6, schema + ": " + found.size());
            for (String pattern : found) {
                assertNull(IRegexp.problem(pattern), () -> schema + ": " + pattern);
            }
            patterns += found.size();
        }
        assertTrue(patterns >= 18);
    }

    private static void collect(JsonNode node, List<String> patterns) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("pattern") && e.getValue().isString()) {
                    patterns.add(e.getValue().asString());
                } else if (e.getKey().equals("patternProperties")) {
                    e.getValue().propertyNames().forEach(patterns::add);
                    collect(e.getValue(), patterns);
                } else {
                    collect(e.getValue(), patterns);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, patterns));
        }
    }

    @Test
    void readsTheGrammarOfRfc9485() {
        for (String ok : new String[] {"", "a", "a|b", "(a|b)*c", "[a-z0-9]{1,3}", "[^\\-\\]]+", "x{2}", "x{2,}",
            "\\.\\n\\t\\r\\\\", "[-a]", "[a-]", "万元", ".", "(0|[1-9][0-9]{0,23})(\\.[0-9]{1,18})?(元|万元)?", "^$"}) {
            assertNull(IRegexp.problemOfIRegexp(ok, false), ok);
        }
        assertNull(IRegexp.problemOfIRegexp("\\p{Nd}[\\P{Cc}a]", true));
        for (String bad : new String[] {"(?=a)", "(?:a)", "\\S", "\\d", "\\w", "\\b", "a{", "a{,2}", "(a", "a)",
            "[a", "[a-]b-]", "*a", "\\p{Nd}", "[\\p{L}]", "\\x41", "a{2}{3}x)"}) {
            assertNotNull(IRegexp.problemOfIRegexp(bad, false), bad);
        }
        assertNotNull(IRegexp.problemOfIRegexp("\\p{Xx}", true));
        assertEquals("not anchored as ^…$", IRegexp.problem("\\S"));
        assertNotNull(IRegexp.problem("^(?=.*\\S)[^\\p{Nd}\\p{Cc}]+$"), "the pattern issue 17 reported");
    }
}
