package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pulseguard.profile.SkinType;

/**
 * No treatment without a record (hazard H21): the supervisor's side of the journal's durability
 * gate. An ARM waits for {@link RecordKeeping#awaitDurable}; a record keeper that fails trips an
 * armed unit to STANDBY and refuses every later arm and session, whatever the record keeper itself
 * would answer.
 */
class SupervisorRecordKeepingTest {
    private final SupervisorFixture f = new SupervisorFixture();

    @Test
    void arm_whenTheRecordsBeforeItAreNotDurable_isRefusedAndNothingReachesTheUnit() {
        // Given a session with a verified setpoint whose records the journal cannot confirm
        f.in(SessionState.STANDBY);
        f.supervisor.keepRecordsWith(() -> Optional.of("the journal did not confirm the records within 2000 ms"));
        f.device.calls.clear();

        // When the technician arms
        Outcome outcome = f.supervisor.arm();

        // Then it is refused for the journal, and the unit heard nothing
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
        assertThat(outcome.detail()).contains("did not confirm");
        assertThat(f.device.calls).doesNotContain("arm");
        assertThat(f.supervisor.state()).isEqualTo(SessionState.STANDBY);
    }

    @Test
    void arm_waitsForTheRecordKeeperBeforeTheUnitIsTold() {
        // Given a record keeper that notes what the unit had been told when it was asked
        f.in(SessionState.STANDBY);
        AtomicReference<String> toldBefore = new AtomicReference<>();
        f.supervisor.keepRecordsWith(() -> {
            toldBefore.set(String.join(",", f.device.calls));
            return Optional.empty();
        });
        f.device.calls.clear();

        // When the technician arms
        assertThat(f.supervisor.arm().accepted()).isTrue();

        // Then the keeper was asked before the ARM went out
        assertThat(toldBefore.get()).isNotNull().doesNotContain("arm");
        assertThat(f.device.calls).contains("arm");
    }

    @Test
    void recordKeepingFailed_whileReady_tripsToStandbyNamingTheJournal() {
        // Given an armed unit, emission possible
        f.in(SessionState.READY);
        f.device.calls.clear();

        // When the journal fails
        f.supervisor.recordKeepingFailed("journal DISK_FULL: database or disk is full");

        // Then the supervisor trips and the unit is sent to STANDBY
        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        assertThat(f.device.calls).contains("standby");
        SupervisorEvent trip = f.events.stream().filter(e -> e.kind() == SupervisorEvent.Kind.TRIP).reduce((a, b) -> b).orElseThrow();
        assertThat(trip.reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
        assertThat(trip.detail()).contains("DISK_FULL").contains("no treatment without a record");
    }

    @Test
    void recordKeepingFailed_whileFiring_tripsToStandby() {
        f.in(SessionState.FIRING);

        f.supervisor.recordKeepingFailed("journal LOCKED: database is locked");

        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        assertThat(f.device.calls).contains("standby");
    }

    @Test
    void afterARecordKeepingFailure_armIsRefusedEvenWhenTheKeeperWouldAnswerDurable() {
        // Given a session in STANDBY whose journal failed, and a keeper that (wrongly) says all is durable
        f.in(SessionState.STANDBY);
        f.supervisor.recordKeepingFailed("journal READ_ONLY: attempt to write a readonly database");
        f.supervisor.keepRecordsWith(RecordKeeping.NONE);
        f.device.calls.clear();

        // When the technician arms
        Outcome outcome = f.supervisor.arm();

        // Then the supervisor itself refuses: the failure latches
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
        assertThat(f.device.calls).doesNotContain("arm");
    }

    @Test
    void afterARecordKeepingFailure_aNewSessionIsRefused() {
        f.in(SessionState.STANDBY);
        f.supervisor.recordKeepingFailed("journal LOCKED: database is locked");
        f.supervisor.closeSession();

        Outcome outcome = f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete()));

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reason()).isEqualTo(ReasonCode.JOURNAL_FAILED);
    }
}
