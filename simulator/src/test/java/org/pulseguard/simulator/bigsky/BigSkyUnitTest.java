package org.pulseguard.simulator.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.bigsky.BigSkyDeviceCodec;
import org.pulseguard.protocol.bigsky.RequestResult;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.LineUnitSnapshot;
import org.pulseguard.simulator.control.UnitState;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.link.SimulatorLinkStatistics;
import org.pulseguard.simulator.link.SimulatorOutputBuffer;
import org.pulseguard.simulator.model.FakeClock;

/** The Big Sky unit's ladder, firing, counters, time-outs and faults, on a fake clock. */
class BigSkyUnitTest {
    private final FakeClock clock = new FakeClock();
    private final FaultLedger ledger = new FaultLedger();
    private final BigSkyUnit unit = new BigSkyUnit(BigSkyConfig.builder().noiseSigma(0).build(), clock, ledger);

    /** Sends one command line (prefix {@code >} added) and returns the 15-character field. */
    private String send(String command) {
        RequestResult result = BigSkyDeviceCodec.parseLine(">" + command);
        if (result instanceof RequestResult.OutOfRange) {
            return unit.unchanged(((RequestResult.OutOfRange) result).command()).field();
        }
        return unit.execute(((RequestResult.Accepted) result).request()).field();
    }

    private long counter(String command) {
        return Long.parseLong(send(command).substring(6));
    }

    private LineUnitSnapshot<BigSkyState> snapshot() {
        return unit.snapshot(noLink(), ledger.counts());
    }

    /** Link tallies for a unit driven without a link. */
    static SimulatorLinkStatistics noLink() {
        return new SimulatorLinkStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                SimulatorOutputBuffer.empty(), true, "none", null);
    }

    /** QSM2, QOF1, shutter open, lamp and Q-switch started: armed, waiting for the footswitch. */
    private void armExternal() {
        send("QSM2");
        send("QOF1");
        send("R1");
        send("A");
        send("PQ");
    }

    @Test
    void powerUp_pumpOn_lampQswitchAndShutterStopped() {
        assertThat(send("WOR")).isEqualTo("I 0 F 0 S 0 Q 0");
        assertThat(send("P")).isEqualTo("CG pump       1");
        assertThat(send("R")).isEqualTo("shutter closed ");
        assertThat(send("IQ")).isEqualTo("IQ     01000010");
        assertThat(snapshot().unitState()).isEqualTo(UnitState.STANDBY);
    }

    @Test
    void start_withAnInterlockOpen_isRefused_andTheUnitStaysInStop() {
        // Given the cover is open
        unit.setInput(InterlockInput.COVER, true);

        // When the host asks for the lamp, the Q-switch and the shutter
        String lamp = send("A");
        String qswitch = send("PQ");
        String shutter = send("R1");

        // Then each is refused: WOR shows the open interlock and everything stopped
        assertThat(lamp).isEqualTo("I 1 F 0 S 0 Q 0");
        assertThat(qswitch).isEqualTo("I 1 F 0 S 0 Q 0");
        assertThat(shutter).isEqualTo("shutter closed ");
        assertThat(send("IF")).isEqualTo("IF     00000010");
    }

    @Test
    void start_withThePumpOff_isRefused_becauseWaterFlowStops() {
        send("P0");
        assertThat(send("A")).isEqualTo("I 1 F 0 S 0 Q 0");
        assertThat(send("IF")).isEqualTo("IF     10000000");
        assertThat(snapshot().unitState()).isEqualTo(UnitState.OFF);
    }

    @Test
    void externalMode_firesTheQswitchOnEveryLampShot_whileTheFootswitchIsHeld() {
        // Given an armed unit at 10 Hz, Q-switch on the external trigger
        armExternal();
        long lamp = counter("C");
        long qswitch = counter("CQ");
        long user = counter("UCQ");
        assertThat(snapshot().unitState()).isEqualTo(UnitState.ARMED);

        // When the footswitch is held for 2 s, then released for 1 s
        unit.setFootswitch(true);
        assertThat(snapshot().unitState()).isEqualTo(UnitState.EMITTING);
        clock.advanceMillis(2000);
        unit.setFootswitch(false);
        long qswitchAfterRun = counter("CQ");
        clock.advanceMillis(1000);

        // Then 20 Q-switch shots (every lamp shot while held), none after; the lamp kept counting
        assertThat(qswitchAfterRun - qswitch).isEqualTo(20);
        assertThat(counter("CQ")).isEqualTo(qswitchAfterRun);
        assertThat(counter("UCQ") - user).isEqualTo(20);
        assertThat(counter("C") - lamp).isEqualTo(30);
        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 6");
        assertThat(snapshot().emittedPulses()).isEqualTo(20);
    }

    @Test
    void autoMode_firesEveryQsfthLampShot_withoutTheFootswitch() {
        send("QSF5");
        send("R1");
        send("A");
        send("PQ");
        long lamp = counter("C");
        long qswitch = counter("CQ");

        clock.advanceMillis(2000);
        unit.tick();

        assertThat(counter("C") - lamp).isEqualTo(20);
        assertThat(counter("CQ") - qswitch).isEqualTo(4);
        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 2");
    }

    @Test
    void burstMode_firesQspShots_thenTheQswitchStops() {
        send("QSM1");
        send("QSP3");
        send("R1");
        send("A");
        send("PQ");
        long qswitch = counter("CQ");

        clock.advanceMillis(1000);
        unit.tick();

        assertThat(counter("CQ") - qswitch).isEqualTo(3);
        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 0");
    }

    @Test
    void singleShot_firesOnce_onTheNextLampShot() {
        send("R1");
        send("A");
        long qswitch = counter("CQ");

        assertThat(send("OQ")).isEqualTo("I 0 F 2 S 1 Q 1");
        clock.advanceMillis(1000);
        unit.tick();

        assertThat(counter("CQ") - qswitch).isEqualTo(1);
        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 0");
    }

    @Test
    void closedShutterOrQofZero_blocksTheQswitch_butTheLampStillCounts() {
        armExternal();
        send("R0");
        long qswitch = counter("CQ");
        long lamp = counter("C");
        unit.setFootswitch(true);
        clock.advanceMillis(1000);
        send("R1");
        send("QOF0");
        clock.advanceMillis(1000);

        assertThat(counter("CQ")).isEqualTo(qswitch);
        assertThat(counter("C") - lamp).isEqualTo(20);
    }

    @Test
    void interlockOpeningMidRun_stopsLampAndQswitch_andClosesTheShutter_atOnce() {
        // Given a run in progress
        armExternal();
        unit.setFootswitch(true);
        clock.advanceMillis(500);
        long qswitch = counter("CQ");

        // When the door interlock opens
        unit.setInput(InterlockInput.REMOTE, true);
        clock.advanceMillis(1000);

        // Then everything stopped at once and stays stopped after it closes again
        assertThat(send("WOR")).isEqualTo("I 1 F 0 S 0 Q 4");
        assertThat(send("R")).isEqualTo("shutter closed ");
        assertThat(send("IF")).isEqualTo("IF     00000100");
        assertThat(counter("CQ")).isEqualTo(qswitch);
        unit.setInput(InterlockInput.REMOTE, false);
        assertThat(send("WOR")).isEqualTo("I 0 F 0 S 0 Q 4");
    }

    @Test
    void overTemperature_setsTheWaterTemperatureBits_andStopsTheLamp() {
        send("A");
        unit.setInput(InterlockInput.TEMPERATURE, true);

        assertThat(send("IF2")).isEqualTo("IF2    00000100");
        assertThat(send("IQ")).isEqualTo("IQ     01100010");
        assertThat(send("WOR")).isEqualTo("I 1 F 0 S 0 Q 0");
        assertThat(send("CG")).isEqualTo("temp. CG 45 d  ");
    }

    @Test
    void firingTimeout_withTimeOutOn_stopsLampFiringAtItsPreset_andNotBefore() {
        // Given the time-out function on, 5 s firing preset
        send("L1");
        send("CLC0005");
        send("A");
        long lamp = counter("C");

        // When 4.9 s pass the lamp still fires; at 5.0 s it drops to simmer
        clock.advanceMillis(4900);
        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 0");
        assertThat(send("LC")).isEqualTo("cpt LF  = 00:01");
        clock.advanceMillis(100);

        // Then
        assertThat(send("WOR")).isEqualTo("I 0 F 0 S 1 Q 0");
        assertThat(counter("C") - lamp).isEqualTo(50);
        assertThat(send("LC")).isEqualTo("cpt LF  = 00:00");
        assertThat(snapshot().watchdogExpiries()).isEqualTo(1);
    }

    @Test
    void timeouts_withTimeOutOff_countDownButStopNothing() {
        send("CLC0005");
        send("A");
        clock.advanceMillis(2000);
        assertThat(send("LC")).isEqualTo("cpt LF  = 00:03");
        clock.advanceMillis(8000);
        assertThat(send("WOR")).isEqualTo("I 0 F 2 S 1 Q 0");
        assertThat(send("LC")).isEqualTo("cpt LF  = 00:00");
    }

    @Test
    void qswitchAndSimmerTimeouts_stopTheirFunctions() {
        send("L1");
        send("CLQ0003");
        send("CLS0002");
        send("PQ");
        send("M");
        clock.advanceMillis(2000);
        assertThat(send("WOR")).isEqualTo("I 0 F 0 S 0 Q 2");
        clock.advanceMillis(1000);
        assertThat(send("WOR")).isEqualTo("I 0 F 0 S 0 Q 0");
    }

    @Test
    void reboot_restoresPowerUpSettingsAndStops_butKeepsCounters() {
        send("V1000");
        send("F500");
        send("A");
        clock.advanceMillis(1000);
        long lamp = counter("C");

        unit.reboot();

        assertThat(send("V")).isEqualTo("voltage  0920 V");
        assertThat(send("F")).isEqualTo("freq.  10.00 Hz");
        assertThat(send("WOR")).isEqualTo("I 0 F 0 S 0 Q 0");
        assertThat(counter("C")).isEqualTo(lamp);
    }

    @Test
    void setFormsTheUnitDoesNotTake_leaveTheValueUnchanged() {
        assertThat(send("V2000")).isEqualTo("voltage  0920 V");
        assertThat(send("W500")).isEqualTo("delay    225 uS");
        send("A");
        assertThat(send("QSM2")).isEqualTo("QS mode  :   0 ");
        assertThat(send("LPM1")).isEqualTo("LP synch :  0  ");
        assertThat(send("CFG2")).isEqualTo("configuration 1");
    }

    @Test
    void misapply_appliesTheNextNumericSettingOneStepOff_once() {
        unit.setMisapplyPending(true);

        assertThat(send("V1000")).isEqualTo("voltage  1001 V");
        assertThat(send("V1000")).isEqualTo("voltage  1000 V");
        assertThat(ledger.count(FaultKind.MISAPPLY)).isEqualTo(1);
    }

    @Test
    void pulseEnergy_followsTheUnitsOwnCurve_andInjectedDrift() {
        send("V1100");
        armExternal();
        unit.setFootswitch(true);
        clock.advanceMillis(100);
        assertThat(snapshot().lastPulseEnergyMillijoules()).isCloseTo(120.0, within(1e-9));
        assertThat(snapshot().energyMillijoules()).isCloseTo(120.0, within(1e-9));

        unit.setEnergyDrift(0.10);
        clock.advanceMillis(60_000);
        assertThat(snapshot().lastPulseEnergyMillijoules()).isCloseTo(132.0, within(0.01));
    }

    @Test
    void configurations_saveAndLoad_andUserCountersReset() {
        send("V1000");
        assertThat(send("SAV2")).isEqualTo("Save config.  2");
        send("V900");
        assertThat(send("CFG2")).isEqualTo("configuration 2");
        assertThat(send("V")).isEqualTo("voltage  1000 V");
        assertThat(send("UC0")).isEqualTo("cu LP 000000000");
        assertThat(send("UCQ0")).isEqualTo("cu QS 000000000");
        assertThat(send("CQ")).isEqualTo("ct QS 000123456");
    }
}
