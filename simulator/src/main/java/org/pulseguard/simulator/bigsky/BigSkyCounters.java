package org.pulseguard.simulator.bigsky;

/**
 * The Big Sky unit's shot counters (laser-protocols.md section 1.7): lamp total {@code C} and user
 * {@code UC}, Q-switch total {@code CQ} and user {@code UCQ}, nine digits each, wrapping after
 * 999999999; plus the simulator's own tallies (pulses emitted, last pulse energy, time-out stops).
 * Kept across reboots. Not thread-safe; owned by {@link BigSkyModel}.
 */
final class BigSkyCounters {
    long lampTotal;
    long lampUser;
    long qswitchTotal;
    long qswitchUser;
    long emitted;
    double lastPulseMillijoules;
    long timeoutStops;

    BigSkyCounters(BigSkyConfig config) {
        lampTotal = config.lampShotsAtStart();
        lampUser = config.lampUserShotsAtStart();
        qswitchTotal = config.qswitchShotsAtStart();
        qswitchUser = config.qswitchUserShotsAtStart();
    }

    void countLampShot() {
        lampTotal = next(lampTotal);
        lampUser = next(lampUser);
    }

    void countPulse(double millijoules) {
        qswitchTotal = next(qswitchTotal);
        qswitchUser = next(qswitchUser);
        emitted++;
        lastPulseMillijoules = millijoules;
    }

    private static long next(long counter) {
        return counter >= BigSkyConfig.MAX_COUNTER ? 0 : counter + 1;
    }
}
