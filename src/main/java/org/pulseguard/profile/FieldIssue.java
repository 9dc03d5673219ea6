package org.pulseguard.profile;

import java.util.Objects;

/**
 * One thing wrong with a profile, located by its field path in the profile file (for example
 * {@code wavelengths[1].energy.maxMillijoules}; {@code $} for the file as a whole). Immutable,
 * thread-safe.
 *
 * @param field the field path, not blank
 * @param reason what is wrong and which limit it breaks, not blank
 */
public record FieldIssue(String field, String reason) {
    /** The path of the file as a whole. */
    public static final String WHOLE_FILE = "$";

    public FieldIssue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        if (field.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("an issue names a field and a reason");
        }
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
