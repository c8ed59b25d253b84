package io.github.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.ResourceBundle;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code gongkai} command: check, convert, batch-check and render published 政府信息公开工作年度报告 reports.
 *
 * <p>Exit codes: 0 every input read and valid; 1 some report has an ERROR finding; 2 some input could not be
 * read, or the command line was wrong (one line on standard error names the place and the cause); 3 the run
 * stopped before its end (out of memory, an output that could not be written, an internal error): no output
 * file was replaced.
 */
@Command(name = "gongkai",
        mixinStandardHelpOptions = true,
        versionProvider = GongkaiCli.Version.class,
        description = {"Check, convert, batch-check and render 政府信息公开工作年度报告 (government information disclosure annual reports).",
                "Reads published reports (PDF, Word, HTML, Markdown, text), report JSON and JSON Lines."},
        subcommands = {CheckCommand.class, ConvertCommand.class, BatchCommand.class, CompareCommand.class, RenderCommand.class, SchemaCommand.class,
                RulesCommand.class, CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        footer = {"", "Examples:",
                "  gongkai check report.html",
                "  gongkai check --lang en --format json *.txt",
                "  gongkai convert report.html -o report.json",
                "  gongkai convert --to cells pages/*.html -o cells.csv",
                "  gongkai batch corpus/ --report results.json",
                "  gongkai render report.json --to html -o report.html",
                "", "Exit codes: 0 valid, 1 findings with ERROR severity, 2 input that could not be read or a wrong "
                + "command line, 3 the run stopped before its end (out of memory, output not writable); outputs are "
                + "replaced only by a run that ends."})
public final class GongkaiCli {

    /** Every input read and valid. */
    public static final int VALID = 0;
    /** Some report has a finding of ERROR severity. */
    public static final int INVALID = 1;
    /** Some input could not be read, or the command line was wrong. */
    public static final int UNREADABLE = 2;
    /**
     * The run stopped before its end: out of memory, an output that could not be written, an internal error.
     * No output file was replaced (a batch report is kept beside it as {@code OUT.incomplete}).
     */
    public static final int ABORTED = 3;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of the output and of this help: zh (简体中文) or en. Default: the environment "
                    + "variable GONGKAI_LANG, else the system's language. Before or after the command.")
    Lang lang = Lang.fromEnvironment();

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error, for a bug report.")
    boolean debug;

    private final InputStream standardInput;

    private GongkaiCli(InputStream standardInput) {
        this.standardInput = standardInput;
    }

    /**
     * The help texts: {@code Help_zh.properties} in Chinese; in English the commands' annotations ({@code Help_en}
     * is empty, so that English is found before a Chinese system's default).
     */
    static final String HELP_BUNDLE = "io.github.gongkai.cli.Help";

    /** The language {@code --lang} names in the arguments, else the environment's. */
    static Lang helpLanguage(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Lang.parse(args[i + 1]).orElseGet(Lang::fromEnvironment);
            }
            if (args[i].startsWith("--lang=")) {
                return Lang.parse(args[i].substring("--lang=".length())).orElseGet(Lang::fromEnvironment);
            }
        }
        return Lang.fromEnvironment();
    }

    /** The language of the running command line ({@code --lang}, before or after the command name). */
    static Lang lang(CommandSpec spec) {
        return ((GongkaiCli) spec.root().userObject()).lang;
    }

    /** Standard input of the running command line, for the commands that read {@code -}. */
    static InputStream standardInput(CommandSpec spec) {
        return ((GongkaiCli) spec.root().userObject()).standardInput;
    }

    /**
     * Runs the CLI and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * PDFBox logs through Commons Logging, which finds the Log4j API that POI brings, which finds no provider in
     * this jar and says so on every run. The CLI reports what matters itself, so the libraries' logs are off
     * (unless the user configures Log4j).
     */
    private static void quietLibraryLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        }
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
        return run(args, System.in, out, err);
    }

    /**
     * Runs the CLI in-process with its own standard input, for tests and embedding.
     *
     * @param args the command line
     * @param in standard input, read where a file named {@code -} is expected
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new GongkaiCli(in));
        // The help's language is known before parsing: --lang (anywhere), else GONGKAI_LANG, else the system's.
        ResourceBundle help = ResourceBundle.getBundle(HELP_BUNDLE, helpLanguage(args).locale());
        commandLine.setResourceBundle(help);
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        commandLine.setOut(new PrintWriter(Output.utf8(out), true));
        commandLine.setErr(new PrintWriter(Output.utf8(err), true));
        commandLine.setExitCodeExceptionMapper(e -> UNREADABLE);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            UsageErrors.print(ex, helpLanguage(args));
            return UNREADABLE;
        });
        boolean debug = Arrays.asList(args).contains("--debug");
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(ex, cmd.getCommandSpec().qualifiedName(),
                cmd.getErr(), debug, lang(cmd.getCommandSpec())));
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
            // Errors pass through picocli; by now the command's outputs were closed without being committed.
            return failed(e, "gongkai", commandLine.getErr(), debug, helpLanguage(args));
        }
    }

    /** One line naming the cause (a stack trace only with --debug); the exit code that goes with it. */
    private static int failed(Throwable e, String command, PrintWriter err, boolean debug, Lang lang) {
        int exit;
        String message;
        if (e instanceof OperatorException operator) {
            exit = UNREADABLE;
            message = operator.message(lang);
        } else if (e instanceof OutOfMemoryError) {
            exit = ABORTED;
            message = lang.t("内存不足；没有替换任何输出文件。请给 JVM 更多内存（java -Xmx2g -jar gongkai.jar …）",
                    "out of memory; no output file was replaced. Give the JVM more (java -Xmx2g -jar gongkai.jar …)");
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            exit = ABORTED;
            message = Inputs.describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e, lang)
                    + lang.t("；没有替换任何输出文件", "; no output file was replaced");
        } else {
            exit = ABORTED;
            message = lang.t("内部错误（" + e + "）；没有替换任何输出文件。请附上 --debug 的输出报告此问题",
                    "internal error (" + e + "); no output file was replaced. Please report it with the output of "
                    + "--debug");
        }
        err.println(command + ": " + Display.text(message));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return exit;
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
