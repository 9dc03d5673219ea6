package org.pulseguard.audit.query;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client's personal fields as decrypted from a {@code SESSION_OPENED} record with the client's
 * key (docs/journal.md, "Personal fields"). Only the audit shows them, and only while the key exists.
 *
 * @param pseudonym the client's pseudonym
 * @param skinType the Fitzpatrick skin type as recorded
 * @param site the treatment site
 */
public record PersonalDetails(String pseudonym, String skinType, String site) {
    /** From the decrypted JSON object. */
    static PersonalDetails of(JsonNode opened) {
        return new PersonalDetails(text(opened, "pseudonym"), text(opened, "skinType"), text(opened, "site"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
