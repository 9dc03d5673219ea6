package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.Setpoint;
import org.pulseguard.simulator.control.UnitState;

/**
 * H7a on the real driver and the real Big Sky simulator over a pty: the driver keeps the unit's
 * Q-switch countdown short and renews it from its polls, so a host that is cut off while the unit
 * is armed and the footswitch held stops Q-switching within the countdown (2 s), footswitch still
 * held. The oracle is the simulator's own pulse count, in device time: at most the pulses of one
 * countdown after the cut, then none.
 */
class BigSkyDeadManIT {
    /** Pulses at most after the last renewal the unit received: 2 s at the rig's 5 Hz, plus the shot due at expiry. */
    private static final long MOST_PULSES_AFTER_CUT = 2 * 5 + 1;

    @TempDir
    Path dir;
    private DialectRig rig;

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void linkCutWhileArmedWithTheFootswitchHeld_unitStopsFiringWithinTheCountdown() throws Exception {
        // Given an armed Big Sky firing on the held footswitch for longer than one countdown (the polls renew it)
        rig = new DialectRig("bigsky", dir);
        Setpoint setpoint = rig.setpoint();
        rig.driver.confirmHandpiece(setpoint.spot());
        rig.driver.applySetpoint(setpoint);
        assertThat(rig.driver.arm()).isEqualTo(LaserState.READY);
        rig.control.pressFootswitch();
        Thread.sleep(3500); // longer than the 2 s countdown: only renewals keep it firing
        assertThat(rig.control.snapshot().unitState()).isEqualTo(UnitState.EMITTING);

        // When the link is cut (nothing the host sends arrives any more); the footswitch stays held
        long atCut = rig.control.snapshot().emittedPulses();
        rig.control.cutLink();

        // Then the unit stops Q-switching by itself, and fires no more
        await().atMost(Duration.ofSeconds(30)).until(() -> rig.control.snapshot().unitState() != UnitState.EMITTING);
        long atStop = rig.control.snapshot().emittedPulses();
        assertThat(rig.control.snapshot().footswitchPressed()).isTrue();
        assertThat(rig.control.snapshot().watchdogExpiries()).as("stopped by the Q-switch countdown").isPositive();
        assertThat(atStop - atCut).isLessThanOrEqualTo(MOST_PULSES_AFTER_CUT);
        Thread.sleep(1000);
        assertThat(rig.control.snapshot().emittedPulses()).isEqualTo(atStop);
    }
}
