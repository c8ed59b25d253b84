package io.github.gongkai.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line picocli could not parse, told in the output's language: an unknown option or command (with
 * picocli's suggestion of what was meant), a missing parameter, a value it could not convert. picocli's own
 * messages are English; in Chinese output each kind is said in Chinese here (a missing subcommand, an option
 * given twice or without its value), and only one this class does not know keeps picocli's text, in brackets after
 * a Chinese lead. Then where to find the usage. The English output is picocli's own message.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * Prints a parse error on the command's standard error.
     *
     * @param e the error
     * @param lang the output's language (the help's: {@code --lang} wherever it stands, else the environment's)
     */
    static void print(CommandLine.ParameterException e, Lang lang) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String unknown = unknownCommand(e);
        err.println(Display.text(unknown != null ? lang.t("未知命令：", "Unknown command: ") + unknown
                : lang == Lang.zh ? chinese(e) : e.getMessage()));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(lang.t("是不是想输入：", "Did you mean: ") + Display.text(String.join(lang.t("、", ", "),
                        suggestions)) + lang.t("？", "?"));
            }
        }
        String name = command.getCommandSpec().qualifiedName();
        err.println(lang.t("用 '" + name + " --help' 查看用法和示例。", "Try '" + name + " --help' for usage and examples."));
    }

    /** The first word after the command name where a subcommand was expected, quoted; null if it is not that. */
    private static String unknownCommand(CommandLine.ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || command.getSubcommands().isEmpty()
                || unmatched.getUnmatched().isEmpty() || unmatched.getUnmatched().get(0).startsWith("-")) {
            return null;
        }
        return "'" + unmatched.getUnmatched().get(0) + "'";
    }

    /** picocli's error in Chinese, by its type and what it names; picocli's own text only for one not known here. */
    private static String chinese(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            boolean options = args.stream().allMatch(a -> a.startsWith("-") && !a.equals("-"));
            return (options ? "未知选项：" : "多余的参数：") + quoted(args);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return missing(missing);
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return "选项 " + name(overwritten.getOverwritten()) + " 只能给一次";
        }
        if (e instanceof CommandLine.MaxValuesExceededException && e.getArgSpec() != null) {
            return name(e.getArgSpec()) + " 的值太多";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && e.getMessage().startsWith("Invalid value")) {
            String allowed = arg.type().isEnum() ? "（可选：" + Arrays.stream(arg.type().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining("、")) + "）" : "";
            return name(arg) + " 的值无效：'" + e.getValue() + "'" + allowed;
        }
        CommandLine command = e.getCommandLine();
        if (e.getClass() == CommandLine.ParameterException.class && arg == null
                && e.getMessage().startsWith("Missing required subcommand")) {
            return "缺少子命令（可选：" + command.getSubcommands().entrySet().stream()
                    .filter(sub -> !sub.getValue().getCommandSpec().usageMessage().hidden())
                    .map(sub -> sub.getKey()).collect(Collectors.joining("、")) + "）";
        }
        return "命令行有误（picocli 的说明：" + e.getMessage() + "）";
    }

    /**
     * A parameter missing: an option given without its value ({@code --format} at the end, or followed by
     * another option), a required option, or a positional parameter such as {@code FILE}.
     */
    private static String missing(CommandLine.MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        String message = e.getMessage();
        if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option
                && (message.startsWith("Missing required parameter for option")
                        || message.startsWith("Expected parameter for option"))) {
            return "选项 " + name(option) + " 缺少值";
        }
        boolean options = missing.stream().allMatch(ArgSpec::isOption);
        return (options ? "缺少必需的选项：" : "缺少必需的参数：") + missing.stream().map(UsageErrors::name)
                .collect(Collectors.joining("、"));
    }

    private static String quoted(List<String> args) {
        return args.stream().map(a -> "'" + a + "'").collect(Collectors.joining("、"));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName()
                : ((PositionalParamSpec) arg).paramLabel();
    }
}
