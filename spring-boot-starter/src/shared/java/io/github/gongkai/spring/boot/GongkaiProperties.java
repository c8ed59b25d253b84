package io.github.gongkai.spring.boot;

import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.ReportValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code gongkai.*} application properties, bound once at startup. Immutable.
 *
 * <pre>
 * # or blank-is-zero (the default)
 * gongkai.validation.blanks=strict
 * # default false
 * gongkai.validation.fail-fast=true
 * # off, on, error, warning, info; by code or CODE.REVISION
 * gongkai.validation.rule.T3.ROW_TOTAL=warning
 * # the ReportJson bean's output; default compact
 * gongkai.json.pretty=true
 * # the ReportJson bean's limits (ReportJson.Limits)
 * gongkai.json.max-document-length=4194304
 * # the ReportReader bean's limit, when set
 * gongkai.reader.max-input-length=2000000
 * </pre>
 *
 * <p>The rule keys are those of {@link ReportValidator.Builder#configure(Map)} under
 * {@value ReportValidator#RULE_KEY_PREFIX}; in a properties or YAML file the code keeps its case and
 * underscores, and is upper-cased before use (a threshold's name after it, {@code factor}, {@code minimum},
 * {@code similarity}, is not). Environment variables cannot carry a code's dots and underscores: set rules in a
 * properties or YAML file. A key under {@code gongkai.} that names no setting, and a value or code the validator
 * does not understand, fail the application's startup, naming the property.
 *
 * @param validation the settings of the {@code ReportValidator} bean and of {@code @Valid} checks of reports
 * @param json the settings of the {@code ReportJson} bean
 * @param reader the settings of the {@code ReportReader} bean
 */
@ConfigurationProperties(prefix = "gongkai", ignoreUnknownFields = false)
public record GongkaiProperties(@DefaultValue Validation validation, @DefaultValue Json json,
        @DefaultValue Reader reader) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public GongkaiProperties {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(reader, "reader");
    }

    /**
     * {@code gongkai.validation.*}: the rules, as {@link ReportValidator.Builder#configure(Map)} reads them.
     *
     * @param blanks How cells without a number are read: blank-is-zero (the default) or strict.
     * @param failFast Whether validation stops at the first failed error.
     * @param rule Per rule code (or CODE.REVISION): off, on, error, warning or info; or a rule's threshold.
     */
    public record Validation(@DefaultValue("blank-is-zero") BlankPolicy blanks, boolean failFast,
            Map<String, String> rule) {

        /** The names a rule's threshold setting ends with, kept as they are written. */
        private static final List<String> THRESHOLDS = List.of("factor", "minimum", "similarity");

        /**
         * Copies the rule settings and checks them, so that a code or value the validator does not understand
         * fails the binding of {@code gongkai.validation}, which Boot reports naming the property.
         *
         * @throws NullPointerException if blanks is null
         * @throws IllegalArgumentException if a rule setting is not understood
         */
        public Validation {
            Objects.requireNonNull(blanks, "blanks");
            rule = rule == null ? Map.of() : Map.copyOf(rule);
            ReportValidator.builder().configure(ruleSettings(rule));
        }

        /**
         * Returns these settings as the keys of {@link ReportValidator.Builder#configure(Map)}, rule codes in
         * upper case (as every rule code is).
         *
         * @return the settings, never null
         */
        public Map<String, String> settings() {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put(ReportValidator.BLANK_POLICY_KEY, blanks == BlankPolicy.STRICT ? "strict" : "blank-is-zero");
            settings.put(ReportValidator.FAIL_FAST_KEY, Boolean.toString(failFast));
            settings.putAll(ruleSettings(rule));
            return settings;
        }

        /** The rule settings as {@code configure} reads them: each code upper-cased, a threshold's name not. */
        private static Map<String, String> ruleSettings(Map<String, String> rule) {
            Map<String, String> settings = new LinkedHashMap<>();
            rule.forEach((key, value) -> {
                int dot = key.lastIndexOf('.');
                String last = dot < 0 ? "" : key.substring(dot + 1);
                String code = THRESHOLDS.contains(last.toLowerCase(Locale.ROOT))
                        ? key.substring(0, dot).toUpperCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT)
                        : key.toUpperCase(Locale.ROOT);
                settings.put(ReportValidator.RULE_KEY_PREFIX + code, value);
            });
            return settings;
        }

        /**
         * Builds the validator these settings describe.
         *
         * @return a new validator, never null
         * @throws IllegalArgumentException if a rule code or value is not understood
         */
        public ReportValidator toValidator() {
            return ReportValidator.builder().configure(settings()).build();
        }
    }

    /**
     * {@code gongkai.json.*}: the {@code ReportJson} bean.
     *
     * @param pretty Whether the ReportJson bean writes the indented form.
     * @param maxDocumentLength The longest document read, in bytes or characters.
     * @param maxNestingDepth The deepest nesting read.
     * @param maxStringLength The longest string read, in characters.
     */
    public record Json(boolean pretty, @DefaultValue("4194304") long maxDocumentLength,
            @DefaultValue("16") int maxNestingDepth, @DefaultValue("1048576") int maxStringLength) {

        /**
         * Builds the instance these settings describe.
         *
         * @return a new instance, never null
         * @throws IllegalArgumentException if a limit is not positive
         */
        public ReportJson toReportJson() {
            ReportJson.Limits limits = ReportJson.Limits.defaults().withMaxDocumentLength(maxDocumentLength)
                    .withMaxNestingDepth(maxNestingDepth).withMaxStringLength(maxStringLength);
            return ReportJson.builder().pretty(pretty).limits(limits).build();
        }
    }

    /**
     * {@code gongkai.reader.*}: the {@code ReportReader} bean.
     *
     * @param maxInputLength The longest text the ReportReader bean reads, in characters; the reader's default
     *     when not set.
     */
    public record Reader(Integer maxInputLength) {

        /**
         * Builds the reader these settings describe, with the document readers found on the class path.
         *
         * @return a new reader, never null
         */
        public ReportReader toReportReader() {
            ReportReader.Builder builder = ReportReader.builder();
            if (maxInputLength != null) {
                builder.maxInputLength(maxInputLength);
            }
            return builder.build();
        }
    }
}
