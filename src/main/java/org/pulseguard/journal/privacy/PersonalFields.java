package org.pulseguard.journal.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.pulseguard.journal.record.CanonicalJson;

/**
 * Encrypts and decrypts a record's personal fields (pseudonym, skin type, treatment site) with the
 * client's key: AES-256-GCM (JDK), a random 96-bit IV per record, a 128-bit tag, and the client
 * token as associated data (a ciphertext moved to another client's record does not decrypt). The
 * journal stores {@code {"alg":"A256GCM","iv":<base64>,"data":<base64>}}, so the tree commits to
 * the ciphertext and still verifies after the key is destroyed. Thread-safe.
 */
public final class PersonalFields {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALG = "A256GCM";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalFields() {
    }

    /** The sealed form of {@code fields} (a JSON object of strings and integers). */
    public static ObjectNode seal(ObjectNode fields, ClientKey key) {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key.dataKey(), new GCMParameterSpec(128, iv));
            c.updateAAD(key.token().getBytes(StandardCharsets.US_ASCII));
            byte[] data = c.doFinal(CanonicalJson.bytes(fields));
            ObjectNode sealed = JSON.createObjectNode();
            sealed.put("alg", ALG);
            sealed.put("iv", Base64.getEncoder().encodeToString(iv));
            sealed.put("data", Base64.getEncoder().encodeToString(data));
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    /** The personal fields, or empty if the key does not open them (erased client, other client, altered bytes). */
    public static Optional<JsonNode> open(JsonNode sealed, ClientKey key) {
        if (sealed == null || !ALG.equals(sealed.path("alg").asText())) {
            return Optional.empty();
        }
        try {
            byte[] iv = Base64.getDecoder().decode(sealed.path("iv").asText());
            byte[] data = Base64.getDecoder().decode(sealed.path("data").asText());
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key.dataKey(), new GCMParameterSpec(128, iv));
            c.updateAAD(key.token().getBytes(StandardCharsets.US_ASCII));
            return Optional.of(JSON.readTree(c.doFinal(data)));
        } catch (GeneralSecurityException | IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }
}
