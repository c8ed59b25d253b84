package io.github.gongkai.validation;

import io.github.gongkai.core.internal.MessageText;
import io.github.gongkai.validation.internal.Messages;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What is wrong with a setting of the rules, as a keyed text of the module's messages
 * ({@value #KEY_PREFIX}<i>key</i>) and its arguments, in either language. The arguments are inserted as they are
 * and never read as a template; a text from outside (a key or value of a settings file) is made printable first
 * ({@link MessageText#printable}). A problem may be the reason inside another ({@code setting {setting}: {reason}}).
 * Immutable.
 *
 * @param key the text's key, after the prefix
 * @param arguments the arguments by name, printable
 * @param reason the problem the text names as {@code {reason}}, or null
 */
record SettingProblem(String key, Map<String, String> arguments, SettingProblem reason) implements Serializable {

    /** What every key of these texts starts with. */
    static final String KEY_PREFIX = RuleId.MESSAGE_KEY_PREFIX + "setting.";

    SettingProblem {
        Objects.requireNonNull(key, "key");
        arguments = Map.copyOf(arguments);
    }

    /**
     * A problem in one text.
     *
     * @param key the text's key, after the prefix
     * @param namesAndValues the arguments: a name, then its value, and so on
     */
    static SettingProblem of(String key, String... namesAndValues) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new SettingProblem(key, arguments, null);
    }

    /**
     * This problem as the reason why a setting, as the settings name it, cannot be taken.
     *
     * @param setting the setting's key, from outside
     */
    SettingProblem forSetting(String setting) {
        return new SettingProblem("setting", Map.of("setting", MessageText.printable(setting)), this);
    }

    /** The text in a language: Chinese for a {@code zh} locale, English otherwise. */
    String text(Locale locale) {
        Map<String, String> values = new HashMap<>(arguments);
        if (reason != null) {
            values.put("reason", reason.text(locale));
        }
        return Messages.interpolate(locale, "{" + KEY_PREFIX + key + "}", values);
    }
}
