package org.pulseguard.device;

/**
 * Operating state of a laser unit, independent of any dialect. {@link #STANDBY} and {@link #READY}
 * are the two states required of medical lasers: no emission is possible in STANDBY; in READY
 * emission happens only while the footswitch is pressed.
 */
public enum LaserState {
    /** Key switch off. */
    OFF,
    /** Lamp and coolant coming up to temperature; arming is refused. */
    WARM_UP,
    /** No emission possible; parameters may be changed. */
    STANDBY,
    /** Emission possible while the footswitch is pressed (after the emission delay). */
    READY,
    /** The footswitch is held and the unit is pulsing. */
    EMISSION,
    /** Not known, for example before the first status or on a unit that cannot report it. */
    UNKNOWN
}
