package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pulseguard.cli.LaserConnections;
import org.pulseguard.device.Setpoint;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.StoreObstacles;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.session.Outcome;
import org.pulseguard.session.ReasonCode;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.control.UnitState;

/**
 * No treatment without a record (issue 8 item 4, hazard H21), on the real controller, the real
 * simulator over a pty and a real SQLite journal: a journal that fails mid-session for a real
 * reason (another process holds the database's write lock; the disk is full; the database is read-only) trips a firing unit
 * to STANDBY with JOURNAL_FAILED, every later arm and session is refused, and the next start
 * records the failure and closes the session by recovery; an ARM whose records the journal cannot
 * confirm is refused before the unit hears it.
 */
class JournalFailSafeIT {
    private static final Setpoint SAFE = new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
            RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064);

    @TempDir
    Path dir;

    private ReferenceRig rig;
    private JournaledSupervisor service;
    private final AtomicInteger armsHeard = new AtomicInteger();
    private Path data;

    /** A real way for the journal's store to stop taking records. */
    enum Obstacle {
        /** Another process holds {@code BEGIN EXCLUSIVE} on journal.db: the commit fails SQLITE_BUSY after the busy time-out. */
        DATABASE_LOCKED("LOCKED"),
        /** The database may not grow by a page: SQLITE_FULL, as on a full file system. */
        DISK_FULL("DISK_FULL"),
        /** SQLite refuses writes with SQLITE_READONLY (see {@link StoreObstacles#readOnly} for why not a read-only file). */
        READ_ONLY("READ_ONLY");

        final String failure;

        Obstacle(String failure) {
            this.failure = failure;
        }

        AutoCloseable put(JournalStore store) throws Exception {
            if (this == DATABASE_LOCKED) {
                return StoreObstacles.holdWriteLock(store);
            }
            if (this == DISK_FULL) {
                StoreObstacles.diskFull(store);
            } else {
                StoreObstacles.readOnly(store);
            }
            return () -> { };
        }
    }

    @BeforeEach
    void start() throws Exception {
        data = dir.resolve("data");
        rig = ReferenceRig.start(dir);
        rig.simulator.addObserver(new SimulatorObserver() {
            @Override
            public void requestReceived(int sequence, Request request, boolean duplicate) {
                if (request instanceof Request.Arm) {
                    armsHeard.incrementAndGet();
                }
            }
        });
        service = new JournaledSupervisor(data, rig.driver, LaserConnections.load(Path.of("device-profiles"), "reference-laser"),
                rig.scheduler);
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        rig.close();
    }

    /** Waits (up to the hang guard) until the simulated unit is in {@code state}. */
    private boolean unitReaches(UnitState state) throws InterruptedException {
        long deadline = System.nanoTime() + JournaledSupervisor.HANG_GUARD.toNanos();
        while (rig.control.snapshot().unitState() != state && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return rig.control.snapshot().unitState() == state;
    }

    @ParameterizedTest
    @EnumSource(Obstacle.class)
    void journalFailingWhileFiring_tripsToStandby_refusesArmAndSessions_andTheNextStartRecordsIt(Obstacle obstacle) throws Exception {
        // Given a session firing on the unit
        assertThat(service.supervisor.openSession(service.request()).accepted()).isTrue();
        String session = service.unitJournal.currentSession().orElseThrow();
        assertThat(service.supervisor.applySetpoint(SAFE).accepted()).isTrue();
        assertThat(service.supervisor.arm().accepted()).isTrue();
        assertThat(service.awaitState(SessionState.READY)).isTrue();
        rig.control.pressFootswitch();

        // When the journal's store stops taking records
        try (AutoCloseable stillThere = obstacle.put(service.journal.journal().store())) {
            // Then the supervisor trips with JOURNAL_FAILED and the unit is in STANDBY
            assertThat(service.awaitState(SessionState.TRIPPED)).as("tripped, now " + service.supervisor.state()).isTrue();
            rig.control.releaseFootswitch();
            SupervisorEvent trip = service.awaitEvent(SupervisorEvent.Kind.TRIP);
            assertThat(trip.reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
            assertThat(trip.detail()).contains(obstacle.failure);
            // (the event may be published by another supervisor thread while the trip's STANDBY is still on its way)
            assertThat(unitReaches(UnitState.STANDBY)).as("the unit, now " + rig.control.snapshot().unitState()).isTrue();

            // and arming and a new session are refused for the journal
            assertThat(service.supervisor.arm().reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
            assertThat(service.supervisor.openSession(service.request()).reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
            assertThat(rig.control.snapshot().unitState()).isEqualTo(UnitState.STANDBY);
            service.close();
            service = null;
        }

        // When the service starts again, the obstacle gone
        try (JournaledSupervisor again = new JournaledSupervisor(data, rig.driver,
                LaserConnections.load(Path.of("device-profiles"), "reference-laser"), rig.scheduler)) {
            assertThat(again.journal.recoveredSessions()).isEqualTo(1);
        }

        // Then the journal records the failure, closes the session by recovery, and verifies
        List<JsonNode> failures = JournalRecords.ofKind(data, "JOURNAL_FAILURE");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).path("failure").asText()).isEqualTo(obstacle.failure);
        List<JsonNode> closed = JournalRecords.ofKind(data, "SESSION_CLOSED");
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).path("session").asText()).isEqualTo(session);
        assertThat(closed.get(0).path("how").asText()).isEqualTo("RECOVERY");
        assertThat(JournalRecords.verify(data).problems()).isEmpty();
    }

    @Test
    void arm_whileTheJournalCannotConfirmTheRecordsBeforeIt_isRefusedAndTheUnitNeverHearsArm() throws Exception {
        // Given a session, and another process holding the journal's write lock for longer than an ARM waits
        JournalStore store = service.journal.journal().store();
        StoreObstacles.busyTimeout(store, Duration.ofSeconds(60));
        assertThat(service.supervisor.openSession(service.request()).accepted()).isTrue();
        Outcome armed;
        try (AutoCloseable lock = StoreObstacles.holdWriteLock(store)) {
            // whose setpoint record cannot be committed
            assertThat(service.supervisor.applySetpoint(SAFE).accepted()).isTrue();

            // When the technician arms
            armed = service.supervisor.arm();

            // Then the arm is refused for the journal and no ARM reached the unit
            assertThat(armed.accepted()).isFalse();
            assertThat(armed.reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
            assertThat(armed.detail()).contains("did not confirm");
            assertThat(armsHeard.get()).isZero();
            assertThat(rig.control.snapshot().unitState()).isEqualTo(UnitState.STANDBY);
        }

        // When the lock is gone the records become durable, and the same arm goes through
        assertThat(service.supervisor.arm().accepted()).isTrue();
        assertThat(armsHeard.get()).isEqualTo(1);
        assertThat(service.awaitState(SessionState.READY)).isTrue();
    }
}
