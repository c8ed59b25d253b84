package io.github.gongkai.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The baseline options of the commands that check reports one by one ({@code check}, {@code batch}); apart from
 * {@link CommonOptions} so that {@code compare}, which takes no baseline, does not offer them in its help.
 */
final class BaselineOptions {

    @Option(names = "--baseline", paramLabel = "BASELINE.json",
            description = "Report only what is new, changed or still confirmed against this baseline: findings "
                    + "it dismisses are left out (and counted), the others are marked new, changed or confirmed.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "OUT.json",
            description = "Write every finding of this run to a baseline file, each confirmed, for a team to edit "
                    + "(decision: confirmed or dismissed, note).")
    Path writeBaseline;

    /**
     * The baseline run these options describe: the baseline of {@code --baseline} (or none), written to
     * {@code --write-baseline} if given, that file checked now: it is written only at the end of the run.
     *
     * @param inputs the inputs, which the written baseline must not replace
     * @throws OperatorException if the baseline cannot be read, or the file to write cannot be written there
     */
    BaselineRun run(Collection<Path> inputs) {
        if (Output.isStandard(writeBaseline)) {
            throw new OperatorException(lang -> lang.t("--write-baseline -：标准输出用于检查结果；请指定文件",
                    "--write-baseline -: standard output carries the findings; name a file"));
        }
        if (writeBaseline != null) {
            OutputFormats.require("--write-baseline", writeBaseline, List.of("json"));
            Output.checkWritable(writeBaseline, "--write-baseline", inputs);
        }
        return new BaselineRun(baseline == null ? Baseline.NONE : Baseline.read(baseline), writeBaseline, inputs);
    }
}
