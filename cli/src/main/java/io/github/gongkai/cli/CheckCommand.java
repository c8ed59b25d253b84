package io.github.gongkai.cli;

import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;

/** {@code gongkai check}: read inputs, validate, print the findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Read published pages or report JSON, validate every report, and print the findings, "
                + "with the suspect cell and the suggested value where the validator can name one."},
        footer = {"", "Examples:",
                "  gongkai check report.html",
                "  gongkai check --lang en page.txt other.md",
                "  gongkai check --format json --disable T2.FEE_AMOUNT_UNIT reports.jsonl",
                "  cat report.html | gongkai check -",
                "", "Exit codes: 0 valid, 1 findings with ERROR severity, 2 input that could not be read, "
                + "3 the run stopped (out of memory)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--format", paramLabel = "text|json", description = "Output format: text (default) or json.")
    Format format = Format.text;

    @Option(names = {"-v", "--verbose"}, description = "Also list the reader's notes (e.g. how glued numbers were split).")
    boolean verbose;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Report pages (.txt, .html, .md), report JSON (.json) or JSON Lines (.jsonl); "
                    + "`-` reads standard input (its kind told from its content).")
    List<Path> files;

    enum Format { text, json }

    @Override
    public Integer call() {
        ReportValidator validator = common.validator();
        PrintWriter out = spec.commandLine().getOut();
        FindingsText text = new FindingsText(out, common.lang, verbose);
        FindingsJson json = new FindingsJson(common.lang);
        ArrayNode results = FindingsJson.MAPPER.createArrayNode();
        int[] exit = {GongkaiCli.VALID};
        Inputs inputs = new Inputs(common.lang, GongkaiCli.standardInput(spec));
        for (Path file : files) {
            inputs.load(file, loaded -> {
                if (loaded instanceof Loaded.Read read) {
                    ValidationResult result = validator.validate(read.report());
                    exit[0] = Math.max(exit[0], result.isValid() ? GongkaiCli.VALID : GongkaiCli.INVALID);
                    if (format == Format.json) {
                        results.add(json.checked(read, result));
                    } else {
                        text.checked(read, result);
                    }
                } else if (loaded instanceof Loaded.Unreadable bad) {
                    exit[0] = GongkaiCli.UNREADABLE;
                    if (format == Format.json) {
                        results.add(json.unreadable(bad));
                    } else {
                        text.unreadable(bad);
                    }
                }
            });
        }
        if (format == Format.json) {
            out.println(FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        }
        out.flush();
        return exit[0];
    }
}
