package io.github.gongkai.cli;

import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.InvalidSettingException;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by the commands that validate. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The language of the output: the global {@code --lang}. */
    Lang lang() {
        return GongkaiCli.lang(command);
    }

    @Option(names = "--strict", description = "Treat every blank cell as not reported (default: a blank reads as 0, "
            + "but an identity whose blank total fails is NOT_ASSESSABLE, not FAILED).")
    boolean strict;

    @Option(names = "--rules", paramLabel = "PACK.properties",
            description = "A rule pack: a versioned file that enables, disables and re-grades rules "
                    + "(gongkai.rulepack.name, gongkai.rulepack.version, gongkai.validation.rule.CODE = "
                    + "off|on|error|warning|info). --strict and --disable apply after it.")
    Path rules;

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Rules to skip, by id (e.g. T2.FEE_AMOUNT_UNIT); see `gongkai rules`.")
    List<String> disabled = new ArrayList<>();

    /** The rule pack of {@code --rules}, if given. */
    java.util.Optional<RulePack> rulePack() {
        return rules == null ? java.util.Optional.empty() : java.util.Optional.of(RulePack.read(rules));
    }

    /**
     * The validator these options describe.
     *
     * @throws OperatorException if {@code --disable} names no rule
     */
    ReportValidator validator() {
        ReportValidator.Builder builder = ReportValidator.builder();
        rulePack().ifPresent(pack -> pack.applyTo(builder));
        if (strict) {
            builder.blankPolicy(BlankPolicy.STRICT);
        }
        for (String rule : disabled) {
            if (Rule.fromId(rule).isEmpty()) {
                // Said here, in the output's language and in one line (the library's message lists every rule).
                throw new OperatorException(lang -> "--disable " + Display.text(rule) + lang.t("：没有内置规则 '",
                        ": no built-in rule '") + Display.text(rule) + lang.t("'；`gongkai rules` 列出所有规则",
                        "'; `gongkai rules` lists them"));
            }
            try {
                builder.disable(rule);
            } catch (InvalidSettingException e) {
                throw new OperatorException(lang -> "--disable " + Display.text(rule) + lang.t("：", ": ")
                        + e.message(lang.locale()));
            }
        }
        return builder.build();
    }
}
