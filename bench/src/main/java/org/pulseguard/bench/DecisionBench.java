package org.pulseguard.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.safety.GateDecision;
import org.pulseguard.safety.SafetyGate;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorSettings;
import org.pulseguard.device.DeviceEventListener;
import org.pulseguard.session.SessionState;

/**
 * Cost of one safety-gate decision and of one supervisor transition (a footswitch press or release
 * in READY/FIRING), each next to a baseline measured in the same run: the bare fluence arithmetic,
 * and delivering the same event to a no-op listener.
 */
final class DecisionBench {
    private static final int BATCHES = 15;
    private static final int PER_BATCH = 200_000;
    private static volatile Object sink;

    void run() throws Exception {
        ProfileSet set = new ProfileLoader().loadDeviceFolder(Path.of("device-profiles/reference-laser")).set("reference-laser")
                .orElseThrow();
        SafeProfile profile = set.safeProfile("tattoo-1064-fst-i-iii").orElseThrow();
        Setpoint allowed = setpoint(400, 4);
        Setpoint refused = setpoint(1200, 2);
        double fluenceNs = nanosPerOp(() -> {
            sink = Fluence.of(allowed.energy(), allowed.spot());
            return 1;
        });
        double allowedNs = nanosPerOp(() -> {
            GateDecision d = SafetyGate.check(set.device(), profile, SkinType.II, allowed);
            sink = d;
            return 1;
        });
        double refusedNs = nanosPerOp(() -> {
            GateDecision d = SafetyGate.check(set.device(), profile, SkinType.II, refused);
            sink = d;
            return 1;
        });
        SessionSupervisor supervisor = armedSupervisor(set, profile);
        DeviceEvent press = new DeviceEvent.FootswitchChanged(Instant.EPOCH, true);
        DeviceEvent release = new DeviceEvent.FootswitchChanged(Instant.EPOCH, false);
        double transitionNs = nanosPerOp(() -> {
            supervisor.onEvent(press);
            supervisor.onEvent(release);
            return 2;
        });
        DeviceEventListener noop = e -> sink = e;
        double listenerNs = nanosPerOp(() -> {
            noop.onEvent(press);
            noop.onEvent(release);
            return 2;
        });
        System.out.println();
        System.out.println("## Safety gate and supervisor (median of " + BATCHES + " batches of " + PER_BATCH + ")");
        System.out.println("| measurement | ns/op | × baseline |\n|---|---|---|");
        row("baseline: fluence arithmetic (Fluence.of)", fluenceNs, fluenceNs);
        row("SafetyGate.check, allowed setpoint", allowedNs, fluenceNs);
        row("SafetyGate.check, refused setpoint (every reason collected)", refusedNs, fluenceNs);
        row("baseline: a no-op DeviceEventListener", listenerNs, listenerNs);
        row("SessionSupervisor transition (footswitch press/release, events to no listener)", transitionNs, listenerNs);
    }

    private static void row(String name, double ns, double baseline) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", name, ns, ns / baseline);
    }

    private static SessionSupervisor armedSupervisor(ProfileSet set, SafeProfile profile) {
        Instant[] now = {Instant.parse("2026-11-28T10:00:00Z")};
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        SupervisorSettings settings = new SupervisorSettings(Duration.ofDays(1), Duration.ofDays(1), 3, Duration.ofMillis(300));
        SessionSupervisor supervisor = new SessionSupervisor(new NullLaserDevice(), set.device(), clock, settings);
        supervisor.openSession(new SessionRequest("bench", new ClientPseudonym("C-BENCH01"), SkinType.II, "arm", false, profile,
                new Checklist(true, true, true, true)));
        supervisor.applySetpoint(setpoint(400, 4));
        supervisor.arm();
        now[0] = now[0].plusSeconds(2);
        supervisor.tick();
        if (supervisor.state() != SessionState.READY) {
            throw new IllegalStateException("bench supervisor not READY: " + supervisor.state());
        }
        return supervisor;
    }

    private static double nanosPerOp(LongSupplier op) {
        double[] batches = new double[BATCHES];
        for (int b = 0; b < BATCHES + 3; b++) {
            long ops = 0;
            long start = System.nanoTime();
            for (int i = 0; i < PER_BATCH; i++) {
                ops += op.getAsLong();
            }
            double ns = (System.nanoTime() - start) / (double) ops;
            if (b >= 3) {
                batches[b - 3] = ns;
            }
        }
        java.util.Arrays.sort(batches);
        return batches[BATCHES / 2];
    }

    private static Setpoint setpoint(double millijoules, double millimetres) {
        return new Setpoint(PulseEnergy.ofMillijoules(millijoules), SpotDiameter.ofMillimetres(millimetres),
                RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064);
    }
}
