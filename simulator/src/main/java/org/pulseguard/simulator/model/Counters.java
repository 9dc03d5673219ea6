package org.pulseguard.simulator.model;

/**
 * The unit's pulse counters (section 6.4) and the simulator's own tallies. The lifetime and user
 * counters wrap at 2^32 like their u32 wire fields. Not thread-safe; owned by {@link LaserModel}.
 */
final class Counters {
    private static final long U32 = 0xFFFF_FFFFL;

    long lifetime;
    long user;
    long emitted;
    long lastMeasured;
    long watchdogExpiries;

    Counters(long lifetimeAtStart) {
        this.lifetime = lifetimeAtStart;
    }

    void countPulse() {
        lifetime = (lifetime + 1) & U32;
        user = (user + 1) & U32;
        emitted++;
    }

    void resetUser() {
        user = 0;
    }
}
