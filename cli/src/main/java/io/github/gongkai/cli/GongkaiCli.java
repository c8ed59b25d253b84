package io.github.gongkai.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gongkai} command: check, convert and batch-check published 政府信息公开工作年度报告 reports.
 *
 * <p>Exit codes: 0 every input read and valid; 1 some report has an ERROR finding; 2 some input could not be
 * read, or the command line was wrong.
 */
@Command(name = "gongkai",
        mixinStandardHelpOptions = true,
        versionProvider = GongkaiCli.Version.class,
        description = {"Check, convert and batch-check 政府信息公开工作年度报告 (government information disclosure annual reports).",
                "Reads published pages (text, HTML, Markdown), report JSON and JSON Lines."},
        subcommands = {CheckCommand.class, ConvertCommand.class, BatchCommand.class, SchemaCommand.class,
                RulesCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  gongkai check report.html",
                "  gongkai check --lang en --format json *.txt",
                "  gongkai convert report.html -o report.json",
                "  gongkai convert --to cells pages/*.html -o cells.csv",
                "  gongkai batch corpus/ --report results.json",
                "", "Exit codes: 0 valid, 1 findings with ERROR severity, 2 input that could not be read."})
public final class GongkaiCli {

    /** Every input read and valid. */
    public static final int VALID = 0;
    /** Some report has a finding of ERROR severity. */
    public static final int INVALID = 1;
    /** Some input could not be read, or the command line was wrong. */
    public static final int UNREADABLE = 2;

    private GongkaiCli() {
    }

    /**
     * Runs the CLI and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the CLI in-process, for tests and embedding.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new GongkaiCli());
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setExitCodeExceptionMapper(e -> UNREADABLE);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
            return UNREADABLE;
        });
        return commandLine.execute(args);
    }

    /** Prints the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = GongkaiCli.class.getPackage().getImplementationVersion();
            return new String[] {"gongkai " + (version == null ? "(development build)" : version)};
        }
    }
}
