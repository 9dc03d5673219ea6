package org.pulseguard.cli;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.journal.TreatmentJournal;
import org.pulseguard.journal.store.JournalException;
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

/**
 * The scripted treatment session of {@code pulseguard demo}: the technician's requests go to the
 * supervisor; the simulator's control channel plays the footswitch and the door interlock.
 */
final class DemoSession {
    private final SessionLog log;
    private final SessionSupervisor supervisor;
    private final SafeProfile profile;
    private final UnitControl unit;
    private final LaserDevice laser;
    private final ProfileSet set;

    private final TreatmentJournal journaled;
    private String journaledSession;

    DemoSession(SessionLog log, LaserDevice laser, ProfileSet set, UnitControl unit, ScheduledExecutorService scheduler,
                ClinicJournal journal) throws JournalException {
        this.log = log;
        this.unit = unit;
        this.laser = laser;
        this.set = set;
        this.profile = set.safeProfile("tattoo-1064-fst-i-iii").orElseThrow();
        this.supervisor = new SessionSupervisor(laser, set.device(), Clock.systemUTC(), SupervisorSettings.defaults());
        supervisor.addListener(log::supervisor);
        this.journaled = journal.attach(supervisor, laser.identity().orElseThrow().serial());
        supervisor.checkCounters();
        supervisor.start(scheduler, 20);
    }

    /** The id of the session this demo journaled (null before it opened one). */
    String journaledSession() {
        return journaledSession;
    }

    /** Runs the script; true when every step ended as expected. */
    boolean run() throws InterruptedException {
        long counterBefore = unit.snapshot().pulseCounter();
        boolean ok = step("opens a session", () -> supervisor.openSession(new SessionRequest("tech-demo",
                new ClientPseudonym("C-DEMO0001"), SkinType.II, "left-forearm", false, profile,
                new Checklist(true, true, true, true))), true);
        journaledSession = journaled.currentSession().orElse(null);
        Setpoint tooStrong = tooStrong();
        ok &= step("asks for " + tooStrong + " = " + Fluence.of(tooStrong.energy(), tooStrong.spot()),
                () -> supervisor.applySetpoint(tooStrong), false);
        Setpoint safe = safe();
        if (!laser.capabilities().motorisedSpot()) {
            ok &= step("confirms the fitted " + safe.spot() + " handpiece", () -> supervisor.handpieceChanged(safe.spot()), true);
        }
        ok &= step("asks for " + safe + " = " + Fluence.of(safe.energy(), safe.spot()), () -> supervisor.applySetpoint(safe), true);
        ok &= armAndWait();
        ok &= run("run 1", 1200);
        ok &= run("run 2", 800);
        ok &= interlockTrip();
        ok &= emergencyStop();
        ok &= expect("every pulse the unit counted reached the supervisor", waitForCounted(counterBefore));
        ok &= step("closes the session", supervisor::closeSession, true);
        supervisor.close();
        return log.summary(supervisor.sessionTally(), counterBefore, unit.snapshot().pulseCounter()) & ok;
    }

    /** Polled units report pulses up to one poll late: waits until the supervisor has counted all the unit's. */
    private boolean waitForCounted(long counterBefore) throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (supervisor.sessionPulses() != unit.snapshot().pulseCounter() - counterBefore && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return supervisor.sessionPulses() == unit.snapshot().pulseCounter() - counterBefore;
    }

    private boolean armAndWait() throws InterruptedException {
        boolean ok = step("arms the laser", supervisor::arm, true);
        waitFor(SessionState.READY, 5000);
        return ok && expect("READY after the emission delay", supervisor.state() == SessionState.READY);
    }

    private boolean run(String name, long holdMillis) throws InterruptedException {
        log.say("technician presses the footswitch: " + name);
        unit.pressFootswitch();
        Thread.sleep(holdMillis);
        unit.releaseFootswitch();
        // Units counted from polled counters see the run end a little after the release.
        waitFor(SessionState.READY, 3000);
        return expect(name + " ends in READY", supervisor.state() == SessionState.READY);
    }

    private boolean interlockTrip() throws InterruptedException {
        log.say("technician presses the footswitch; someone opens the treatment-room door mid-run");
        unit.pressFootswitch();
        Thread.sleep(500);
        unit.openInterlock(InterlockInput.REMOTE);
        waitFor(SessionState.TRIPPED, 2000);
        unit.releaseFootswitch();
        boolean tripped = expect("the open door trips the session", supervisor.state() == SessionState.TRIPPED);
        step("resets while the door is still open", supervisor::reset, false);
        unit.closeInterlock(InterlockInput.REMOTE);
        Thread.sleep(100);
        return tripped && step("resets after the door is closed", supervisor::reset, true) && armAndWait();
    }

    private boolean emergencyStop() throws InterruptedException {
        log.say("technician presses the footswitch, then hits the emergency stop");
        unit.pressFootswitch();
        Thread.sleep(600);
        boolean stopped = step("hits the emergency stop", supervisor::emergencyStop, true);
        unit.releaseFootswitch();
        step("tries to arm without a reset", supervisor::arm, false);
        Thread.sleep(100);
        return stopped & step("resets deliberately", supervisor::reset, true);
    }

    /** The technician's request: said first, then the supervisor's answer appears as its event. */
    private boolean step(String what, Supplier<Outcome> request, boolean expectAccepted) {
        log.say("technician " + what);
        return expect(what, request.get().accepted() == expectAccepted);
    }

    /** Reports a step that did not end as the script expects; returns {@code ok}. */
    private boolean expect(String what, boolean ok) {
        if (!ok) {
            log.say("!! unexpected: " + what + " (supervisor " + supervisor.state() + ")");
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
