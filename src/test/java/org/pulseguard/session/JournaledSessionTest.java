package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.audit.JournalVerifier;
import org.pulseguard.audit.VerifyReport;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.journal.privacy.ClientKey;
import org.pulseguard.journal.privacy.PersonalFields;
import org.pulseguard.journal.record.CanonicalJson;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.PulseEnergy;

/**
 * A supervised session over a fake unit, journaled for real (SQLite in a temporary directory): the
 * records are typed and carry their facts as fields (issue 8 item 1), the ARM waits for durable
 * records and a journal that cannot write refuses arming and trips an armed unit (item 4), recovery
 * closes a session left open (item 4), and counters are reconciled (item 5).
 */
class JournaledSessionTest {
    @TempDir
    Path data;
    private final SupervisorFixture f = new SupervisorFixture();
    private ClinicJournal journal;

    @AfterEach
    void close() {
        if (journal != null) {
            journal.close();
        }
    }

    private void openJournal() throws JournalException {
        journal = ClinicJournal.open(data, f.clock, ZoneId.of("Europe/Berlin"), "pulseguard test", CheckpointPolicy.DEFAULT);
        journal.attach(f.supervisor, "SIM-1");
    }

    private List<JsonNode> records() throws JournalException {
        journal.journal().writer().checkpoint().join();
        List<JsonNode> out = new ArrayList<>();
        journal.journal().store().scan(0, Long.MAX_VALUE, row -> out.add(CanonicalJson.parseCanonical(row.canonical())));
        return out;
    }

    private static List<JsonNode> ofKind(List<JsonNode> records, String kind) {
        return records.stream().filter(r -> r.path("kind").asText().equals(kind)).collect(Collectors.toList());
    }

    private void pulse(long lifetime, long microjoules) {
        f.supervisor.onEvent(new DeviceEvent.PulseEmitted(f.clock.instant(), lifetime, lifetime, new PulseEnergy(microjoules)));
    }

    @Test
    void aSession_isJournaledAsTypedRecords_withItsFactsAsFields() throws Exception {
        openJournal();
        f.device.counters = new PulseCounters(40, 3);
        assertThat(f.supervisor.checkCounters().accepted()).isTrue();
        assertThat(f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete())).accepted()).isTrue();
        assertThat(f.supervisor.applySetpoint(SupervisorFixture.OVER_LIMIT).accepted()).isFalse();
        assertThat(f.supervisor.applySetpoint(SupervisorFixture.SAFE).accepted()).isTrue();
        assertThat(f.supervisor.arm().accepted()).isTrue();
        f.clock.advance(Duration.ofMillis(1000));
        f.supervisor.tick();
        f.supervisor.onEvent(new DeviceEvent.FootswitchChanged(f.clock.instant(), true));
        pulse(41, 401_000);
        pulse(42, 395_500);
        f.device.fault = DeviceFault.OVER_TEMPERATURE;
        f.supervisor.onEvent(new DeviceEvent.FaultChanged(f.clock.instant(), DeviceFault.OVER_TEMPERATURE));
        assertThat(f.supervisor.closeSession().accepted()).isTrue();

        List<JsonNode> records = records();
        JsonNode reconciled = ofKind(records, "COUNTER_RECONCILED").get(0);
        assertThat(reconciled.path("outcome").asText()).isEqualTo("FIRST_SEEN");
        assertThat(reconciled.path("unitLifetime").asLong()).isEqualTo(40);
        assertThat(ofKind(records, "UNIT_CONNECTED").get(0).path("lifetimePulses").asLong()).isEqualTo(40);

        JsonNode opened = ofKind(records, "SESSION_OPENED").get(0);
        assertThat(opened.path("operator").asText()).isEqualTo("tech-07");
        assertThat(opened.path("safeProfile").path("id").asText()).isEqualTo("tattoo-1064-fst-i-iii");
        assertThat(opened.path("deviceProfile").path("id").asText()).isEqualTo("reference-laser");
        assertThat(opened.path("checklist").path("eyewear").asBoolean()).isTrue();
        assertThat(opened.path("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(opened.toString()).doesNotContain("C-7F3K2Q", "left-forearm");
        ClientKey key = journal.clientKeys().find("C-7F3K2Q").orElseThrow();
        assertThat(opened.path("client").asText()).isEqualTo(key.token());
        JsonNode personal = PersonalFields.open(opened.path("personal"), key).orElseThrow();
        assertThat(personal.path("pseudonym").asText()).isEqualTo("C-7F3K2Q");
        assertThat(personal.path("site").asText()).isEqualTo("left-forearm");
        assertThat(personal.path("skinType").asText()).isEqualTo("II");
        String session = opened.path("session").asText();
        assertThat(session).matches("[0-9a-f]{32}");

        JsonNode refused = ofKind(records, "SETPOINT_REFUSED").get(0);
        assertThat(refused.path("reason").asText()).isEqualTo("GATE_REFUSED");
        assertThat(refused.path("requested").path("energyMicrojoules").asLong()).isEqualTo(1_200_000);
        assertThat(refused.path("refusals").get(0).path("parameter").asText()).isNotEmpty();
        assertThat(refused.path("refusals").get(0).path("limit").asText()).contains("12 J/cm2");
        assertThat(refused.path("refusals").get(0).path("source").asText()).contains("tattoo-1064-fst-i-iii");

        JsonNode applied = ofKind(records, "SETPOINT_APPLIED").get(0);
        assertThat(applied.path("readBack").path("spotMicrometres").asLong()).isEqualTo(4000);
        assertThat(applied.path("fluenceMicrojoulesPerSquareCentimetre").asLong()).isEqualTo(3_183_099);
        assertThat(applied.path("safeProfile").path("id").asText()).isEqualTo("tattoo-1064-fst-i-iii");
        assertThat(ofKind(records, "ARMED").get(0).path("emissionDelayMillis").asLong()).isEqualTo(1000);
        assertThat(ofKind(records, "EMISSION_DELAY_ELAPSED")).hasSize(1);
        assertThat(ofKind(records, "RUN_STARTED").get(0).path("run").asInt()).isEqualTo(1);

        List<JsonNode> pulses = ofKind(records, "PULSE");
        assertThat(pulses).extracting(p -> p.path("lifetime").asLong()).containsExactly(41L, 42L);
        assertThat(pulses).allMatch(p -> p.path("session").asText().equals(session) && !p.has("zone") && !p.has("unit"));
        assertThat(pulses.get(1).path("energyMicrojoules").asLong()).isEqualTo(395_500);

        JsonNode ended = ofKind(records, "RUN_ENDED").get(0);
        assertThat(ended.path("endedBy").asText()).isEqualTo("DEVICE_FAULT");
        assertThat(ended.path("pulses").asLong()).isEqualTo(2);
        assertThat(ended.path("measured").path("minMicrojoules").asLong()).isEqualTo(395_500);
        assertThat(ended.path("measured").path("maxMicrojoules").asLong()).isEqualTo(401_000);

        JsonNode trip = ofKind(records, "TRIP").get(0);
        assertThat(trip.path("reason").asText()).isEqualTo("DEVICE_FAULT");
        assertThat(trip.path("fault").asText()).isEqualTo("OVER_TEMPERATURE");
        assertThat(trip.path("client").asText()).isEqualTo(key.token());

        JsonNode closed = ofKind(records, "SESSION_CLOSED").get(0);
        assertThat(closed.path("how").asText()).isEqualTo("OPERATOR");
        assertThat(closed.path("pulses").asLong()).isEqualTo(2);
        assertThat(closed.path("runs").get(0).path("pulses").asLong()).isEqualTo(2);

        VerifyReport verified = JournalVerifier.verify(journal.journal().store(), journal.journal().keys().publicKey(), Optional.empty());
        assertThat(verified.problems()).isEmpty();
    }

    @Test
    void aJournalThatCannotWrite_refusesTheArm_andTheUnitIsNeverArmed() throws Exception {
        openJournal();
        f.in(SessionState.STANDBY);
        journal.journal().writer().close(); // from now on every append fails

        Outcome arm = f.supervisor.arm();

        assertThat(arm.accepted()).isFalse();
        assertThat(arm.reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
        assertThat(f.device.calls).doesNotContain("arm");
        assertThat(f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete())).reason())
                .isIn(ReasonCode.JOURNAL_FAILED, ReasonCode.SESSION_ALREADY_OPEN);
    }

    @Test
    void aJournalThatFailsWhileArmed_tripsTheUnitToStandby() throws Exception {
        openJournal();
        f.in(SessionState.READY);
        f.device.calls.clear();

        journal.journal().writer().close();
        pulse(1, 400_000); // the pulse's record cannot be written

        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        assertThat(f.events).anyMatch(e -> e.kind() == SupervisorEvent.Kind.TRIP && e.reason() == ReasonCode.JOURNAL_FAILED);
        assertThat(f.device.calls).contains("standby");
        f.supervisor.reset();
        assertThat(f.supervisor.arm().reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
    }

    @Test
    void aSessionLeftOpen_isClosedByRecovery_withThePulsesItsRecordsHold() throws Exception {
        openJournal();
        f.in(SessionState.FIRING);
        pulse(1, 400_000);
        pulse(2, 400_000);
        journal.journal().writer().checkpoint().join();
        journal.close(); // the supervisor never closed its session
        journal = null;

        journal = ClinicJournal.open(data, f.clock, ZoneId.of("Europe/Berlin"), "pulseguard test", CheckpointPolicy.DEFAULT);

        assertThat(journal.recoveredSessions()).isEqualTo(1);
        List<JsonNode> records = records();
        JsonNode closed = ofKind(records, "SESSION_CLOSED").get(0);
        assertThat(closed.path("how").asText()).isEqualTo("RECOVERY");
        assertThat(closed.path("pulses").asLong()).isEqualTo(2);
        assertThat(closed.path("countExact").asBoolean()).isFalse();
        assertThat(closed.path("session").asText()).isEqualTo(ofKind(records, "SESSION_OPENED").get(0).path("session").asText());
        assertThat(ofKind(records, "JOURNAL_OPENED")).extracting(r -> r.path("previousShutdown").asText())
                .containsExactly("FIRST_START", "CLEAN");
    }

    @Test
    void pulsesFiredWhileTheJournalWasClosed_areUnaccounted_withTheirCounterRange() throws Exception {
        openJournal();
        f.in(SessionState.FIRING);
        pulse(41, 400_000);
        f.supervisor.closeSession();
        journal.close();
        journal = null;
        f.device.counters = new PulseCounters(47, 7); // six pulses fired with nobody watching

        openJournal();
        f.supervisor.checkCounters();

        JsonNode reconciled = ofKind(records(), "COUNTER_RECONCILED").stream().reduce((a, b) -> b).orElseThrow();
        assertThat(reconciled.path("outcome").asText()).isEqualTo("UNACCOUNTED");
        assertThat(reconciled.path("journaledLifetime").asLong()).isEqualTo(41);
        assertThat(reconciled.path("unaccountedPulses").asLong()).isEqualTo(6);
        assertThat(reconciled.path("firstUnaccounted").asLong()).isEqualTo(42);
        assertThat(reconciled.path("lastUnaccounted").asLong()).isEqualTo(47);
    }

    @Test
    void aCounterBelowTheJournaledOne_isRecordedAsGoingBackwards() throws Exception {
        openJournal();
        f.device.counters = new PulseCounters(500, 0);
        f.supervisor.checkCounters();
        f.device.counters = new PulseCounters(12, 0); // the unit was swapped or its counter reset

        f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete()));

        JsonNode reconciled = ofKind(records(), "COUNTER_RECONCILED").stream().reduce((a, b) -> b).orElseThrow();
        assertThat(reconciled.path("trigger").asText()).isEqualTo("SESSION_OPEN");
        assertThat(reconciled.path("outcome").asText()).isEqualTo("BACKWARDS");
        assertThat(reconciled.path("session").asText()).matches("[0-9a-f]{32}");
    }

    @Test
    void aSecondWriterOnTheSameDataDirectory_isRefused() throws Exception {
        openJournal();

        JournalException refused = org.junit.jupiter.api.Assertions.assertThrows(JournalException.class,
                () -> ClinicJournal.open(data, f.clock, ZoneId.of("UTC"), "x", CheckpointPolicy.DEFAULT));

        assertThat(refused.reason()).isEqualTo(JournalException.Reason.LOCKED);
        assertThat(refused.getMessage()).contains("in use by another pulseguard");
        assertThat(JournalStore.FILE_NAME).isEqualTo("journal.db");
    }

    @Test
    void aSessionLeftUntouchedInStandby_isClosedByIdle() throws Exception {
        openJournal();
        f.in(SessionState.STANDBY);
        f.clock.advance(SupervisorSettings.DEFAULT_SESSION_IDLE_CLOSE.minusSeconds(1));
        f.supervisor.tick();
        assertThat(f.supervisor.state()).isEqualTo(SessionState.STANDBY);

        f.clock.advance(Duration.ofSeconds(1));
        f.supervisor.tick();

        assertThat(f.supervisor.state()).isEqualTo(SessionState.IDLE);
        assertThat(ofKind(records(), "SESSION_CLOSED")).extracting(r -> r.path("how").asText()).containsExactly("IDLE");
    }
}
