package org.pulseguard.service;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.Setpoint;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.session.Outcome;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One laser unit the service runs: its connected driver, its {@link SessionSupervisor} (which makes
 * every safety decision) with the journal attached, and what the service shows of it. The service
 * owns the unit from {@link #supervise} to {@link #close()}. Thread-safe.
 */
public final class ServedUnit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServedUnit.class);
    /** How often the supervisor's timers run (ms). */
    private static final long TICK_MILLIS = 20;

    private final String id;
    private final DeviceProfile profile;
    private final LaserDevice device;
    private final SessionSupervisor supervisor;
    private final UnitWatch watch = new UnitWatch();
    private final LiveUpdates live;

    private ServedUnit(String id, DeviceProfile profile, LaserDevice device, SessionSupervisor supervisor) {
        this.id = id;
        this.profile = profile;
        this.device = device;
        this.supervisor = supervisor;
        this.live = new LiveUpdates(id);
    }

    /**
     * Supervises a connected unit: a supervisor for it, the journal attached, its counters read and
     * put on record for reconciliation, the supervisor's timers started.
     */
    public static ServedUnit supervise(String id, DeviceProfile profile, LaserDevice connected, ClinicJournal journal,
                                       ScheduledExecutorService scheduler, Clock clock) throws JournalException {
        DeviceIdentity identity = connected.identity().orElseThrow(
                () -> new IllegalStateException("unit " + id + " has not identified itself; connect it first"));
        SessionSupervisor supervisor = new SessionSupervisor(connected, profile, clock, SupervisorSettings.defaults());
        ServedUnit unit = new ServedUnit(id, profile, connected, supervisor);
        supervisor.addListener(unit.watch);
        supervisor.addListener(unit.live);
        journal.attach(supervisor, identity.serial());
        Outcome counters = supervisor.checkCounters();
        if (!counters.accepted()) {
            LOG.warn("Unit {}: counters not read at connect: {}", id, counters.detail());
        }
        supervisor.start(scheduler, TICK_MILLIS);
        return unit;
    }

    public String id() {
        return id;
    }

    public DeviceProfile profile() {
        return profile;
    }

    public SessionSupervisor supervisor() {
        return supervisor;
    }

    /** The unit's live updates for the browsers watching it. */
    LiveUpdates live() {
        return live;
    }

    /** The unit's identity as it reported it at connect. */
    public DeviceIdentity identity() {
        return device.identity().orElseThrow();
    }

    /** The setpoint the supervisor verified in the open session, or null. */
    public Setpoint appliedSetpoint() {
        return watch.applied();
    }

    /** Whether a treatment session is open on the unit. */
    public boolean sessionOpen() {
        return supervisor.state() != SessionState.IDLE;
    }

    /**
     * The service is stopping: the laser to STANDBY, then the open session closed "by shutdown" so
     * the journal records it. Each step is the supervisor's; a refusal is logged, never thrown.
     */
    void shutDown() {
        live.closeAll();
        Outcome standby = supervisor.standby();
        if (!standby.accepted() && standby.state() != SessionState.IDLE) {
            LOG.info("Unit {} at shutdown: standby {}", id, standby);
        }
        if (sessionOpen()) {
            Outcome closed = supervisor.closeSessionForShutdown();
            LOG.info("Unit {} at shutdown: session {}", id, closed);
        }
    }

    /** Stops the supervisor's timers and closes the link. Idempotent. */
    @Override
    public void close() {
        supervisor.close();
        try {
            device.close();
        } catch (Exception e) {
            LOG.warn("Unit {}: closing the link failed: {}", id, e.getMessage());
        }
    }
}
