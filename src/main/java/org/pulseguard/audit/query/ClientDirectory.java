package org.pulseguard.audit.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pulseguard.journal.privacy.ClientKey;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.privacy.PersonalFields;
import org.pulseguard.journal.store.JournalException;

/**
 * What the audit may learn about clients from the key store: the token of a pseudonym, and the
 * personal fields of a record while the client's key exists. An erased client (or a data
 * directory without {@code client-keys.db}) has neither: its records stay countable by token and
 * are never linked to a person. Keys are looked up once per token. Not thread-safe.
 */
public final class ClientDirectory {
    private final ClientKeyStore keys;
    private final Map<String, Optional<ClientKey>> byToken = new HashMap<>();

    /** Over an open key store, or none ({@code null}: nobody can be named). */
    public ClientDirectory(ClientKeyStore keys) {
        this.keys = keys;
    }

    /** The token of a pseudonym, if the client is known and not erased. */
    public Optional<String> tokenOf(String pseudonym) throws JournalException {
        return keys == null ? Optional.empty() : keys.find(pseudonym).map(ClientKey::token);
    }

    /** The decrypted personal fields of a record ({@code personal} sealed with {@code client}'s key), if readable. */
    public Optional<PersonalDetails> personal(StoredRecord record) throws JournalException {
        String token = record.client();
        if (token == null || keys == null || !record.fields().has("personal")) {
            return Optional.empty();
        }
        Optional<ClientKey> key = byToken.get(token);
        if (key == null) {
            key = keys.findByToken(token);
            byToken.put(token, key);
        }
        return key.flatMap(k -> PersonalFields.open(record.fields().get("personal"), k)).map(PersonalDetails::of);
    }
}
