package org.pulseguard.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.UnitHistory;
import org.pulseguard.session.SessionSupervisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clinic's journal as the running service uses it: the {@link Journal} (store, keys, writer), the
 * client key store, recovery at open ({@link JournalRecovery}) and one {@link TreatmentJournal}
 * per supervised unit. When the writer fails, every attached supervisor is told (it refuses to arm
 * and trips an armed unit) and the failure is noted for the next start. Thread-safe; close once.
 */
public final class ClinicJournal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClinicJournal.class);

    private final Journal journal;
    private final ClientKeyStore clientKeys;
    private final UnitHistory history;
    private final ZoneId zone;
    private final String software;
    private final Clock clock;
    private final int recoveredSessions;
    private final List<TreatmentJournal> attached = new CopyOnWriteArrayList<>();

    private ClinicJournal(Journal journal, ClientKeyStore clientKeys, ZoneId zone, String software, Clock clock,
                          int recoveredSessions) {
        this.journal = journal;
        this.clientKeys = clientKeys;
        this.history = new UnitHistory(journal.store());
        this.zone = zone;
        this.software = software;
        this.clock = clock;
        this.recoveredSessions = recoveredSessions;
        journal.writer().addHealthListener(this::writerFailed);
    }

    /**
     * Opens (creating on first use) the journal in {@code dataDir}, records the start and closes any
     * session the last run left open "by recovery".
     *
     * @param zone the clinic's time zone, written with every record
     * @param software the program and version, written with sessions and connects
     */
    public static ClinicJournal open(Path dataDir, Clock clock, ZoneId zone, String software, CheckpointPolicy policy)
            throws JournalException {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(software, "software");
        Journal journal = Journal.open(dataDir, clock, policy);
        ClientKeyStore keys = null;
        try {
            keys = ClientKeyStore.open(dataDir);
            int recovered = JournalRecovery.run(journal, new UnitHistory(journal.store()), zone, clock.instant(), software);
            if (recovered > 0) {
                LOG.warn("Journal recovery closed {} session(s) the last run left open", recovered);
            }
            return new ClinicJournal(journal, keys, zone, software, clock, recovered);
        } catch (JournalException | RuntimeException e) {
            if (keys != null) {
                keys.close();
            }
            journal.close();
            throw e;
        }
    }

    /**
     * Journals {@code supervisor}'s events for the unit {@code unitSerial} and makes the journal the
     * supervisor's record keeping (an ARM waits for durable records; a failure trips). Call after the
     * unit has connected, then {@link SessionSupervisor#checkCounters()} to reconcile its counter.
     */
    public TreatmentJournal attach(SessionSupervisor supervisor, String unitSerial) throws JournalException {
        TreatmentJournal unit = new TreatmentJournal(journal.writer(), clientKeys, zone, unitSerial, software,
                history.lastLifetime(unitSerial).orElse(null), supervisor);
        attached.add(unit);
        supervisor.addListener(unit);
        supervisor.keepRecordsWith(unit);
        journal.writer().failure().ifPresent(f -> unit.recordingFailed(f.getMessage()));
        return unit;
    }

    /** Sessions the last run left open that this start closed by recovery. */
    public int recoveredSessions() {
        return recoveredSessions;
    }

    /** The underlying journal (store, keys, writer). */
    public Journal journal() {
        return journal;
    }

    /** The client key store. */
    public ClientKeyStore clientKeys() {
        return clientKeys;
    }

    private void writerFailed(JournalException failure) {
        JournalRecovery.noteFailure(journal.dataDir(), failure, clock.instant());
        for (TreatmentJournal unit : attached) {
            unit.recordingFailed("journal " + failure.reason() + ": " + failure.getMessage());
        }
    }

    /** Seals what is written with a checkpoint, closes the stores and marks the shutdown clean. */
    @Override
    public void close() {
        journal.writer().close();
        if (journal.writer().failure().isEmpty()) {
            JournalRecovery.markClean(journal.dataDir());
        }
        clientKeys.close();
        journal.close();
    }
}
