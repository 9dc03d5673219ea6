package org.pulseguard.integration;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.session.SupervisorSettings;
import org.pulseguard.simulator.control.UnitSnapshot;
import org.pulseguard.simulator.control.UnitState;

/**
 * One cell of the fault x state matrix: a real supervisor and driver against the real simulator of
 * {@code dialect} over a pty, brought to {@code state}, then {@code fault}. The simulator is the
 * oracle: afterwards the unit does not emit, the supervisor is in a safe state, and the supervisor
 * has counted no pulse the unit did not fire. Pulses the unit fired that the supervisor never saw
 * (after a link loss the host cannot know them) are reported in the row, not hidden.
 */
record FaultMatrixCell(String dialect, MatrixFault fault, SessionState state) {
    /** The supervisor states that are safe after a fault. */
    static final Set<SessionState> SAFE = EnumSet.of(SessionState.STANDBY, SessionState.TRIPPED,
            SessionState.EMERGENCY_STOPPED);
    /** The longest a cell waits for a safe state (the Big Sky's dead-man needs 2 s after the last poll). */
    private static final Duration SAFE_WITHIN = Duration.ofSeconds(10);
    /** How long a non-tripping fault is left to act before the operator ends the run. */
    private static final long RIDE_OUT_MILLIS = 800;
    /** A stuck footswitch is one held longer than this. */
    private static final Duration MAX_RUN = Duration.ofMillis(1500);

    @Override
    public String toString() {
        return dialect + " " + fault + " x " + state;
    }

    FaultMatrixTable.Row run(Path dir) throws Exception {
        try (DialectRig rig = new DialectRig(dialect, dir)) {
            SessionSupervisor supervisor = new SessionSupervisor(rig.driver, rig.profiles.device(), Clock.systemUTC(),
                    new SupervisorSettings(Duration.ofSeconds(60), MAX_RUN, 3, Duration.ofMillis(600)));
            List<SupervisorEvent> events = new CopyOnWriteArrayList<>();
            supervisor.addListener(events::add);
            try {
                supervisor.start(rig.scheduler, 20);
                long truthAtStart = rig.control.snapshot().emittedPulses();
                String reached = reach(rig, supervisor);
                if (reached != null) {
                    return row(false, -1, 0, supervisor, "could not reach " + state + ": " + reached);
                }
                int eventsBefore = events.size();
                long injectedAt = System.nanoTime();
                fault.inject(rig.control, supervisor);
                if (fault == MatrixFault.STUCK_FOOTSWITCH && state == SessionState.STANDBY) {
                    supervisor.arm(); // the operator arms with the footswitch already down
                }
                String how = rig.control.snapshot().footswitchPressed() ? "by itself, footswitch held" : "by itself";
                if (!fault.trips) {
                    TimeUnit.MILLISECONDS.sleep(RIDE_OUT_MILLIS);
                    how = isSafe(rig, supervisor) ? "by itself" : "after the operator's release and standby";
                    operatorEndsTheRun(rig, supervisor);
                }
                long safeMillis = awaitSafe(rig, supervisor, injectedAt);
                TimeUnit.MILLISECONDS.sleep(300); // late counter polls and events land
                return judge(rig, supervisor, events.stream().skip(eventsBefore).toList(), truthAtStart, safeMillis, how);
            } finally {
                supervisor.close();
            }
        }
    }

    /** Brings the session to {@link #state}; null when reached, else why not. */
    private String reach(DialectRig rig, SessionSupervisor supervisor) {
        Setpoint unitDefault = rig.setpoint();
        // The reference rig's default (10 Hz) is above the tattoo profile's 5 Hz; the supervisor would refuse it.
        Setpoint setpoint = dialect.equals("reference") ? new Setpoint(unitDefault.energy(), unitDefault.spot(),
                RepetitionRate.ofHertz(5), unitDefault.wavelength()) : unitDefault;
        var opened = supervisor.openSession(new SessionRequest("tech-it", new ClientPseudonym("C-IT00003"), SkinType.II,
                "left-forearm", false, rig.profiles.safeProfile("tattoo-1064-fst-i-iii").orElseThrow(),
                new Checklist(true, true, true, true)));
        if (!opened.accepted()) {
            return "session refused: " + opened.detail();
        }
        if (!dialect.equals("reference") && !supervisor.handpieceChanged(setpoint.spot()).accepted()) {
            return "handpiece refused";
        }
        var applied = supervisor.applySetpoint(setpoint);
        if (!applied.accepted()) {
            return "setpoint refused: " + applied.detail();
        }
        if (state == SessionState.STANDBY) {
            return null;
        }
        if (!supervisor.arm().accepted()) {
            return "arm refused";
        }
        if (state == SessionState.EMISSION_DELAY) {
            return supervisor.state() == state ? null : "state " + supervisor.state();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.state() == SessionState.READY);
        if (state == SessionState.FIRING) {
            rig.control.pressFootswitch();
            await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.state() == SessionState.FIRING);
        }
        return null;
    }

    private static void operatorEndsTheRun(DialectRig rig, SessionSupervisor supervisor) {
        rig.control.releaseFootswitch();
        if (!supervisor.state().isLatched()) {
            supervisor.standby();
        }
    }

    private static boolean isSafe(DialectRig rig, SessionSupervisor supervisor) {
        UnitState unit = rig.control.snapshot().unitState();
        return unit != UnitState.ARMED && unit != UnitState.EMITTING && SAFE.contains(supervisor.state());
    }

    /** Milliseconds from the fault to a safe unit and supervisor, or -1 if not within {@link #SAFE_WITHIN}. */
    private static long awaitSafe(DialectRig rig, SessionSupervisor supervisor, long injectedAt) throws InterruptedException {
        long deadline = injectedAt + SAFE_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (isSafe(rig, supervisor)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - injectedAt);
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return -1;
    }

    private FaultMatrixTable.Row judge(DialectRig rig, SessionSupervisor supervisor, List<SupervisorEvent> afterFault,
                                       long truthAtStart, long safeMillis, String how) {
        UnitSnapshot unit = rig.control.snapshot();
        long truth = unit.emittedPulses() - truthAtStart;
        long counted = supervisor.sessionPulses();
        StringBuilder detail = new StringBuilder("unit ").append(unit.unitState()).append(", supervisor ")
                .append(supervisor.state());
        MatrixRecordCheck.firstTrip(afterFault).ifPresent(e -> detail.append(" (trip ").append(e.reason()).append(')'));
        boolean safe = safeMillis >= 0 && isSafe(rig, supervisor);
        String record = MatrixRecordCheck.problem(fault, state, afterFault, truth - counted);
        if (record != null) {
            detail.append("; RECORD: ").append(record);
        }
        detail.append(safe ? "; safe " + how : "; NOT SAFE within " + SAFE_WITHIN.toSeconds() + " s");
        if (counted > truth) {
            detail.append("; supervisor counted ").append(counted - truth).append(" pulses the unit never fired");
        } else if (counted < truth) {
            detail.append("; ").append(truth - counted).append(" pulses fired but not counted")
                    .append(fault.losesTheLink() ? " (after the link loss: count unknown to the host)" : "");
        }
        return new FaultMatrixTable.Row(dialect, fault, state.name(), safe && counted <= truth && record == null,
                safeMillis, truth, counted, detail.toString());
    }

    private FaultMatrixTable.Row row(boolean passed, long safeMillis, long truth, SessionSupervisor supervisor,
                                     String detail) {
        return new FaultMatrixTable.Row(dialect, fault, state.name(), passed, safeMillis, truth,
                supervisor.sessionPulses(), detail);
    }
}
