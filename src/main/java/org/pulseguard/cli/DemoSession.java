package org.pulseguard.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.Outcome;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorSettings;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.UnitControl;
import org.pulseguard.session.ReasonCode;

/**
 * The scripted treatment session of {@code pulseguard demo}: the technician's requests go to the
 * supervisor; the simulator's control channel plays the footswitch and the door interlock.
 */
final class DemoSession {
    private final PrintStream out;
    private final SessionSupervisor supervisor;
    private final SafeProfile profile;
    private final UnitControl unit;
    private final LaserDevice laser;
    private final ProfileSet set;

    DemoSession(PrintStream out, LaserDevice laser, ProfileSet set, UnitControl unit, ScheduledExecutorService scheduler) {
        this.out = out;
        this.unit = unit;
        this.laser = laser;
        this.set = set;
        this.profile = set.safeProfile("tattoo-1064-fst-i-iii").orElseThrow();
        this.supervisor = new SessionSupervisor(laser, set.device(), Clock.systemUTC(), SupervisorSettings.defaults());
        supervisor.addListener(e -> {
            if (e.reason() != ReasonCode.PULSE) {
                out.println("  supervisor: " + e);
            }
        });
        supervisor.start(scheduler, 20);
    }

    /** Runs the script; true when every step ended as expected. */
    boolean run() throws InterruptedException {
        boolean ok = step("open a session", supervisor.openSession(new SessionRequest("tech-demo", new ClientPseudonym("C-DEMO0001"),
                SkinType.II, "left-forearm", false, profile, new Checklist(true, true, true, true))), true);
        Setpoint tooStrong = tooStrong();
        out.println("technician asks for " + tooStrong + " = " + Fluence.of(tooStrong.energy(), tooStrong.spot()));
        ok &= step("over-limit request", supervisor.applySetpoint(tooStrong), false);
        Setpoint safe = safe();
        out.println("technician asks for " + safe + " = " + Fluence.of(safe.energy(), safe.spot()));
        if (!laser.capabilities().motorisedSpot()) {
            ok &= step("technician confirms the fitted handpiece", supervisor.handpieceChanged(safe.spot()), true);
        }
        ok &= step("safe setpoint", supervisor.applySetpoint(safe), true);
        ok &= armAndWait();
        ok &= run("run 1", 1200);
        ok &= run("run 2", 800);
        ok &= interlockTrip();
        ok &= emergencyStop();
        long counted = supervisor.sessionPulses();
        ok &= step("close the session", supervisor.closeSession(), true);
        supervisor.close();
        out.println("pulses counted by the supervisor in this session: " + counted);
        return ok;
    }

    private boolean armAndWait() throws InterruptedException {
        boolean ok = step("arm", supervisor.arm(), true);
        waitFor(SessionState.READY, 5000);
        return ok && expect("READY after the emission delay", supervisor.state() == SessionState.READY);
    }

    private boolean run(String name, long holdMillis) throws InterruptedException {
        out.println("technician presses the footswitch: " + name);
        unit.pressFootswitch();
        Thread.sleep(holdMillis);
        unit.releaseFootswitch();
        // Units counted from polled counters see the run end a little after the release.
        waitFor(SessionState.READY, 3000);
        return expect(name + " ends in READY", supervisor.state() == SessionState.READY);
    }

    private boolean interlockTrip() throws InterruptedException {
        out.println("technician presses the footswitch; someone opens the treatment-room door mid-run");
        unit.pressFootswitch();
        Thread.sleep(500);
        unit.openInterlock(InterlockInput.REMOTE);
        waitFor(SessionState.TRIPPED, 2000);
        unit.releaseFootswitch();
        boolean tripped = expect("the open door trips the session", supervisor.state() == SessionState.TRIPPED);
        step("reset while the door is still open", supervisor.reset(), false);
        unit.closeInterlock(InterlockInput.REMOTE);
        Thread.sleep(100);
        return tripped && step("reset after the door is closed", supervisor.reset(), true) && armAndWait();
    }

    private boolean emergencyStop() throws InterruptedException {
        out.println("technician presses the footswitch, then hits the emergency stop");
        unit.pressFootswitch();
        Thread.sleep(600);
        boolean stopped = step("emergency stop", supervisor.emergencyStop(), true);
        unit.releaseFootswitch();
        step("arm without a reset", supervisor.arm(), false);
        Thread.sleep(100);
        return stopped & step("deliberate reset", supervisor.reset(), true);
    }

    private boolean step(String what, Outcome outcome, boolean expectAccepted) {
        out.println("=> " + what + ": " + outcome);
        return expect(what, outcome.accepted() == expectAccepted);
    }

    /** Reports a step that did not end as the script expects; returns {@code ok}. */
    private boolean expect(String what, boolean ok) {
        if (!ok) {
            out.println("!! unexpected: " + what + " (supervisor " + supervisor.state() + ")");
        }
        return ok;
    }

    private void waitFor(SessionState state, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (supervisor.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** The unit's top energy on a 2 mm spot: above the profile's cap on every shipped unit. */
    private Setpoint tooStrong() {
        Wavelength w = profile.wavelength();
        return new Setpoint(set.device().at(w).orElseThrow().energy().maximum(), SpotDiameter.ofMillimetres(2),
                profile.maxRate(), w);
    }

    /** A moderate setpoint each shipped unit and its tattoo profile allow (its energy on the calibration curve). */
    private Setpoint safe() {
        switch (set.device().dialect()) {
            case BIG_SKY:
                return setpoint(100, 3, 5);
            case QUANTA_RAY:
                return setpoint(300, 4, 10);
            default:
                return setpoint(400, 4, 5);
        }
    }

    private static Setpoint setpoint(double millijoules, double millimetres, double hertz) {
        return new Setpoint(PulseEnergy.ofMillijoules(millijoules), SpotDiameter.ofMillimetres(millimetres),
                RepetitionRate.ofHertz(hertz), Wavelength.ND_YAG_1064);
    }
}
