package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.audit.JournalVerifier;
import org.pulseguard.audit.VerifyProblem;
import org.pulseguard.device.Setpoint;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorSettings;

/**
 * The tamper suite of issue 8 on a real journal: written by supervised sessions over the simulated
 * reference laser (pty, jSerialComm), with a checkpoint exported between the two sessions as a
 * safety officer would. Each change made behind the journal's back is caught by {@code audit verify}
 * ({@link JournalVerifier}), naming the record or checkpoint.
 */
class SupervisedJournalTamperIT {
    @TempDir
    static Path written;
    private static SignedCheckpoint exported;
    private static long records;

    @TempDir
    Path dir;

    @BeforeAll
    static void twoSupervisedSessions() throws Exception {
        try (DialectRig rig = new DialectRig("reference", Files.createDirectories(written.resolve("rig")));
             ClinicJournal journal = ClinicJournal.open(written.resolve("journal"), Clock.systemUTC(), ZoneId.of("Europe/Berlin"),
                     "pulseguard test", CheckpointPolicy.DEFAULT)) {
            SessionSupervisor supervisor = new SessionSupervisor(rig.driver, rig.profiles.device(), Clock.systemUTC(),
                    SupervisorSettings.defaults());
            journal.attach(supervisor, rig.driver.identity().orElseThrow().serial());
            supervisor.checkCounters();
            supervisor.start(rig.scheduler, 20);
            session(rig, supervisor, "C-TAMPER01");
            exported = journal.journal().writer().checkpoint().join();
            backUp(written.resolve("journal"), written.resolve("backup"));
            session(rig, supervisor, "C-TAMPER02");
            supervisor.close();
        }
        try (JournalStore store = JournalStore.openForReading(written.resolve("journal"))) {
            records = store.size();
        }
    }

    /** A file copy of the database (and its write-ahead log) while nothing is being written, as a nightly backup would take. */
    private static void backUp(Path journal, Path backup) throws Exception {
        Files.createDirectories(backup);
        for (String f : List.of(JournalStore.FILE_NAME, JournalStore.FILE_NAME + "-wal")) {
            if (Files.exists(journal.resolve(f))) {
                Files.copy(journal.resolve(f), backup.resolve(f));
            }
        }
    }

    private static void session(DialectRig rig, SessionSupervisor supervisor, String client) throws Exception {
        SafeProfile profile = rig.profiles.safeProfile("tattoo-1064-fst-i-iii").orElseThrow();
        Setpoint s = rig.setpoint();
        Setpoint setpoint = new Setpoint(s.energy(), s.spot(), RepetitionRate.ofHertz(5), s.wavelength());
        assertThat(supervisor.openSession(new SessionRequest("tech-07", new ClientPseudonym(client), SkinType.II, "left-forearm",
                false, profile, new Checklist(true, true, true, true))).accepted()).isTrue();
        assertThat(supervisor.applySetpoint(setpoint).accepted()).isTrue();
        assertThat(supervisor.arm().accepted()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> supervisor.state() == SessionState.READY);
        rig.control.pressFootswitch();
        await().atMost(Duration.ofSeconds(5)).until(() -> supervisor.sessionPulses() >= 4);
        rig.control.releaseFootswitch();
        await().atMost(Duration.ofSeconds(5)).until(() -> supervisor.state() == SessionState.READY);
        assertThat(supervisor.closeSession().accepted()).isTrue();
    }

    @BeforeEach
    void copyTheJournal() throws Exception {
        try (Stream<Path> files = Files.list(written.resolve("journal"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    private List<String> verify(Optional<SignedCheckpoint> against) throws Exception {
        try (JournalStore store = JournalStore.openForReading(dir)) {
            return JournalVerifier.verify(store, JournalKeys.loadOrCreate(dir).publicKey(), against).problems().stream()
                    .map(VerifyProblem::toString).toList();
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JournalStore.FILE_NAME));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private long firstOfKind(String kind) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JournalStore.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT min(leaf_index) FROM records WHERE kind = '" + kind + "'")) {
            return r.getLong(1);
        }
    }

    @Test
    void untouched_verifiesAgainstTheExportedCheckpoint() throws Exception {
        assertThat(records).isGreaterThan(exported.checkpoint().treeSize());
        assertThat(verify(Optional.of(exported))).isEmpty();
    }

    @Test
    void aPulsesMeasuredEnergyEdited_isNamed() throws Exception {
        long pulse = firstOfKind("PULSE");
        sql("UPDATE records SET canonical = replace(canonical, '\"energyMicrojoules\":', '\"energyMicrojoules\":1') WHERE leaf_index = "
                + pulse);
        assertThat(verify(Optional.empty())).first().asString().startsWith("record " + pulse + ": changed after it was written");
    }

    @Test
    void aSessionOpeningDeleted_isNamed() throws Exception {
        long opened = firstOfKind("SESSION_OPENED");
        sql("DELETE FROM records WHERE leaf_index = " + opened);
        assertThat(verify(Optional.empty())).first().asString().startsWith("record " + opened + ": is missing");
    }

    @Test
    void theLastRowsDeleted_areCaught() throws Exception {
        sql("DELETE FROM records WHERE leaf_index >= " + (records - 3));
        assertThat(verify(Optional.empty())).anyMatch(p -> p.contains("records were removed from the end"));
    }

    @Test
    void theSecondSessionRemovedWithItsCheckpoints_isCaughtAgainstTheExportedOne() throws Exception {
        long size = exported.checkpoint().treeSize();
        sql("DELETE FROM records WHERE leaf_index >= " + (size - 2), "DELETE FROM checkpoints WHERE tree_size > " + (size - 2),
                "DELETE FROM tree_nodes WHERE (idx + 1) * (1 << level) > " + (size - 2));
        assertThat(verify(Optional.of(exported))).containsExactly("exported checkpoint at size " + size + ": covers " + size
                + " records but the journal holds " + (size - 2) + ": records were removed from the end, or an older copy of the"
                + " database was restored");
    }

    @Test
    void twoRowsSwapped_isNamed() throws Exception {
        long pulse = firstOfKind("PULSE");
        sql("UPDATE records SET leaf_index = -1 WHERE leaf_index = " + pulse,
                "UPDATE records SET leaf_index = " + pulse + " WHERE leaf_index = " + (pulse + 1),
                "UPDATE records SET leaf_index = " + (pulse + 1) + " WHERE leaf_index = -1");
        assertThat(verify(Optional.empty())).first().asString().startsWith("record " + pulse + ": holds the record numbered " + (pulse + 1));
    }

    @Test
    void theKeyPairReplaced_isCaughtAgainstTheExportedCheckpoint() throws Exception {
        Files.delete(dir.resolve(JournalKeys.PRIVATE_KEY_FILE));
        Files.delete(dir.resolve(JournalKeys.PUBLIC_KEY_FILE));
        JournalKeys forger = JournalKeys.loadOrCreate(dir);
        try (JournalStore store = JournalStore.open(dir)) {
            for (String text : store.checkpoints()) {
                SignedCheckpoint c = SignedCheckpoint.parse(text);
                store.addCheckpoint(c.checkpoint().treeSize(), forger.sign(c.checkpoint()).text());
            }
        }
        assertThat(verify(Optional.empty())).isEmpty();
        assertThat(verify(Optional.of(exported))).singleElement().asString().contains("does not verify under key " + forger.keyId());
    }

    @Test
    void aBackupTakenAtTheFirstExportRestored_isCaughtAgainstTheLatestCheckpoint() throws Exception {
        SignedCheckpoint latest = SignedCheckpoint.parse(lastCheckpoint());
        Files.deleteIfExists(dir.resolve(JournalStore.FILE_NAME + "-wal"));
        try (Stream<Path> files = Files.list(written.resolve("backup"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(verify(Optional.of(exported))).as("the backup extends the export taken with it").isEmpty();
        assertThat(verify(Optional.of(latest))).singleElement().asString().contains("an older copy of the database was restored");
    }

    @Test
    void aStoredCheckpointEdited_isNamed() throws Exception {
        long size = exported.checkpoint().treeSize();
        sql("UPDATE checkpoints SET signed_text = replace(signed_text, 'size " + size + "', 'size " + (size - 1) + "') WHERE tree_size = "
                + size);
        assertThat(verify(Optional.empty())).first().asString().startsWith("checkpoint at size " + (size - 1) + ": signature does not verify");
    }

    private String lastCheckpoint() throws Exception {
        try (JournalStore store = JournalStore.openForReading(dir)) {
            List<String> all = store.checkpoints();
            return all.get(all.size() - 1);
        }
    }

    @Test
    void theJournalDatabaseReplaced_byAnotherJournalsCopy_isCaught(@TempDir Path other) throws Exception {
        try (ClinicJournal foreign = ClinicJournal.open(other, Clock.systemUTC(), ZoneId.of("UTC"), "x", CheckpointPolicy.DEFAULT)) {
            foreign.journal().writer().checkpoint().join();
        }
        Files.copy(other.resolve(JournalStore.FILE_NAME), dir.resolve(JournalStore.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(dir.resolve(JournalStore.FILE_NAME + "-wal"));
        assertThat(verify(Optional.of(exported))).isNotEmpty();
    }
}
