package org.pulseguard.device.quantaray;

import org.pulseguard.device.PulseCounters;

/**
 * The user pulse counter a Quanta-Ray unit does not have [inferred]: {@code SHOT?} is its only
 * counter (the lifetime one), so the driver keeps the lifetime count at the last user reset and
 * reports the difference. Until the first reset the user count equals the lifetime count. The
 * offset lives as long as the driver (across reconnects to the same unit, not across restarts); a
 * lifetime count below it (a replaced board) restarts the user count from 0. Thread-safe.
 */
final class UserPulseCounter {
    private long offset;

    synchronized PulseCounters at(long lifetime) {
        if (lifetime < offset) {
            offset = lifetime;
        }
        return new PulseCounters(lifetime, lifetime - offset);
    }

    synchronized PulseCounters resetAt(long lifetime) {
        offset = lifetime;
        return new PulseCounters(lifetime, 0);
    }
}
