package org.pulseguard.journal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientKeyStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode personal() {
        ObjectNode n = JSON.createObjectNode();
        n.put("pseudonym", "CL-7F3A9");
        n.put("skinType", "III");
        n.put("site", "left forearm");
        return n;
    }

    @Test
    void aPseudonym_getsOneRandomTokenAndKey_keptAcrossReopening() throws Exception {
        ClientKey first;
        try (ClientKeyStore keys = ClientKeyStore.open(dir)) {
            first = keys.keyFor("CL-7F3A9");
            assertThat(keys.keyFor("CL-7F3A9").token()).isEqualTo(first.token());
            assertThat(keys.keyFor("CL-00001").token()).isNotEqualTo(first.token());
        }
        try (ClientKeyStore keys = ClientKeyStore.open(dir)) {
            assertThat(keys.find("CL-7F3A9")).get().extracting(ClientKey::token).isEqualTo(first.token());
            assertThat(first.token()).matches("[0-9a-f]{32}").doesNotContain("7F3A9");
        }
    }

    @Test
    void sealedFields_openOnlyWithTheirClientsKey() throws Exception {
        try (ClientKeyStore keys = ClientKeyStore.open(dir)) {
            ClientKey mine = keys.keyFor("CL-7F3A9");
            ClientKey other = keys.keyFor("CL-00001");
            ObjectNode sealed = PersonalFields.seal(personal(), mine);
            assertThat(sealed.toString()).doesNotContain("forearm").doesNotContain("CL-7F3A9");
            assertThat(PersonalFields.open(sealed, mine)).contains(personal());
            assertThat(PersonalFields.open(sealed, other)).isEmpty();
            ObjectNode altered = sealed.deepCopy();
            String data = altered.get("data").asText();
            altered.put("data", (data.charAt(0) == 'A' ? "B" : "A") + data.substring(1));
            assertThat(PersonalFields.open(altered, mine)).isEmpty();
        }
    }

    @Test
    void erasure_destroysTheKeyAndTheMapEntry_andLeavesNoKeyBytesInTheFiles() throws Exception {
        byte[] keyBytes;
        ObjectNode sealed;
        try (ClientKeyStore keys = ClientKeyStore.open(dir)) {
            ClientKey mine = keys.keyFor("CL-7F3A9");
            keys.keyFor("CL-00001");
            keyBytes = mine.dataKey().getEncoded();
            sealed = PersonalFields.seal(personal(), mine);
            assertThat(keys.erase("CL-7F3A9")).contains(mine.token());
            assertThat(keys.find("CL-7F3A9")).isEmpty();
            assertThat(keys.findByToken(mine.token())).isEmpty();
            assertThat(keys.find("CL-00001")).isPresent();
            assertThat(keys.erase("CL-7F3A9")).isEmpty();
        }
        for (Path f : Files.list(dir).toList()) {
            byte[] content = Files.readAllBytes(f);
            assertThat(indexOf(content, keyBytes)).as("key bytes in %s", f.getFileName()).isEqualTo(-1);
            assertThat(indexOf(content, "CL-7F3A9".getBytes(StandardCharsets.US_ASCII))).as("pseudonym in %s", f.getFileName()).isEqualTo(-1);
        }
        try (ClientKeyStore keys = ClientKeyStore.open(dir)) {
            assertThat(PersonalFields.open(sealed, keys.keyFor("CL-7F3A9"))).as("a new key for the same pseudonym opens nothing old").isEmpty();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
