package org.pulseguard.cli;

import java.util.Objects;

/**
 * A command ends without doing what was asked, for a reason it states in one line (naming the
 * value and what was expected). Thrown from a command's {@code call()}; {@link FailureReport}
 * turns it into the message and exit code like every other failure.
 */
final class CliFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final ExitStatus status;
    private final String code;

    /**
     * @param status the exit status
     * @param code a short stable code for scripts, for example {@code no-profiles}
     * @param message one line naming the value and what was expected
     */
    CliFailure(ExitStatus status, String code, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Bad input: {@code message} names the option or file, the value and what is expected. */
    static CliFailure badInput(String code, String message) {
        return new CliFailure(ExitStatus.BAD_INPUT, code, message);
    }

    /** The unit, the link or another program failed. */
    static CliFailure failure(String code, String message) {
        return new CliFailure(ExitStatus.FAILURE, code, message);
    }

    ExitStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
