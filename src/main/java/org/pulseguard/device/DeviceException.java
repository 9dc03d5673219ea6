package org.pulseguard.device;

import java.util.Objects;
import java.util.Optional;

/**
 * A device operation failed. The {@link Reason} says how, and whether the link can still be
 * trusted ({@link #isFatal()}); the message names the command, the value and the limit involved.
 */
public final class DeviceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** How an operation failed. */
    public enum Reason {
        /** The driver is not connected (never connected, closed, or the link was lost). Fatal. */
        NOT_CONNECTED(true),
        /** The unit did not answer, even after the retries. Fatal. */
        TIMEOUT(true),
        /** The transport went away. Fatal. */
        LINK_LOST(true),
        /** The unit received the command intact and refused it; see {@link #refusal()}. Recoverable. */
        REFUSED(false),
        /** The unit accepted a value but reports a different one in force. Recoverable. */
        READBACK_MISMATCH(false),
        /** The unit's answer broke the protocol, or a different unit answered. Fatal. */
        PROTOCOL_ERROR(true),
        /** The request is outside what the unit can do; nothing was sent. Recoverable. */
        INVALID_REQUEST(false);

        private final boolean fatal;

        Reason(boolean fatal) {
            this.fatal = fatal;
        }

        /** True when the link (or unit) can no longer be trusted and a reconnect is needed. */
        public boolean isFatal() {
            return fatal;
        }
    }

    private final Reason reason;
    private final transient RefusalReason refusal;

    /** @param reason how it failed; @param message names the command, value and limit */
    public DeviceException(Reason reason, String message) {
        this(reason, null, message, null);
    }

    /** @param reason how it failed; @param message names the command; @param cause the lower-level failure */
    public DeviceException(Reason reason, String message, Throwable cause) {
        this(reason, null, message, cause);
    }

    private DeviceException(Reason reason, RefusalReason refusal, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.refusal = refusal;
    }

    /** A {@link Reason#REFUSED} failure: the unit refused the command for {@code refusal}. */
    public static DeviceException refused(RefusalReason refusal, String message) {
        return new DeviceException(Reason.REFUSED, Objects.requireNonNull(refusal, "refusal"), message, null);
    }

    /** How the operation failed. */
    public Reason reason() {
        return reason;
    }

    /** The unit's own reason, present only for {@link Reason#REFUSED}. */
    public Optional<RefusalReason> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** True for failures after which the link must be re-established before trusting the unit. */
    public boolean isFatal() {
        return reason.isFatal();
    }
}
