package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SkinType;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.protocol.reference.WireState;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.ReasonCode;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.session.SupervisorSettings;

/**
 * Every trip of the supervisor, injected through the simulator's control channel while a run is in
 * progress, ends with the simulated laser in STANDBY (or OFF) and a reason on record.
 */
class SupervisorTripIT {
    private static final ProfileSet PROFILES = new ProfileLoader().loadDeviceFolder(Path.of("device-profiles/reference-laser"))
            .set("reference-laser").orElseThrow();
    private static final Setpoint SETPOINT = new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
            RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064);

    enum Trip {
        ENERGY_OUT_OF_TOLERANCE, INTERLOCK_OPENED, LINK_LOST_SILENT, LINK_LOST_CUT, DEVICE_FAULT, WATCHDOG_EXPIRED,
        STUCK_FOOTSWITCH, PARAMETER_CHANGE, HANDPIECE_CHANGE, EMERGENCY_STOP, UNIT_REBOOT
    }

    @TempDir
    Path dir;
    private ReferenceRig rig;
    private SessionSupervisor supervisor;
    private final List<SupervisorEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void tearDown() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Trip.class)
    void tripDuringARun_endsWithTheLaserInStandbyAndAReason(Trip trip) throws Exception {
        // Given: a run in progress
        Duration heartbeat = trip == Trip.WATCHDOG_EXPIRED ? Duration.ofSeconds(30) : null;
        rig = new ReferenceRig(dir, ReferenceRig.fastConfig().emissionDelay(Duration.ofMillis(200)).build(),
                new ReferenceDriverSettings(Duration.ofMillis(250), 2, heartbeat));
        SupervisorSettings settings = new SupervisorSettings(Duration.ofSeconds(60),
                trip == Trip.STUCK_FOOTSWITCH ? Duration.ofMillis(800) : Duration.ofSeconds(30), 3, Duration.ofMillis(300));
        supervisor = new SessionSupervisor(rig.driver, PROFILES.device(), Clock.systemUTC(), settings);
        supervisor.addListener(events::add);
        supervisor.start(rig.scheduler, 20);
        assertThat(supervisor.openSession(new SessionRequest("tech-it", new ClientPseudonym("C-IT00001"), SkinType.II,
                "left-forearm", false, PROFILES.safeProfile("tattoo-1064-fst-i-iii").orElseThrow(),
                new Checklist(true, true, true, true))).accepted()).isTrue();
        assertThat(supervisor.applySetpoint(SETPOINT).accepted()).isTrue();
        if (trip != Trip.WATCHDOG_EXPIRED) {
            assertThat(supervisor.arm().accepted()).isTrue();
            await().atMost(Duration.ofSeconds(3)).until(() -> supervisor.state() == SessionState.READY);
            rig.control.pressFootswitch();
            await().atMost(Duration.ofSeconds(3)).until(() -> supervisor.state() == SessionState.FIRING);
        } else {
            assertThat(supervisor.arm().accepted()).isTrue();
        }

        // When
        ReasonCode expected = inject(trip);

        // Then
        await().atMost(Duration.ofSeconds(5)).until(() -> events.stream().anyMatch(e -> e.reason() == expected));
        await().atMost(Duration.ofSeconds(3)).until(() -> {
            WireState state = rig.control.snapshot().device().state();
            return state == WireState.STANDBY || state == WireState.OFF;
        });
        SupervisorEvent reason = events.stream().filter(e -> e.reason() == expected).findFirst().orElseThrow();
        assertThat(reason.detail()).isNotBlank();
        if (trip == Trip.LINK_LOST_CUT || trip == Trip.LINK_LOST_SILENT) {
            assertThat(supervisor.sessionTally().countExact()).as("pulses fired after the loss are unseen").isFalse();
        }
        if (trip == Trip.UNIT_REBOOT) {
            // The reboot restarted the unit's event numbering: no event was lost, and the trip says so.
            assertThat(reason.kind()).isEqualTo(SupervisorEvent.Kind.TRIP);
            assertThat(events).noneMatch(e -> e.reason() == ReasonCode.EVENTS_MISSED);
        }
        assertThat(supervisor.state()).isIn(SessionState.TRIPPED, SessionState.EMERGENCY_STOPPED, SessionState.STANDBY);
        long pulses = rig.control.snapshot().device().pulsesEmitted();
        Thread.sleep(400);
        assertThat(rig.control.snapshot().device().pulsesEmitted()).as("no emission after the trip").isEqualTo(pulses);
    }

    private ReasonCode inject(Trip trip) {
        switch (trip) {
            case ENERGY_OUT_OF_TOLERANCE:
                rig.control.energyOffset(0.17);
                return ReasonCode.ENERGY_OUT_OF_TOLERANCE;
            case INTERLOCK_OPENED:
                rig.control.openInterlock(WireInterlock.REMOTE);
                return ReasonCode.INTERLOCK_OPENED;
            case LINK_LOST_SILENT:
                rig.control.mute();
                return ReasonCode.LINK_LOST;
            case LINK_LOST_CUT:
                rig.control.cutLink();
                return ReasonCode.LINK_LOST;
            case DEVICE_FAULT:
                rig.control.overTemperature(true);
                return ReasonCode.DEVICE_FAULT;
            case WATCHDOG_EXPIRED:
                return ReasonCode.WATCHDOG_EXPIRED;
            case STUCK_FOOTSWITCH:
                return ReasonCode.STUCK_FOOTSWITCH;
            case PARAMETER_CHANGE:
                supervisor.applySetpoint(new Setpoint(PulseEnergy.ofMillijoules(350), SETPOINT.spot(), SETPOINT.rate(),
                        SETPOINT.wavelength()));
                return ReasonCode.PARAMETER_CHANGE;
            case HANDPIECE_CHANGE:
                supervisor.handpieceChanged(SpotDiameter.ofMillimetres(6));
                return ReasonCode.HANDPIECE_CHANGE;
            case UNIT_REBOOT:
                rig.control.reboot();
                return ReasonCode.UNIT_RESTARTED;
            default:
                supervisor.emergencyStop();
                return ReasonCode.EMERGENCY_STOP;
        }
    }
}
