package org.pulseguard.device.polled;

import java.util.Objects;
import org.pulseguard.device.DeviceException;

/**
 * What one attempt of an {@link Exchange} gave: a value, nothing usable (retried), or a failure
 * that no retry can mend. Never null; immutable.
 *
 * @param <R> the type of the reply's value
 */
public sealed interface AttemptResult<R> {

    /** A reply of the expected form. */
    record Answered<R>(R value) implements AttemptResult<R> {
        public Answered {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * No usable reply: none came ({@code silent}), or it was short, garbled or not of the expected
     * form. Carries no value; the link retries.
     *
     * @param detail what was wrong, for the log and the final error
     */
    record Unusable<R>(boolean silent, String detail) implements AttemptResult<R> {
        public Unusable {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The unit refused the command, or the link failed: not retried. */
    record Failed<R>(DeviceException failure) implements AttemptResult<R> {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
