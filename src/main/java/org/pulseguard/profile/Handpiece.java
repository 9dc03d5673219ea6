package org.pulseguard.profile;

import java.util.Objects;
import org.pulseguard.quantity.SpotDiameter;

/**
 * A fixed handpiece (tip) that makes one spot diameter. Immutable, thread-safe.
 *
 * @param id how the clinic and the unit name it, not blank
 * @param diameter the spot it makes on the skin
 */
public record Handpiece(String id, SpotDiameter diameter) {
    public Handpiece {
        Objects.requireNonNull(diameter, "diameter");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a handpiece needs an id");
        }
    }
}
