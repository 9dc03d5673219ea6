package org.pulseguard.simulator.fault;

/** Every kind of fault the simulator can inject, as counted in {@link FaultLedger}. */
public enum FaultKind {
    /** A reply was not sent. */
    DROP_REPLY,
    /** A reply was held back before sending (a late reply). */
    DELAY_REPLY,
    /** A reply was sent with one bit flipped. */
    CORRUPT_REPLY,
    /** A reply was sent twice. */
    DUPLICATE_REPLY,
    /** A reply was sent in pieces with a gap between them. */
    SPLIT_REPLY,
    /** The device stopped answering (no replies, no events). */
    MUTE,
    /** The link was cut (endpoint closed, the peer reads end of file). */
    CUT_LINK,
    /** The device rebooted. */
    REBOOT,
    /** The energy monitor started drifting. */
    ENERGY_DRIFT,
    /** The energy monitor got a step offset. */
    ENERGY_OFFSET,
    /** The coolant went over temperature (TEMPERATURE interlock opened). */
    OVER_TEMPERATURE,
    /** The water flow was lost (WATER_FLOW interlock opened). */
    WATER_FLOW_LOSS,
    /** A SET request was applied with a different value than requested. */
    MISAPPLY,
    /** Garbage bytes were sent. */
    GARBAGE,
    /** A reply was cut short: only its first bytes were sent, the rest never. */
    TRUNCATE_REPLY
}
