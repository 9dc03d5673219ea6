package org.pulseguard.session;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The only way pulseguard knows a client (the person treated): a clinic-issued pseudonym such as
 * {@code C-7F3K2Q}. Letters, digits and dashes only, 4..32 characters, so a name or a date of birth
 * cannot be typed in by mistake as easily. Immutable; {@link #toString()} does not show the value.
 *
 * @param value the pseudonym
 */
public record ClientPseudonym(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{3,31}");

    public ClientPseudonym {
        Objects.requireNonNull(value, "client pseudonym");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("client pseudonym must be 4-32 letters, digits or dashes (no spaces), got "
                    + value.length() + " characters");
        }
    }

    /** Redacted, so the pseudonym never reaches a log by accident; the journal reads {@link #value()}. */
    @Override
    public String toString() {
        return "ClientPseudonym[redacted]";
    }
}
