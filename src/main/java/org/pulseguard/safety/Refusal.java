package org.pulseguard.safety;

import java.util.Objects;

/**
 * One reason a setpoint is refused: the parameter, the value asked for, the limit it breaks and the
 * profile (with version) that set that limit. Values and limits carry their units. Immutable,
 * thread-safe.
 *
 * @param parameter what was asked for
 * @param breach how the value breaks the limit
 * @param value the value asked for, with its unit, for example {@code "1300 mJ"}
 * @param limit the limit, with its unit and conditions, for example {@code "1200 mJ at 1064 nm"}
 * @param source the profile and version that set the limit
 */
public record Refusal(Parameter parameter, Breach breach, String value, String limit, LimitSource source) {
    public Refusal {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(breach, "breach");
        Objects.requireNonNull(source, "source");
        if (value == null || value.isBlank() || limit == null || limit.isBlank()) {
            throw new IllegalArgumentException("a refusal names the value and the limit");
        }
    }

    /** One sentence, for example {@code "energy 1300 mJ is above the maximum 1200 mJ at 1064 nm (device profile reference-laser 1.0.0)"}. */
    public String explanation() {
        return parameter.label() + " " + value + " " + breach.phrase() + " " + limit + " (" + source + ")";
    }

    @Override
    public String toString() {
        return explanation();
    }
}
