package org.pulseguard.session;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.LoadReport;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/** A supervisor over a fake unit with the shipped reference-laser profiles, driven by a hand clock. */
final class SupervisorFixture {
    static final ProfileSet REFERENCE = load();
    /** 400 mJ on 4 mm = 3.18 J/cm2, 5 Hz at 1064 nm: inside tattoo-1064-fst-i-iii. */
    static final Setpoint SAFE = new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
            RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064);
    /** 1200 mJ on 2 mm = 38 J/cm2: far above the 12 J/cm2 cap. */
    static final Setpoint OVER_LIMIT = new Setpoint(PulseEnergy.ofMillijoules(1200), SpotDiameter.ofMillimetres(2),
            RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    final FakeLaserDevice device = new FakeLaserDevice();
    final SessionSupervisor supervisor;
    final List<SupervisorEvent> events = new ArrayList<>();

    SupervisorFixture() {
        // A 300 ms stray-pulse grace: the table lets 400 ms pass to be past it.
        supervisor = new SessionSupervisor(device, REFERENCE.device(), clock, new SupervisorSettings(
                java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(30), 3, java.time.Duration.ofMillis(300)));
        supervisor.addListener(events::add);
    }

    static SafeProfile profile(String id) {
        return REFERENCE.safeProfile(id).orElseThrow();
    }

    static SessionRequest request(SkinType skin, Checklist checklist) {
        return new SessionRequest("tech-07", new ClientPseudonym("C-7F3K2Q"), skin, "left-forearm", false,
                profile("tattoo-1064-fst-i-iii"), checklist);
    }

    static Checklist complete() {
        return new Checklist(true, true, true, true);
    }

    /** Drives the supervisor into {@code state} by the ordinary path. */
    SupervisorFixture in(SessionState state) {
        if (state == SessionState.IDLE) {
            return this;
        }
        if (state == SessionState.EMERGENCY_STOPPED) {
            in(SessionState.STANDBY);
            supervisor.emergencyStop();
            return this;
        }
        supervisor.openSession(request(SkinType.II, complete()));
        supervisor.applySetpoint(SAFE);
        if (state == SessionState.STANDBY) {
            return this;
        }
        supervisor.arm();
        if (state == SessionState.EMISSION_DELAY) {
            return this;
        }
        clock.advance(Duration.ofMillis(1000));
        supervisor.tick();
        if (state == SessionState.READY) {
            return this;
        }
        if (state == SessionState.TRIPPED) {
            device.fault = org.pulseguard.device.DeviceFault.OVER_TEMPERATURE;
            supervisor.onEvent(new org.pulseguard.device.DeviceEvent.FaultChanged(clock.instant(), device.fault));
            return this;
        }
        supervisor.onEvent(new org.pulseguard.device.DeviceEvent.FootswitchChanged(clock.instant(), true));
        return this;
    }

    SupervisorEvent lastEvent() {
        return events.get(events.size() - 1);
    }

    private static ProfileSet load() {
        LoadReport report = new ProfileLoader().loadDeviceFolder(Path.of("device-profiles/reference-laser"));
        if (!report.isValid()) {
            throw new IllegalStateException("shipped reference profiles invalid: " + report.problems());
        }
        return report.set("reference-laser").orElseThrow();
    }
}
