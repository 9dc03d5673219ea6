package org.pulseguard.device;

import java.util.Objects;
import java.util.Optional;
import org.pulseguard.quantity.RepetitionRate;

/**
 * The repetition rates a unit accepts: {@code minimum, minimum + step, ... maximum}. Immutable,
 * thread-safe.
 *
 * @param minimum lowest rate
 * @param maximum highest rate
 * @param step resolution; values between steps are refused, never rounded
 */
public record RateRange(RepetitionRate minimum, RepetitionRate maximum, RepetitionRate step) {
    public RateRange {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(step, "step");
        if (minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("rate range " + minimum + ".." + maximum + " is empty");
        }
    }

    /** True when {@code rate} lies within minimum..maximum. */
    public boolean contains(RepetitionRate rate) {
        return rate.compareTo(minimum) >= 0 && rate.compareTo(maximum) <= 0;
    }

    /** What is wrong with {@code rate} (naming the limit), or empty when it is accepted. */
    public Optional<String> problemWith(RepetitionRate rate) {
        if (!contains(rate)) {
            return Optional.of(rate + " outside " + minimum + ".." + maximum);
        }
        if ((rate.millihertz() - minimum.millihertz()) % step.millihertz() != 0) {
            return Optional.of(rate + " not on the " + step + " step from " + minimum);
        }
        return Optional.empty();
    }
}
