package org.pulseguard.simulator.scenario;

/** A scenario file that cannot be used; the message names the file, the step index and the reason. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message names the file, the index and the reason */
    public ScenarioException(String message) {
        super(message);
    }

    /** @param message names the file and the reason; @param cause the parser's error */
    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
