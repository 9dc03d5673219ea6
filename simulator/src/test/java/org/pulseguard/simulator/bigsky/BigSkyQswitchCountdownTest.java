package org.pulseguard.simulator.bigsky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.bigsky.BigSkyDeviceCodec;
import org.pulseguard.protocol.bigsky.RequestResult;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.model.FakeClock;

/**
 * H7a: the Q-switch time-out countdown as a dead-man. With the time-out function on, writing
 * {@code CLQ} while the Q-switch runs reloads its countdown [inferred]; a host that stops renewing
 * it ends Q-switching when the countdown runs out, footswitch held or not. On a fake clock.
 */
class BigSkyQswitchCountdownTest {
    private final FakeClock clock = new FakeClock();
    private final BigSkyUnit unit = new BigSkyUnit(BigSkyConfig.builder().noiseSigma(0).build(), clock, new FaultLedger());

    private String send(String command) {
        return unit.execute(((RequestResult.Accepted) BigSkyDeviceCodec.parseLine(">" + command)).request()).field();
    }

    private long qswitchCounter() {
        return Long.parseLong(send("CQ").substring(6));
    }

    /** Armed on the footswitch with a 2 s Q-switch countdown, and the footswitch held. */
    private void armWithDeadManAndHoldFootswitch() {
        send("L1");
        send("CLQ0002");
        send("QSM2");
        send("QOF1");
        send("R1");
        send("A");
        send("PQ");
        unit.setFootswitch(true);
    }

    /** The host's polls: each renews the countdown, and the unit echoes the preset. */
    private void renewEvery200msFor(int polls) {
        for (int i = 0; i < polls; i++) {
            clock.advanceMillis(200);
            assertThat(send("CLQ0002")).isEqualTo("con QS  = 00:02");
        }
    }

    @Test
    void renewedEvery200ms_keepsFiringLongPastTheCountdown() {
        armWithDeadManAndHoldFootswitch();
        long before = qswitchCounter();

        renewEvery200msFor(50); // 10 s of polls

        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 6");
        assertThat(qswitchCounter() - before).isEqualTo(100); // 10 Hz for 10 s
        assertThat(send("LQ")).isEqualTo("cpt QS  = 00:02");
    }

    @Test
    void renewalsStop_qswitchingEndsWhenTheCountdownRunsOut_footswitchStillHeld() {
        armWithDeadManAndHoldFootswitch();
        renewEvery200msFor(25); // 5 s of polls; the last renewal the unit receives
        long atLastRenewal = qswitchCounter();

        clock.advanceMillis(1900);
        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 6");
        clock.advanceMillis(100);
        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 4");
        long atExpiry = qswitchCounter();
        clock.advanceMillis(30_000); // under the 1 min firing preset, so only the Q-switch countdown acted

        assertThat(atExpiry - atLastRenewal).isEqualTo(20); // 2 s at 10 Hz, then nothing
        assertThat(qswitchCounter()).isEqualTo(atExpiry);
        assertThat(unit.snapshot(BigSkyUnitTest.noLink(), java.util.Map.of()).watchdogExpiries()).isEqualTo(1);
    }
}
