package org.pulseguard.device;

/**
 * The unit's own pulse counters. Immutable, thread-safe.
 *
 * @param lifetimePulses pulses emitted over the unit's life; never resets
 * @param userPulses pulses since the user counter was last reset
 */
public record PulseCounters(long lifetimePulses, long userPulses) {
    public PulseCounters {
        if (lifetimePulses < 0 || userPulses < 0) {
            throw new IllegalArgumentException("pulse counters " + lifetimePulses + "/" + userPulses + " are negative");
        }
    }
}
