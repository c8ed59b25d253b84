package io.github.gongkai.cli;

import io.github.gongkai.validation.InvalidSettingException;
import io.github.gongkai.validation.ReportValidator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A rule pack: an evaluation team's own settings of the rules, as a versioned file (issue 18). It is a
 * {@code .properties} file (UTF-8) holding {@value #NAME_KEY}, {@value #VERSION_KEY} and the validator's own
 * settings ({@code gongkai.validation.rule.CODE = off|on|error|warning|info}, {@code gongkai.validation.blanks},
 * see {@link ReportValidator.Builder#configure}); any other key is refused, so that a misspelt key is not
 * silently ignored.
 *
 * @param name the pack's name
 * @param version the pack's version, as its authors number it
 * @param file where it was read from
 * @param settings the validator settings
 */
record RulePack(String name, String version, Path file, Map<String, String> settings) {

    static final String NAME_KEY = "gongkai.rulepack.name";
    static final String VERSION_KEY = "gongkai.rulepack.version";
    private static final String VALIDATION_PREFIX = "gongkai.validation.";

    /**
     * Reads a rule pack.
     *
     * @throws OperatorException naming the file and the key when it cannot be used
     */
    static RulePack read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new OperatorException(lang -> "--rules " + Display.path(file) + lang.t("：", ": ")
                    + (e instanceof IOException io ? Inputs.describe(io, lang)
                    : lang.t("不是 properties 文件：", "not a properties file: ") + e.getMessage()));
        }
        Map<String, String> settings = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(VALIDATION_PREFIX)) {
                settings.put(key, properties.getProperty(key));
            } else if (!key.equals(NAME_KEY) && !key.equals(VERSION_KEY)) {
                throw new OperatorException(lang -> "--rules " + Display.path(file) + lang.t("：未知的键 ",
                        ": unknown key ") + Display.text(key) + lang.t("（规则包只含 ", " (a rule pack holds ") + NAME_KEY
                        + ", " + VERSION_KEY + lang.t(" 和 ", " and ") + VALIDATION_PREFIX
                        + lang.t("… 设置）", "… settings)"));
            }
        }
        String version = properties.getProperty(VERSION_KEY, "").trim();
        if (version.isEmpty()) {
            throw new OperatorException(lang -> "--rules " + Display.path(file) + lang.t("：", ": ") + VERSION_KEY
                    + lang.t(" 缺失：规则包带版本，结果才能说明是哪些规则得出的",
                    " is missing: a rule pack is versioned, so that a result says which rules made it"));
        }
        String name = properties.getProperty(NAME_KEY, file.getFileName().toString()).trim();
        return new RulePack(name, version, file, settings);
    }

    /**
     * Applies the pack to a validator's builder, naming the file and key of a setting it cannot take, in the
     * output's language ({@link InvalidSettingException#message}).
     */
    ReportValidator.Builder applyTo(ReportValidator.Builder builder) {
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            try {
                builder.configure(Map.of(setting.getKey(), setting.getValue()));
            } catch (InvalidSettingException e) {
                throw new OperatorException(lang -> "--rules " + Display.path(file) + lang.t("：", ": ")
                        + e.message(lang.locale()));
            }
        }
        return builder;
    }

    /** The pack as results name it: {@code name@version}. */
    String label() {
        return name + "@" + version;
    }
}
