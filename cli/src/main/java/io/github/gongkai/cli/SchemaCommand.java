package io.github.gongkai.cli;

import io.github.gongkai.json.ReportJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gongkai schema}: print the JSON Schema of the report JSON. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the report JSON that `convert` writes.",
        footer = {"", "Example:", "  gongkai schema > report.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ReportJson.schema());
        spec.commandLine().getOut().flush();
        return GongkaiCli.VALID;
    }
}
