package org.pulseguard.simulator.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.quantaray.EchoMode;
import org.pulseguard.protocol.quantaray.QuantaRayDeviceCodec;
import org.pulseguard.protocol.quantaray.RequestResult;
import org.pulseguard.protocol.quantaray.StatusBit;
import org.pulseguard.protocol.quantaray.StatusRegister;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.LineUnitSnapshot;
import org.pulseguard.simulator.control.UnitState;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.link.SimulatorLinkStatistics;
import org.pulseguard.simulator.link.SimulatorOutputBuffer;
import org.pulseguard.simulator.model.FakeClock;

/** The Quanta-Ray unit's ladder, footswitch-gated firing, watchdog, interlocks and faults, on a fake clock. */
class QuantaRayUnitTest {
    private final FakeClock clock = new FakeClock();
    private final FaultLedger ledger = new FaultLedger();
    private QuantaRayUnit unit = new QuantaRayUnit(QuantaRayConfig.builder().warmUp(Duration.ZERO).noiseSigma(0)
            .build(), clock, ledger);

    /** Sends one command line; returns its reply lines joined by newlines, or "" for none. */
    private String send(String line) {
        RequestResult result = QuantaRayDeviceCodec.parseLine(line);
        return unit.execute(((RequestResult.Accepted) result).request())
                .map(r -> String.join("\n", r.lines())).orElse("");
    }

    private StatusRegister status() {
        return new StatusRegister(Long.parseLong(send("*STB?")));
    }

    private long shots() {
        return Long.parseLong(send("SHOT?"));
    }

    private LineUnitSnapshot<QuantaRayState> snapshot() {
        return unit.snapshot(new SimulatorLinkStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                SimulatorOutputBuffer.empty(), true, "none", null), ledger.counts());
    }

    private void advance(long millis) {
        clock.advanceMillis(millis);
        unit.tick();
    }

    /** ON (simmer at once), QSW REP: armed, waiting for the footswitch. */
    private void arm() {
        send("ON");
        send("QSW REP");
    }

    @Test
    void powerUp_isOff_singleShotMode_computerInControl() {
        assertThat(status().setBits()).containsExactly(StatusBit.COMPUTER_IN_CONTROL);
        assertThat(send("QSW?")).isEqualTo("SING");
        assertThat(snapshot().unitState()).isEqualTo(UnitState.OFF);
    }

    @Test
    void on_warmsUpForItsConfiguredTime_thenTheOscillatorSimmers() {
        unit = new QuantaRayUnit(QuantaRayConfig.builder().build(), clock, ledger);
        send("ON");
        assertThat(status().setBits()).containsExactlyInAnyOrder(StatusBit.MAIN_CONTACTOR_ENERGIZED,
                StatusBit.COMPUTER_IN_CONTROL);
        assertThat(snapshot().unitState()).isEqualTo(UnitState.WARMING_UP);
        advance(19_999);
        assertThat(status().isSet(StatusBit.OSCILLATOR_SIMMER_ON)).isFalse();
        advance(1);
        assertThat(status().isSet(StatusBit.OSCILLATOR_SIMMER_ON)).isTrue();
        assertThat(snapshot().unitState()).isEqualTo(UnitState.STANDBY);
    }

    @Test
    void rep_withTheFootswitchHeld_firesOnEveryLampShotAt10Hz_andOnlyThen() {
        // Given an armed unit: emission can occur
        arm();
        long before = shots();
        assertThat(status().bits()).isEqualTo(8389377L);
        assertThat(snapshot().unitState()).isEqualTo(UnitState.ARMED);

        // When nothing is pressed for 1 s, then the footswitch is held for 2 s, then released
        advance(1000);
        long idle = shots();
        unit.setFootswitch(true);
        assertThat(snapshot().unitState()).isEqualTo(UnitState.EMITTING);
        advance(2000);
        unit.setFootswitch(false);
        long run = shots();
        StatusRegister justAfter = status();
        advance(2000);

        // Then no shot without the footswitch, 20 shots while held, bit 12 only shortly after
        assertThat(idle).isEqualTo(before);
        assertThat(run - before).isEqualTo(20);
        assertThat(shots()).isEqualTo(run);
        assertThat(justAfter.isSet(StatusBit.RECENTLY_FIRED)).isTrue();
        assertThat(status().isSet(StatusBit.RECENTLY_FIRED)).isFalse();
        assertThat(snapshot().emittedPulses()).isEqualTo(20);
    }

    @Test
    void singleAndNormalModes_fireNothing_firFiresOneShotWithTheFootswitch() {
        send("ON");
        unit.setFootswitch(true);
        long before = shots();
        send("QSW SING");
        advance(1000);
        send("QSW NORM");
        advance(1000);
        assertThat(shots()).isEqualTo(before);
        send("QSW FIR");
        advance(1000);
        assertThat(shots() - before).isEqualTo(1);
        assertThat(send("QSW?")).isEqualTo("NORM");
    }

    @Test
    void interlockOpeningMidRun_dropsToSing_setsBits14And15_andFiringStops() {
        // Given a run in progress
        arm();
        unit.setFootswitch(true);
        advance(500);
        long run = shots();

        // When the cover opens
        unit.setInput(InterlockInput.COVER, true);
        advance(1000);

        // Then
        assertThat(shots()).isEqualTo(run);
        assertThat(send("QSW?")).isEqualTo("SING");
        StatusRegister status = status();
        assertThat(status.isSet(StatusBit.COVER_INTERLOCK_OPEN)).isTrue();
        assertThat(status.isSet(StatusBit.INTERLOCK_OPEN)).isTrue();
        assertThat(status.isSet(StatusBit.EMISSION_POSSIBLE)).isFalse();
        assertThat(status.isSet(StatusBit.ERROR_LOG_NOT_EMPTY)).isTrue();
        assertThat(send("READ:HIST?")).startsWith("1 ").contains("\n203 ");
    }

    @Test
    void rep_withAnInterlockOpen_isRefused_theUnitStaysInSing() {
        send("ON");
        unit.setInput(InterlockInput.REMOTE, true);
        send("QSW REP");
        assertThat(send("QSW?")).isEqualTo("SING");
        assertThat(status().isSet(StatusBit.EMISSION_POSSIBLE)).isFalse();
        assertThat(snapshot().unitState()).isEqualTo(UnitState.STANDBY);
    }

    @Test
    void watchdog_turnsTheUnitOff_whenNoCommandArrivesWithinItsPeriod_andNotBefore() {
        arm();
        send("WATC 5");
        advance(4999);
        assertThat(snapshot().device().contactorOn()).isTrue();
        advance(1);
        assertThat(snapshot().device().contactorOn()).isFalse();
        assertThat(snapshot().watchdogExpiries()).isEqualTo(1);
        assertThat(send("QSW?")).isEqualTo("SING");
        assertThat(send("READ:HIST?")).contains("\n101 5\n");
    }

    @Test
    void watchdog_isFedByAnyCommand_andZeroTurnsItOff() {
        arm();
        send("WATC 5");
        for (int i = 0; i < 10; i++) {
            advance(4000);
            send(i % 2 == 0 ? "*STB?" : "OPFN 55");
        }
        assertThat(snapshot().device().contactorOn()).isTrue();
        send("WATC 0");
        advance(200_000);
        assertThat(snapshot().device().contactorOn()).isTrue();
        assertThat(snapshot().watchdogExpiries()).isZero();
    }

    @Test
    void overTemperature_setsQuestionableBits_andOpensTheInterlock() {
        arm();
        unit.setInput(InterlockInput.TEMPERATURE, true);
        assertThat(send("STAT:QUES?")).isEqualTo(Long.toString(1L << 18));
        StatusRegister status = status();
        assertThat(status.isSet(StatusBit.CHECK_QUESTIONABLE_REGISTER)).isTrue();
        assertThat(status.isSet(StatusBit.INTERLOCK_OPEN)).isTrue();
        assertThat(send("QSW?")).isEqualTo("SING");
    }

    @Test
    void waterFlowLoss_setsLowWater_andDeionizedWaterLow() {
        unit.setInput(InterlockInput.WATER_FLOW, true);
        assertThat(status().isSet(StatusBit.LOW_WATER)).isTrue();
        assertThat(send("STAT:QUES?")).isEqualTo("4096");
    }

    @Test
    void emergencyStop_turnsTheUnitOff_andOnIsRefusedWhilePressed() {
        arm();
        unit.setInput(InterlockInput.EMERGENCY_STOP, true);
        assertThat(snapshot().unitState()).isEqualTo(UnitState.OFF);
        send("ON");
        assertThat(snapshot().device().contactorOn()).isFalse();
        unit.setInput(InterlockInput.EMERGENCY_STOP, false);
        send("ON");
        assertThat(snapshot().device().contactorOn()).isTrue();
    }

    @Test
    void reboot_backToPowerUp_shotCounterKept() {
        arm();
        send("WATC 10");
        send("ECH 4");
        send("OPFN 70");
        unit.setFootswitch(true);
        advance(1000);
        long shots = shots();
        unit.reboot();
        assertThat(status().setBits()).containsExactly(StatusBit.COMPUTER_IN_CONTROL);
        assertThat(snapshot().device().watchdogSeconds()).isZero();
        assertThat(unit.echoMode()).isEqualTo(EchoMode.POWER_UP);
        assertThat(send("READ:OPFN?")).isEqualTo("55.0 %");
        assertThat(shots()).isEqualTo(shots);
    }

    @Test
    void pulseEnergy_followsTheUnitsOwnPfnCurve_andMisapplyIsOnePercentOff() {
        send("OPFN 65");
        arm();
        unit.setFootswitch(true);
        advance(100);
        assertThat(snapshot().lastPulseEnergyMillijoules()).isCloseTo(300.0, within(1e-9));
        unit.setMisapplyPending(true);
        send("OPFN 75");
        assertThat(send("READ:OPFN?")).isEqualTo("76.0 %");
        assertThat(ledger.count(FaultKind.MISAPPLY)).isEqualTo(1);
    }

    @Test
    void variableRate_setsTheLampRate() {
        send("LAMP VAR 5");
        arm();
        assertThat(send("QSW?")).isEqualTo("REP");
        long before = shots();
        unit.setFootswitch(true);
        advance(2000);
        assertThat(shots() - before).isEqualTo(10);
        assertThat(send("LAMP VAR?")).isEqualTo("5.00");
        assertThat(send("HELP").lines().collect(Collectors.toList())).hasSize(5);
    }
}
