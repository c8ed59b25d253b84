package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.validation.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Both message bundles are complete: every rule, status and typing error has its text in both languages. */
class MessageBundlesTest {

    static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            keys.add(rule.id().messageKey());
            keys.add(rule.id().messageKey() + ".description");
        }
        for (TypingError t : TypingError.values()) {
            keys.add(RuleId.MESSAGE_KEY_PREFIX + "typingError." + t.name());
        }
        for (String k : List.of("notAssessable", "notRead", "noReading", "suspect", "candidates", "ValidReport.message")) {
            keys.add(RuleId.MESSAGE_KEY_PREFIX + k);
        }
        return keys;
    }

    @ParameterizedTest(name = "zh-CN: {0}")
    @ValueSource(booleans = {false, true})
    void everyKeyHasATextInBothLanguages(boolean chinese) {
        Properties file = Messages.file(chinese);
        List<String> missing = requiredKeys().stream().filter(k -> file.getProperty(k, "").isBlank()).toList();
        assertEquals(List.of(), missing, chinese ? "zh_CN bundle" : "English bundle");
        assertEquals(file.keySet(), Messages.file(!chinese).keySet(), "both files have the same keys");
    }

    @ParameterizedTest(name = "zh-CN: {0}")
    @ValueSource(booleans = {false, true})
    void textsAreSafeForBeanValidation(boolean chinese) {
        Messages.file(chinese).forEach((k, v) -> {
            String text = (String) v;
            assertFalse(text.contains("$") || text.contains("\\"), k + ": $ and \\ mean something to Bean Validation");
            if (chinese && !k.toString().endsWith(".description")) {
                assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        k + " is not translated");
            }
        });
    }

    @Test
    void theBundlesAtTheJarRootAreTheSameFiles() throws IOException {
        for (String suffix : List.of("", "_zh_CN")) {
            Properties root = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/ContributorValidationMessages" + suffix
                    + ".properties")) {
                assertNotNull(in, suffix);
                root.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertEquals(Messages.file(!suffix.isEmpty()), root);
        }
    }
}
