package io.github.gongkai.cli;

import io.github.gongkai.core.Edition;
import io.github.gongkai.validation.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai rules}: list the validation rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the validation rules: id with revision, default severity, editions, description.",
        footer = {"", "Examples:", "  gongkai rules", "  gongkai rules --lang zh"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the descriptions. Default: the system's.")
    Lang lang = Lang.fromDefaultLocale();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Rule rule : Rule.values()) {
            String editions = rule.editions().stream().map(Edition::key).sorted().collect(Collectors.joining(","));
            out.printf("%-42s %-8s %-10s %s%n", rule.id(), rule.defaultSeverity(), editions,
                    rule.description(lang.locale()));
        }
        out.flush();
        return GongkaiCli.VALID;
    }
}
