package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.quantity.PulseEnergy;

/** Runs as records: pulses after the stop, the pulse limit, measured energy, counts left open by a link loss. */
class RunAccountingTest {
    private final SupervisorFixture f = new SupervisorFixture().in(SessionState.READY);

    private void counted(long first, long last) {
        f.supervisor.onEvent(new DeviceEvent.PulsesCounted(f.clock.instant(), first, last));
    }

    private void emission() {
        f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(), LaserState.READY, LaserState.EMISSION,
                StateChangeCause.FOOTSWITCH));
    }

    @Test
    void pulsesCountedAfterAnEmergencyStop_belongToTheRunItEnded() {
        emission();
        counted(101, 112);
        f.supervisor.emergencyStop();
        f.clock.advance(Duration.ofMillis(250));
        counted(113, 115);

        TreatmentRun run = f.supervisor.sessionTally().runs().get(0);
        assertThat(run.pulses()).isEqualTo(12);
        assertThat(run.pulsesAfterStop()).isEqualTo(3);
        assertThat(run.endedBy()).isEqualTo(ReasonCode.EMERGENCY_STOP);
        assertThat(f.supervisor.sessionTally().runs()).hasSize(1);
        assertThat(f.supervisor.sessionPulses()).isEqualTo(15);
        assertThat(f.lastEvent().reason()).isEqualTo(ReasonCode.PULSES_AFTER_STOP);
        assertThat(f.lastEvent().run()).isEqualTo(run);
        assertThat(f.lastEvent().tally().totalPulses()).isEqualTo(15);
    }

    @Test
    void pulsesAfterTheStrayGrace_areUnexpectedEmission_countedInARunOfTheirOwn() {
        emission();
        counted(101, 110);
        f.supervisor.standby();
        f.clock.advance(Duration.ofMillis(400));
        counted(111, 114);

        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        assertThat(f.supervisor.sessionTally().runs()).extracting(TreatmentRun::totalPulses).containsExactly(10L, 4L);
        assertThat(f.supervisor.sessionTally().runs().get(1).endedBy()).isEqualTo(ReasonCode.UNEXPECTED_EMISSION);
    }

    @Test
    void sessionPulseLimit_countsThePulsesCountedAfterTheStop() {
        emission();
        counted(1, 998);
        f.supervisor.emergencyStop();
        counted(999, 1000);
        f.supervisor.reset();

        Outcome arm = f.supervisor.arm();

        assertThat(arm.accepted()).isFalse();
        assertThat(arm.reason()).isEqualTo(ReasonCode.SESSION_PULSE_LIMIT);
        assertThat(arm.detail()).startsWith("1000 pulses reached the limit of 1000");
    }

    @Test
    void measuredEnergy_minMeanMax_andPulsesOutsideTolerance_areOnTheRun() {
        f.supervisor.onEvent(new DeviceEvent.FootswitchChanged(f.clock.instant(), true));
        for (long microjoules : new long[] {380_000, 400_000, 480_000}) {
            f.supervisor.onEvent(new DeviceEvent.PulseEmitted(f.clock.instant(), 1, 1, new PulseEnergy(microjoules)));
        }
        f.supervisor.onEvent(new DeviceEvent.FootswitchChanged(f.clock.instant(), false));

        TreatmentRun run = f.supervisor.sessionTally().runs().get(0);
        assertThat(run.measured().minimum()).isEqualTo(PulseEnergy.ofMillijoules(380));
        assertThat(run.measured().mean()).isEqualTo(PulseEnergy.ofMillijoules(420));
        assertThat(run.measured().maximum()).isEqualTo(PulseEnergy.ofMillijoules(480));
        assertThat(run.pulsesOutsideTolerance()).isEqualTo(1); // 480 mJ is 20 % off; the profile allows 15 %
        assertThat(run.endedBy()).isEqualTo(ReasonCode.RUN_ENDED);
        assertThat(run.fluence()).isNotNull();
    }

    @Test
    void linkLostWhileFiring_leavesTheRunAndSessionCountOpen() {
        emission();
        counted(101, 105);

        f.supervisor.onEvent(new DeviceEvent.LinkLost(f.clock.instant(), "port closed"));

        SessionTally tally = f.supervisor.sessionTally();
        assertThat(tally.countExact()).isFalse();
        assertThat(tally.runs().get(0).countExact()).isFalse();
        assertThat(tally.runs().get(0).unknownAfter().cause()).isEqualTo(ReasonCode.LINK_LOST);
        assertThat(f.lastEvent().reason()).isEqualTo(ReasonCode.LINK_LOST);
        assertThat(f.lastEvent().detail()).contains("unseen");
        f.supervisor.closeSession();
        assertThat(f.lastEvent().detail()).contains("lower bound");
    }

    @Test
    void linkLostWhileArmedBeforeAnyRun_leavesTheSessionCountOpen() {
        f.supervisor.onEvent(new DeviceEvent.LinkLost(f.clock.instant(), "port closed"));

        assertThat(f.supervisor.sessionTally().countExact()).isFalse();
    }

    @Test
    void linkLostLongAfterTheLastStop_leavesTheCountExact() {
        emission();
        counted(101, 105);
        f.supervisor.standby();
        f.clock.advance(Duration.ofSeconds(5));

        f.supervisor.onEvent(new DeviceEvent.LinkLost(f.clock.instant(), "port closed"));

        assertThat(f.supervisor.sessionTally().countExact()).isTrue();
        assertThat(f.supervisor.sessionTally().runs().get(0).countExact()).isTrue();
    }

    @Test
    void unitRestartedWhileArmed_tripsNamingTheRestart() {
        f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(), LaserState.READY, LaserState.WARM_UP,
                StateChangeCause.POWER));

        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        assertThat(f.lastEvent().reason()).isEqualTo(ReasonCode.UNIT_RESTARTED);
        assertThat(f.lastEvent().detail()).contains("restarted");
    }

    @Test
    void polledUnitReportingEmissionFromPulsesCountedAfterTheStop_isRecorded_notATrip() {
        emission();
        counted(101, 104);
        f.supervisor.emergencyStop();
        f.clock.advance(Duration.ofMillis(200));

        f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(), LaserState.STANDBY, LaserState.EMISSION,
                StateChangeCause.FOOTSWITCH));
        counted(105, 106);

        assertThat(f.supervisor.state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
        assertThat(f.events).noneMatch(e -> e.reason() == ReasonCode.UNEXPECTED_STATE);
        assertThat(f.supervisor.sessionTally().runs().get(0).pulsesAfterStop()).isEqualTo(2);
    }

    @Test
    void unitEmittingAfterAStandbyThatEndedNoRun_stillTripsWithAnEmergencyStop() {
        f.supervisor.standby();
        f.clock.advance(Duration.ofMillis(100));

        f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(), LaserState.STANDBY, LaserState.EMISSION,
                StateChangeCause.FOOTSWITCH));

        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        assertThat(f.lastEvent().reason()).isEqualTo(ReasonCode.UNEXPECTED_STATE);
        assertThat(f.device.calls).contains("emergencyStop");
    }
}
