package io.github.gongkai.cli;

/**
 * A mistake on the command line or in the environment that the user can fix: a missing folder, an output
 * that is also an input, an unknown rule id. Printed as its one-line message, exit code 2, no stack trace
 * (unless {@code --debug}).
 */
final class OperatorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the place (option, path) and the cause
     */
    OperatorException(String message) {
        super(message);
    }
}
