package io.github.gongkai.spring.boot;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/**
 * The configuration metadata an IDE completes {@code gongkai.*} from, as the build writes it: every property
 * with a description, and hints for the rule map whose keys are the validator's rule codes and thresholds and
 * whose values the validator accepts.
 */
class ConfigurationMetadataTest {

    private static final Map<String, Object> METADATA = read();
    private static final List<String> THRESHOLDS =
            List.of("SET.YEAR_RATIO.factor", "SET.YEAR_RATIO.minimum", "SET.REPEATED_REPORT.similarity");

    private static Map<String, Object> read() {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertNotNull(in, "the build writes META-INF/spring-configuration-metadata.json");
            // Boot's own small JSON parser: the same in Boot 3 and 4, whose Jackson differ.
            return JsonParserFactory.getJsonParser().parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyPropertyIsDescribedInPlainWords() {
        Map<String, String> described = new LinkedHashMap<>();
        for (Map<?, ?> property : list(METADATA.get("properties"))) {
            described.put((String) property.get("name"), String.valueOf(property.get("description")));
        }
        assertEquals(Set.of("gongkai.validation.blanks", "gongkai.validation.fail-fast", "gongkai.validation.rule",
                "gongkai.json.pretty", "gongkai.json.max-document-length", "gongkai.json.max-nesting-depth",
                "gongkai.json.max-string-length", "gongkai.reader.max-input-length"), described.keySet());
        described.forEach((name, description) -> {
            assertFalse(description.isBlank(), name);
            assertTrue(Character.isUpperCase(description.charAt(0)) && description.endsWith("."), name);
            assertFalse(description.contains("{@"), name + ": " + description);
        });
    }

    @Test
    void theRuleMapsKeysAreEveryRuleAndThreshold() {
        Map<String, String> keys = hint("gongkai.validation.rule.keys");
        Set<String> expected = Arrays.stream(Rule.values()).map(r -> r.id().code())
                .collect(Collectors.toCollection(TreeSet::new));
        expected.addAll(THRESHOLDS);
        assertEquals(expected, new TreeSet<>(keys.keySet()));
        for (Rule rule : Rule.values()) {
            assertEquals(rule.description(), keys.get(rule.id().code()), rule.id().code());
        }
        assertTrue(keys.get("SET.YEAR_RATIO.factor").contains("default "
                + ReportValidator.DEFAULT_YEAR_RATIO_FACTOR + "."));
        assertTrue(keys.get("SET.YEAR_RATIO.minimum").contains("default "
                + ReportValidator.DEFAULT_YEAR_RATIO_MINIMUM + "."));
        assertTrue(keys.get("SET.REPEATED_REPORT.similarity").contains("default "
                + ReportValidator.DEFAULT_REPEAT_SIMILARITY + "."));
    }

    @Test
    void theValuesHintedAreTheOnesTheValidatorTakesForEveryRule() {
        Map<String, String> values = hint("gongkai.validation.rule.values");
        assertEquals(List.of("off", "on", "error", "warning", "info"), List.copyOf(values.keySet()));
        for (Rule rule : Rule.values()) {
            for (String value : values.keySet()) {
                assertDoesNotThrow(() -> ReportValidator.builder()
                        .configure(Map.of(ReportValidator.RULE_KEY_PREFIX + rule.id().code(), value)),
                        rule.id().code() + "=" + value);
            }
        }
        for (String threshold : THRESHOLDS) {
            assertDoesNotThrow(() -> ReportValidator.builder()
                    .configure(Map.of(ReportValidator.RULE_KEY_PREFIX + threshold,
                            threshold.endsWith("similarity") ? "0.9" : "20")), threshold);
        }
    }

    /** A hint's values and their descriptions, in the file's order. */
    private static Map<String, String> hint(String name) {
        for (Map<?, ?> hint : list(METADATA.get("hints"))) {
            if (name.equals(hint.get("name"))) {
                Map<String, String> values = new LinkedHashMap<>();
                for (Map<?, ?> value : list(hint.get("values"))) {
                    values.put((String) value.get("value"), (String) value.get("description"));
                }
                return values;
            }
        }
        throw new AssertionError("no hint " + name);
    }

    /** A JSON array of objects, as the parser gives it. */
    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> list(Object array) {
        return (List<Map<?, ?>>) array;
    }
}
