package org.pulseguard.journal.privacy;

import javax.crypto.SecretKey;

/**
 * A client's random token (what the journal stores instead of the pseudonym) and data key.
 *
 * @param token 32 hex digits
 * @param dataKey the AES-256 key for the client's personal fields
 */
public record ClientKey(String token, SecretKey dataKey) {
    @Override
    public String toString() {
        return "ClientKey[token=" + token + ", dataKey=(hidden)]";
    }
}
