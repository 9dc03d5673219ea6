package org.pulseguard.simulator.model;

/**
 * The instants the state ladder runs on, in nanoseconds of device time: warm-up end, entering
 * READY, last heartbeat, footswitch press, and the pulse schedule. Not thread-safe; owned by
 * {@link LaserModel}.
 */
final class LadderTimers {
    long warmUpEndsAt;
    long readySince;
    long lastHeartbeat;
    long footswitchSince;
    long emissionStartedAt;
    long pulseIndex;
    long nextPulseAt;

    void startEmission(long at) {
        emissionStartedAt = at;
        pulseIndex = 0;
        nextPulseAt = at;
    }

    /** Pulse k is due at start + k x 1e12 / rate (mHz), computed without drift or overflow. */
    void scheduleNextPulse(long rateMillihertz) {
        pulseIndex++;
        long whole = (pulseIndex / rateMillihertz) * 1_000_000_000_000L;
        long part = (pulseIndex % rateMillihertz) * 1_000_000_000_000L / rateMillihertz;
        nextPulseAt = emissionStartedAt + whole + part;
    }
}
