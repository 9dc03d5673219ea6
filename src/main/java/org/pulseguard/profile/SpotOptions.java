package org.pulseguard.profile;

import java.util.Optional;
import org.pulseguard.quantity.SpotDiameter;

/**
 * The spot diameters a unit can make: a motorised zoom ({@link ZoomSpots}) or a set of fixed
 * handpieces ({@link HandpieceSpots}). Implementations are immutable and thread-safe.
 */
public sealed interface SpotOptions permits ZoomSpots, HandpieceSpots {

    /** True when the unit can make exactly {@code spot}. */
    boolean canMake(SpotDiameter spot);

    /** The smallest spot the unit can make (the highest fluence for a given energy). */
    SpotDiameter smallest();

    /** The largest spot the unit can make (the lowest fluence for a given energy). */
    SpotDiameter largest();

    /**
     * The spots of these options that lie within {@code lowest..highest}, or empty when none does.
     */
    Optional<SpotOptions> within(SpotDiameter lowest, SpotDiameter highest);

    /** A short description with units, for example {@code "zoom 1..10 mm in 0.1 mm steps"}. */
    String describe();
}
