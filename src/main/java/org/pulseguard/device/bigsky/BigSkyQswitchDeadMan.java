package org.pulseguard.device.bigsky;

import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.BigSkyRequest;

/**
 * H7a: the Big Sky's Q-switch time-out countdown used as a dead-man (docs/protocol/bigsky.md
 * "Q-switch dead-man"). The unit has no host watchdog; after a lost link it keeps its Q-switch armed
 * on the footswitch. So at arm the driver switches the time-out function on ({@code L1}), sets the
 * lamp-firing countdown to its maximum ({@code CLC9959}, so it does not cut a treatment short) and
 * the Q-switch countdown short ({@code CLQ} {@value #COUNTDOWN_SECONDS} s), and while armed every
 * poll writes {@code CLQ} again, which reloads the countdown [inferred]. A host that stops polling
 * stops renewing, and a unit that honours the countdown as documented stops Q-switching within
 * {@value #COUNTDOWN_SECONDS} s of the last renewal it received.
 *
 * <p>{@value #COUNTDOWN_SECONDS} s is above the longest gap between two polls while the link is
 * healthy (poll period 200 ms plus three 250 ms attempts of one exchange, under 1 s) and short
 * enough that at most 20 pulses at 10 Hz follow a lost host. Every write's echo must be the value
 * sent; otherwise the dead-man is not in place and the link cannot be trusted (PROTOCOL_ERROR).
 *
 * <p>Thread-safe: used under the driver's command lock; {@link #disarm()} from any thread.
 */
final class BigSkyQswitchDeadMan {
    /** The Q-switch countdown kept while armed, in seconds. */
    static final int COUNTDOWN_SECONDS = 2;
    /** The lamp-firing countdown while armed: the longest the unit takes (99:59). */
    static final int FIRING_COUNTDOWN_SECONDS = 99 * 60 + 59;

    private volatile boolean armed;
    private volatile boolean functionSet; // L1 set on this connection; stays set at disarm, as L1 does on the unit

    /** Before {@code PQ}: time-out function on, firing countdown at its maximum, Q-switch countdown short. */
    void arm(BigSkyLink link, long fence) throws DeviceException {
        int function = link.set(BigSkyCommand.TIMEOUT_FUNCTION, 1, fence);
        if (function != 1) {
            throw notInPlace("L1 (time-out function on) echoed " + function);
        }
        functionSet = true;
        countdown(link, BigSkyCommand.FIRING_TIMEOUT_PRESET, FIRING_COUNTDOWN_SECONDS, fence);
        countdown(link, BigSkyCommand.QSWITCH_TIMEOUT_PRESET, COUNTDOWN_SECONDS, fence);
        armed = true;
    }

    /** From every poll: reloads the Q-switch countdown while armed; nothing otherwise. */
    void renewIfArmed(BigSkyLink link) throws DeviceException {
        if (armed) {
            countdown(link, BigSkyCommand.QSWITCH_TIMEOUT_PRESET, COUNTDOWN_SECONDS, link.fence());
        }
    }

    /**
     * Whether the unit forgot the time-out function the driver switched on: one {@code L} query,
     * true when it reads 0, the power-up value (saved configuration 1 as the factory left it), so
     * the unit restarted since an arm [inferred: a reboot loads configuration 1]. False, with no
     * query, before the first arm on this connection (the driver has set nothing to forget).
     */
    boolean forgotten(BigSkyLink link) throws DeviceException {
        return functionSet && link.number(BigSkyCommand.TIMEOUT_FUNCTION) == 0;
    }

    /** The unit was deactivated (standby, trip, emergency stop): no more renewals. */
    void disarm() {
        armed = false;
    }

    private static void countdown(BigSkyLink link, BigSkyCommand preset, int seconds, long fence)
            throws DeviceException {
        int echoed = link.exchange(BigSkyRequest.of(preset, seconds), BigSkyReply.Countdown.class, fence).seconds();
        if (echoed != seconds) {
            throw notInPlace(preset.mnemonic() + " " + seconds + " s echoed " + echoed + " s");
        }
    }

    private static DeviceException notInPlace(String what) {
        return new DeviceException(DeviceException.Reason.PROTOCOL_ERROR,
                "Q-switch dead-man not in place: " + what);
    }
}
