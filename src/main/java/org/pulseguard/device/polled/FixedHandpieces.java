package org.pulseguard.device.polled;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.Setpoint;
import org.pulseguard.quantity.SpotDiameter;

/**
 * The fixed handpieces of a unit with no spot command, and which one the technician confirmed
 * fitted ({@link org.pulseguard.device.LaserDevice#confirmHandpiece}). The confirmation is kept
 * across reconnects to the same unit. Thread-safe.
 */
public final class FixedHandpieces {
    private final SortedSet<SpotDiameter> handpieces;
    private volatile SpotDiameter confirmed;

    /** @param handpieces the spot diameters of the unit's handpieces */
    public FixedHandpieces(Set<SpotDiameter> handpieces) {
        this.handpieces = Collections.unmodifiableSortedSet(new TreeSet<>(handpieces));
    }

    /**
     * Records {@code fitted} as the handpiece in place.
     *
     * @throws DeviceException INVALID_REQUEST when it is not one of the unit's handpieces
     */
    public void confirm(SpotDiameter fitted) throws DeviceException {
        if (!handpieces.contains(fitted)) {
            throw new DeviceException(DeviceException.Reason.INVALID_REQUEST, "no handpiece of " + fitted
                    + " on this unit (handpieces: " + handpieces + ")");
        }
        confirmed = fitted;
    }

    /** The confirmed handpiece, if any. */
    public Optional<SpotDiameter> confirmed() {
        return Optional.ofNullable(confirmed);
    }

    /**
     * Checks that {@code setpoint}'s spot is the confirmed handpiece.
     *
     * @throws DeviceException INVALID_REQUEST when none is confirmed or it differs
     */
    public void check(Setpoint setpoint) throws DeviceException {
        SpotDiameter fitted = confirmed;
        if (fitted == null) {
            throw new DeviceException(DeviceException.Reason.INVALID_REQUEST, "spot diameter " + setpoint.spot()
                    + ": no handpiece confirmed fitted; confirm the handpiece first");
        }
        if (!fitted.equals(setpoint.spot())) {
            throw new DeviceException(DeviceException.Reason.INVALID_REQUEST, "spot diameter " + setpoint.spot()
                    + " differs from the handpiece confirmed fitted (" + fitted + ")");
        }
    }

    /**
     * The spot to report as in force: the confirmed handpiece, or before any confirmation the
     * smallest handpiece (the highest fluence any of them gives at that energy) [inferred].
     */
    public SpotDiameter inForce() {
        SpotDiameter fitted = confirmed;
        return fitted != null ? fitted : handpieces.first();
    }
}
