package org.pulseguard.simulator.console;

/** A control line that does not follow the grammar; the message says what was wrong and what was expected. */
public final class ControlSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, quoting the offending word */
    public ControlSyntaxException(String message) {
        super(message);
    }
}
