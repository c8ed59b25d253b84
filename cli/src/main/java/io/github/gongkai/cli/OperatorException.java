package io.github.gongkai.cli;

import java.util.function.Function;

/**
 * A mistake on the command line or in the environment that the user can fix: a missing folder, an output
 * that is also an input, an unknown rule id. Printed as its one-line message in the command line's language, exit
 * code 2, no stack trace (unless {@code --debug}).
 */
final class OperatorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String chinese;

    /**
     * @param message one line naming the place (option, path) and the cause, already in the output's language
     */
    OperatorException(String message) {
        super(message);
        this.chinese = message;
    }

    /**
     * For a place that does not know the output's language: the message made in both, printed in the command
     * line's (the English one is also the exception's {@link #getMessage() message}).
     *
     * @param message one line naming the place (option, path) and the cause, in the language given
     */
    OperatorException(Function<Lang, String> message) {
        super(message.apply(Lang.en));
        this.chinese = message.apply(Lang.zh);
    }

    /** The message in a language. */
    String message(Lang lang) {
        return lang == Lang.zh ? chinese : getMessage();
    }
}
