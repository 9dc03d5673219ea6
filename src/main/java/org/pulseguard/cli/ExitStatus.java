package org.pulseguard.cli;

/**
 * The exit codes of every {@code pulseguard} command, listed in each command's {@code --help}.
 * {@code plan} and {@code profiles check} give 1 its own meaning (refused; problems found); the
 * {@code audit} commands list their own (1: verification failed or a problem found; 3: input/output).
 */
enum ExitStatus {
    /** The command did what was asked. */
    OK(0, "done"),
    /** The unit or the link failed: no answer, refused, in use by another program, a fault. */
    FAILURE(1, "the unit or the link failed (no answer, refused, held by another program)"),
    /** A value, file or path given cannot work as given; the message names it and what is expected. */
    BAD_INPUT(2, "bad input: the message names the value and what is expected"),
    /** A defect in pulseguard itself; the message says what, please report it. */
    INTERNAL_ERROR(3, "internal error in pulseguard (please report it)"),
    /**
     * {@code audit} commands: a file or the journal could not be read or written (missing, locked,
     * damaged, no space). Shares code 3 with {@link #INTERNAL_ERROR}: neither is a verdict on the
     * journal; the audit commands list this meaning in their help, the others list internal error.
     */
    IO_TROUBLE(3, "a file or the journal could not be read or written (the message names it)");

    private final int code;
    private final String meaning;

    ExitStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process exit code. */
    int code() {
        return code;
    }

    /** What the code means, for {@code --help}. */
    String meaning() {
        return meaning;
    }
}
