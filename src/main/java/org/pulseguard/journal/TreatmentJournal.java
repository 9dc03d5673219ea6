package org.pulseguard.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.journal.privacy.ClientKey;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.privacy.PersonalFields;
import org.pulseguard.journal.record.RecordFields;
import org.pulseguard.journal.record.RecordKind;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.session.EventFacts;
import org.pulseguard.session.RecordKeeping;
import org.pulseguard.session.ReasonCode;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.session.SupervisorEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unit's supervisor, journaled: every {@link SupervisorEvent} becomes the typed records of
 * docs/journal.md section 3 ({@link EventRecords}); this class adds what needs the journal's own
 * state: session ids, client tokens and sealed personal fields, counter reconciliation, and a
 * checkpoint at every session close. It is the supervisor's {@link RecordKeeping}: an ARM waits
 * until every record before it is durable; a record that cannot be written trips the supervisor.
 *
 * <p>Events arrive on the supervisor's threads, one at a time per supervisor (its outbox
 * serialises them); appends never block. Logs carry codes only: never a pseudonym or clinical field.
 */
public final class TreatmentJournal implements SupervisorEventListener, RecordKeeping {
    private static final Logger LOG = LoggerFactory.getLogger(TreatmentJournal.class);
    /** How long an ARM waits for the records before it to become durable. */
    static final Duration DURABLE_WAIT = Duration.ofSeconds(2);

    private final JournalWriter writer;
    private final ClientKeyStore clientKeys;
    private final ZoneId zone;
    private final String unit;
    private final String software;
    private final SessionSupervisor supervisor;
    private final Object lock = new Object();
    private String session;
    private String client;
    private Long lastLifetime;
    private CompletableFuture<Long> lastAppend = CompletableFuture.completedFuture(-1L);
    private volatile String failed;
    /** A failure seen while {@link #lock} was held, reported to the supervisor once it is released. */
    private String deferredFailure;

    TreatmentJournal(JournalWriter writer, ClientKeyStore clientKeys, ZoneId zone, String unit, String software,
                     Long lastLifetime, SessionSupervisor supervisor) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clientKeys = Objects.requireNonNull(clientKeys, "clientKeys");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.software = Objects.requireNonNull(software, "software");
        this.lastLifetime = lastLifetime;
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
    }

    /** The open session's id, or empty. */
    public Optional<String> currentSession() {
        synchronized (lock) {
            return Optional.ofNullable(session);
        }
    }

    /** The unit's serial number, as its records name it. */
    public String unit() {
        return unit;
    }

    @Override
    public void onEvent(SupervisorEvent event) {
        String deferred;
        try {
            synchronized (lock) {
                for (ObjectNode record : recordsFor(event)) {
                    append(record);
                }
                deferred = deferredFailure;
                deferredFailure = null;
            }
        } catch (RuntimeException | JournalException e) {
            deferred = "a " + event.reason() + " record could not be made: " + e.getMessage();
        }
        if (deferred != null) {
            recordingFailed(deferred);
        }
    }

    private List<ObjectNode> recordsFor(SupervisorEvent event) throws JournalException {
        if (event.reason() == ReasonCode.SESSION_OPENED && event.facts() instanceof EventFacts.SessionOpening opening) {
            return sessionOpened(event, opening);
        }
        if (event.reason() == ReasonCode.SESSION_CLOSED && event.kind() == SupervisorEvent.Kind.TRANSITION) {
            return List.of(sessionClosed(event));
        }
        if (event.reason() == ReasonCode.COUNTERS_READ && event.facts() instanceof EventFacts.CountersRead read) {
            return countersRead(event, read);
        }
        List<ObjectNode> records = EventRecords.of(event, new EventRecords.Place(zone, unit, session, client));
        if (event.facts() instanceof EventFacts.Reported reported) {
            noteCounter(reported.report());
        }
        return records;
    }

    private List<ObjectNode> sessionOpened(SupervisorEvent event, EventFacts.SessionOpening opening) throws JournalException {
        SessionRequest request = opening.request();
        ClientKey key = clientKeys.keyFor(request.client().value());
        session = SessionIds.next();
        client = key.token();
        ObjectNode personal = RecordBuilder.objectNode();
        personal.put("pseudonym", request.client().value());
        personal.put("skinType", request.skinType().name());
        personal.put("site", request.treatmentSite());
        personal.put("firstSessionOnSite", request.firstSessionOnSite());
        ObjectNode checklist = RecordBuilder.objectNode();
        checklist.put("eyewear", request.checklist().eyewearForEveryonePresent());
        checklist.put("doorSign", request.checklist().doorSignPosted());
        checklist.put("interlockVerified", request.checklist().interlockVerified());
        checklist.put("testSpotDone", request.checklist().testSpotDone());
        RecordBuilder opened = EventRecords.inSession(RecordKind.SESSION_OPENED, event, place(), true)
                .text("operator", request.operatorId())
                .profile("safeProfile", request.profile().id(), request.profile().version())
                .profile("deviceProfile", opening.deviceProfile().id(), opening.deviceProfile().version())
                .text("model", opening.unit() == null ? opening.deviceProfile().model() : opening.unit().model())
                .text("firmware", opening.unit() == null ? null : opening.unit().firmware())
                .text("software", software).object("checklist", checklist)
                .number("minIntervalDays", request.profile().minIntervalDays())
                .object("personal", PersonalFields.seal(personal, key));
        if (opening.counters() == null) {
            return List.of(opened.build());
        }
        return List.of(opened.build(), reconcile(event, "SESSION_OPEN", opening.counters().lifetimePulses()));
    }

    private ObjectNode sessionClosed(SupervisorEvent event) {
        String how = event.facts() instanceof EventFacts.SessionClosing closing ? closing.by().name() : "OPERATOR";
        RecordBuilder closed = EventRecords.inSession(RecordKind.SESSION_CLOSED, event, place(), true).text("how", how)
                .text("state", event.to().name());
        if (event.tally() != null) {
            closed.number("pulses", event.tally().totalPulses()).flag("countExact", event.tally().countExact())
                    .array("runs", EventRecords.runs(event.tally().runs()));
        }
        session = null;
        client = null;
        return closed.build();
    }

    private List<ObjectNode> countersRead(SupervisorEvent event, EventFacts.CountersRead read) {
        if (read.check() == EventFacts.CounterCheck.LINK_RESTORED) {
            return List.of(reconcile(event, "LINK_RESTORED", read.counters().lifetimePulses()));
        }
        ObjectNode connected = RecordBuilder.of(RecordKind.UNIT_CONNECTED, event.at(), zone).text(RecordFields.UNIT, unit)
                .text("model", read.unit().model()).text("firmware", read.unit().firmware()).text("software", software)
                .number("lifetimePulses", read.counters().lifetimePulses()).number("userPulses", read.counters().userPulses())
                .build();
        return List.of(connected, reconcile(event, "CONNECT", read.counters().lifetimePulses()));
    }

    private ObjectNode reconcile(SupervisorEvent event, String trigger, long unitLifetime) {
        CounterReconciliation found = new CounterReconciliation(lastLifetime, unitLifetime);
        if (found.outcome() == CounterReconciliation.Outcome.UNACCOUNTED || found.outcome() == CounterReconciliation.Outcome.BACKWARDS) {
            LOG.warn("Unit counter reconciliation: {} ({} pulses not on record)", found.outcome(), found.unaccounted());
        }
        lastLifetime = unitLifetime;
        RecordBuilder record = EventRecords.inSession(RecordKind.COUNTER_RECONCILED, event, place(), true);
        return found.describe(record, trigger).build();
    }

    private void noteCounter(DeviceEvent report) {
        if (report instanceof DeviceEvent.PulseEmitted p) {
            lastLifetime = p.lifetimePulse();
        } else if (report instanceof DeviceEvent.PulsesCounted c) {
            lastLifetime = c.lastLifetimePulse();
        }
    }

    private EventRecords.Place place() {
        return new EventRecords.Place(zone, unit, session, client);
    }

    private void append(ObjectNode record) {
        CompletableFuture<Long> done = writer.append(record);
        boolean closes = RecordKind.SESSION_CLOSED.name().equals(record.path(RecordFields.KIND).asText());
        done.whenComplete((index, failure) -> {
            if (failure == null) {
                return;
            }
            String why = "record not written: " + failure.getMessage();
            if (Thread.holdsLock(lock)) {
                deferredFailure = why; // already failed when appended: reported once the lock is released
            } else {
                recordingFailed(why);
            }
        });
        lastAppend = done;
        if (closes) {
            writer.checkpoint();
        }
    }

    /** The journal cannot keep records: the supervisor refuses to arm and trips an armed unit. */
    void recordingFailed(String why) {
        if (failed == null) {
            failed = why;
            LOG.error("Treatment journal for unit {} cannot keep records: {}", unit, why);
        }
        supervisor.recordKeepingFailed(why);
    }

    @Override
    public Optional<String> awaitDurable() {
        CompletableFuture<Long> last;
        synchronized (lock) {
            last = lastAppend;
        }
        try {
            last.get(DURABLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return Optional.of(e.getCause() == null ? e.toString() : e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Optional.of("the journal did not confirm the records within " + DURABLE_WAIT.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while waiting for the journal");
        }
        if (failed != null) {
            return Optional.of(failed);
        }
        return writer.refusesRecords();
    }
}
