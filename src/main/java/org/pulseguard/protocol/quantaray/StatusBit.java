package org.pulseguard.protocol.quantaray;

/**
 * The documented bits of the {@code *STB?} status register (docs/references.md#quantaray-place-driver, from
 * PLACE {@code get_status}). Bits 1, 4, 6 and 25..31 are reserved and have no constant.
 */
public enum StatusBit {
    EMISSION_POSSIBLE(0),
    ERROR_LOG_NOT_EMPTY(2),
    CHECK_QUESTIONABLE_REGISTER(3),
    CHECK_EVENT_STATUS_REGISTER(5),
    CHECK_OPERATION_REGISTER(7),
    MAIN_CONTACTOR_ENERGIZED(8),
    OSCILLATOR_SIMMER_ON(9),
    AMPLIFIER_SIMMER_ON(10),
    OSCILLATOR_PFN_AT_TARGET(11),
    RECENTLY_FIRED(12),
    SUPPLY_15V_FAILURE(13),
    COVER_INTERLOCK_OPEN(14),
    INTERLOCK_OPEN(15),
    REMOTE_PANEL_DISCONNECTED(16),
    SUPPLY_208VAC_FAILURE(17),
    CDRH_ENABLE_FAILURE(18),
    LASER_ID_FAULT(19),
    LOW_WATER(20),
    INTERLOCK_FAULT(21),
    REMOTE_PANEL_CONNECTED(22),
    COMPUTER_IN_CONTROL(23),
    MAIN_CONTACTOR_SHOULD_BE_ON(24);

    private final int bit;

    StatusBit(int bit) {
        this.bit = bit;
    }

    /** The bit index, 0 = least significant. */
    public int bit() {
        return bit;
    }

    /** The register value with only this bit set. */
    public long mask() {
        return 1L << bit;
    }
}
