package org.pulseguard.integration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.journal.TreatmentJournal;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SkinType;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.session.SupervisorSettings;

/**
 * The service's wiring over a connected unit, as the demo does it: the clinic journal opened on
 * {@code data} (recovering what the last run left), a supervisor for the unit attached to it, the
 * unit's counters reconciled, the timers running. Closing closes the supervisor, then the journal.
 */
final class JournaledSupervisor implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A bound against a hang in waits, not a timing assertion. */
    static final Duration HANG_GUARD = Duration.ofSeconds(20);

    final ClinicJournal journal;
    final SessionSupervisor supervisor;
    final ProfileSet profiles;
    final TreatmentJournal unitJournal;
    final List<SupervisorEvent> events = new CopyOnWriteArrayList<>();

    JournaledSupervisor(Path data, LaserDevice laser, ProfileSet profiles, ScheduledExecutorService scheduler) throws Exception {
        this.profiles = profiles;
        this.journal = ClinicJournal.open(data, Clock.systemUTC(), ZONE, "pulseguard-it", CheckpointPolicy.DEFAULT);
        this.supervisor = new SessionSupervisor(laser, profiles.device(), Clock.systemUTC(), SupervisorSettings.defaults());
        supervisor.addListener(events::add);
        unitJournal = journal.attach(supervisor, laser.identity().orElseThrow().serial());
        supervisor.checkCounters();
        supervisor.start(scheduler, 20);
    }

    /** A complete request for the tattoo profile of the unit's dialect. */
    SessionRequest request() {
        return new SessionRequest("tech-it", new ClientPseudonym("C-FAILSAFE"), SkinType.II, "left-forearm", false,
                profiles.safeProfile("tattoo-1064-fst-i-iii").orElseThrow(), new Checklist(true, true, true, true));
    }

    /** Waits until the supervisor is in {@code state}; false after the hang guard. */
    boolean awaitState(SessionState state) throws InterruptedException {
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        while (supervisor.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return supervisor.state() == state;
    }

    /** Waits until the supervisor has published an event of {@code kind} (events follow the state change). */
    SupervisorEvent awaitEvent(SupervisorEvent.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        while (System.nanoTime() < deadline) {
            for (SupervisorEvent e : events) {
                if (e.kind() == kind) {
                    return e;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + kind + " event within " + HANG_GUARD + "; events: " + events);
    }

    @Override
    public void close() {
        supervisor.close();
        journal.close();
    }
}
