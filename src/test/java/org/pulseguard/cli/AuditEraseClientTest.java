package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.audit.KnownJournal;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.store.JournalStore;

/**
 * Erasure (issue 8): after {@code audit erase-client} the tree verifies, the client's sessions can no
 * longer be found by pseudonym and their personal fields no longer read, the other client's still
 * can, the erasure is on record, and every session's pulse count still adds up.
 */
class AuditEraseClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private KnownJournal clinic;

    @BeforeEach
    void writeJournal() throws Exception {
        clinic = KnownJournal.write(dir);
    }

    private CliRun audit(String subcommand, String... args) {
        return new AuditCli(dir).run(subcommand, args);
    }

    @Test
    void anEmptyReason_isRefused_andNothingIsErased() {
        CliRun run = audit("erase-client", "CL-0002", "--reason", "  ");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains("--reason is empty");
        assertThat(audit("sessions", "--client", "CL-0002").exitCode()).isZero();
    }

    @Test
    void afterErasure_theTreeVerifies_theClientIsGone_theOtherStays_andPulsesAddUp() throws Exception {
        long recordsBefore = JSON.readTree(audit("verify", "--json").out()).get("records").asLong();
        String token = JSON.readTree(audit("sessions", "--client", "CL-0002", "--json").out()).get(0).get("client").asText();

        CliRun erase = audit("erase-client", "CL-0002", "--reason", "client's request of 2026-04-01", "--operator", "lso-kim");
        assertThat(erase.exitCode()).as(erase.err()).isZero();
        assertThat(erase.out()).contains("erased client token " + token);

        JsonNode verify = JSON.readTree(audit("verify", "--json").out());
        assertThat(verify.get("ok").asBoolean()).isTrue();
        assertThat(verify.get("records").asLong()).isEqualTo(recordsBefore + 1);

        CliRun byPseudonym = audit("sessions", "--client", "CL-0002");
        assertThat(byPseudonym.exitCode()).isEqualTo(2);
        assertThat(byPseudonym.err()).contains("no such pseudonym");

        Map<String, JsonNode> sessions = new HashMap<>();
        JSON.readTree(audit("sessions", "--json").out()).forEach(s -> sessions.put(s.get("session").asText(), s));
        assertThat(sessions.get(clinic.second()).get("pseudonym").isNull()).isTrue();
        assertThat(sessions.get(clinic.fourth()).get("pseudonym").isNull()).isTrue();
        assertThat(sessions.get(clinic.first()).get("pseudonym").asText()).isEqualTo("CL-0001");
        assertThat(audit("session", clinic.second()).out()).contains("(erased: personal fields cannot be read)")
                .doesNotContain("right shoulder");
        assertThat(audit("session", clinic.third()).out()).contains("CL-0001, skin type III, site left forearm");
        try (ClientKeyStore keys = ClientKeyStore.openForReading(dir).orElseThrow()) {
            assertThat(keys.findByToken(token)).isEmpty();
            assertThat(keys.find("CL-0002")).isEmpty();
            assertThat(keys.find("CL-0001")).isPresent();
        }

        assertThat(sessions.get(clinic.second()).get("pulses").asLong()).isEqualTo(120).isEqualTo(countedPulses(clinic.second()));
        assertThat(sessions.get(clinic.fourth()).get("pulses").asLong()).isEqualTo(40).isEqualTo(countedPulses(clinic.fourth()));
        assertThat(sessions.get(clinic.first()).get("pulses").asLong()).isEqualTo(17).isEqualTo(countedPulses(clinic.first()));

        JsonNode exceptions = JSON.readTree(audit("exceptions", "--json").out());
        assertThat(exceptions.findParents("kind").stream().filter(e -> e.get("kind").asText().equals("SHORT_INTERVAL"))
                .map(e -> e.get("session").asText())).as("only the client whose site can still be read").containsExactly(clinic.third());
        assertThat(audit("erase-client", "CL-0002", "--reason", "again").exitCode()).isEqualTo(1);
    }

    private long countedPulses(String session) throws Exception {
        long[] sum = {0};
        try (JournalStore store = JournalStore.openForReading(dir)) {
            store.scan(0, store.size(), row -> {
                if (session.equals(row.columns().sessionId())) {
                    JsonNode r = readTree(row.canonical());
                    sum[0] += switch (r.get("kind").asText()) {
                        case "PULSE" -> 1;
                        case "PULSES_COUNTED" -> r.get("count").asLong();
                        default -> 0;
                    };
                }
            });
        }
        return sum[0];
    }

    private static JsonNode readTree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
