package org.pulseguard.journal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.journal.tree.TreeHash;

class CheckpointSigningTest {
    private static final String JOURNAL = "0123456789abcdef0123456789abcdef";
    private static final TreeHash ROOT = TreeHash.leaf(new byte[] {1, 2, 3});

    @TempDir
    Path dir;

    private Checkpoint checkpoint() {
        return new Checkpoint(JOURNAL, 1204, ROOT, Instant.parse("2026-12-08T14:03:11.750Z"));
    }

    @Test
    void firstStart_makesAKeyPairWithAnOwnerOnlyPrivateKey() throws Exception {
        JournalKeys keys = JournalKeys.loadOrCreate(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(JournalKeys.PRIVATE_KEY_FILE))))
                .isEqualTo("rw-------");
        assertThat(keys.publicKeyText()).startsWith("ed25519:");
        assertThat(Files.readString(dir.resolve(JournalKeys.PUBLIC_KEY_FILE)).strip()).isEqualTo(keys.publicKeyText());
        assertThat(keys.keyId()).matches("[0-9a-f]{16}");
    }

    @Test
    void secondStart_loadsTheSameKey() throws Exception {
        JournalKeys first = JournalKeys.loadOrCreate(dir);
        JournalKeys again = JournalKeys.loadOrCreate(dir);
        assertThat(again.publicKeyText()).isEqualTo(first.publicKeyText());
        assertThat(JournalKeys.verify(again.sign(checkpoint()), first.publicKey())).isTrue();
    }

    @Test
    void aPublicKeyFileFromAnotherPair_isRefusedAtLoad(@TempDir Path other) throws Exception {
        JournalKeys.loadOrCreate(dir);
        JournalKeys.loadOrCreate(other);
        Files.copy(other.resolve(JournalKeys.PUBLIC_KEY_FILE), dir.resolve(JournalKeys.PUBLIC_KEY_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> JournalKeys.loadOrCreate(dir)).hasMessageContaining("do not belong together");
    }

    @Test
    void signedText_roundTripsAndVerifiesWithThePublicKeyTextAlone() throws Exception {
        JournalKeys keys = JournalKeys.loadOrCreate(dir);
        String text = keys.sign(checkpoint()).text();
        assertThat(text.lines()).hasSize(7);
        assertThat(text).contains("time 2026-12-08T14:03:11Z\n");
        PublicKey key = JournalKeys.parsePublicKey(keys.publicKeyText());
        SignedCheckpoint parsed = SignedCheckpoint.parse(text);
        assertThat(parsed.checkpoint()).isEqualTo(checkpoint());
        assertThat(JournalKeys.verify(parsed, key)).isTrue();
    }

    @Test
    void anEditedLine_failsVerification() throws Exception {
        JournalKeys keys = JournalKeys.loadOrCreate(dir);
        String text = keys.sign(checkpoint()).text();
        for (String[] edit : new String[][] {{"size 1204", "size 1203"}, {"root " + ROOT.hex(), "root " + TreeHash.leaf(new byte[] {9}).hex()},
                {"time 2026-12-08T14:03:11Z", "time 2026-12-09T14:03:11Z"}, {"journal 0123", "journal 1123"}}) {
            SignedCheckpoint edited = SignedCheckpoint.parse(text.replace(edit[0], edit[1]));
            assertThat(JournalKeys.verify(edited, keys.publicKey())).as(edit[1]).isFalse();
        }
    }

    @Test
    void anotherKey_failsVerification(@TempDir Path other) throws Exception {
        SignedCheckpoint signed = JournalKeys.loadOrCreate(dir).sign(checkpoint());
        assertThat(JournalKeys.verify(signed, JournalKeys.loadOrCreate(other).publicKey())).isFalse();
    }

    @Test
    void malformedText_namesTheLine() {
        assertThatThrownBy(() -> SignedCheckpoint.parse("hello")).hasMessageContaining("7 lines");
        assertThatThrownBy(() -> SignedCheckpoint.parse("pulseguard journal checkpoint v1\njournal " + JOURNAL
                + "\nsize many\nroot x\ntime t\nkey k\nsignature s")).hasMessageContaining("line 3");
        assertThatThrownBy(() -> JournalKeys.parsePublicKey("rsa:abc")).hasMessageContaining("ed25519:");
    }

    @org.junit.jupiter.api.Test
    void aKeyFileLeftHalfWrittenByACrash_isNeverTakenForTheKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // a crash while the key was being made leaves only the temporary file behind, never an empty key file
        Files.write(dir.resolve(JournalKeys.PRIVATE_KEY_FILE + ".tmp"), new byte[0]);

        JournalKeys keys = JournalKeys.loadOrCreate(dir);

        assertThat(JournalKeys.loadOrCreate(dir).keyId()).isEqualTo(keys.keyId());
        assertThat(dir.resolve(JournalKeys.PRIVATE_KEY_FILE + ".tmp")).doesNotExist();
        assertThat(Files.size(dir.resolve(JournalKeys.PRIVATE_KEY_FILE))).isPositive();
    }
}
