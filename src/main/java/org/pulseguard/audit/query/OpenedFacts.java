package org.pulseguard.audit.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a session's {@code SESSION_OPENED} record states besides the summary: the profiles, the
 * unit, the software, the checklist, the interval rule, and the client's personal fields while the
 * client's key exists.
 *
 * @param safeProfile the safe profile as {@code id version}
 * @param deviceProfile the device profile as {@code id version}
 * @param model the unit's model
 * @param firmware the unit's firmware
 * @param software pulseguard's version
 * @param checklist the pre-treatment checklist answers by question
 * @param minIntervalDays the shortest interval between sessions on one site the safe profile allows, or null
 * @param personal the decrypted personal fields, or null when the key was erased
 */
public record OpenedFacts(String safeProfile, String deviceProfile, String model, String firmware, String software,
                          Map<String, Boolean> checklist, Long minIntervalDays, PersonalDetails personal) {
    /** From the open record and its decrypted personal fields (or null). */
    static OpenedFacts of(StoredRecord opened, PersonalDetails personal) {
        Map<String, Boolean> checklist = new TreeMap<>();
        opened.fields().path("checklist").fields().forEachRemaining(e -> checklist.put(e.getKey(), e.getValue().asBoolean()));
        return new OpenedFacts(profile(opened.fields().get("safeProfile")), profile(opened.fields().get("deviceProfile")),
                opened.text("model"), opened.text("firmware"), opened.text("software"), checklist,
                opened.number("minIntervalDays"), personal);
    }

    /** A profile object as {@code id version}, or null. */
    static String profile(JsonNode p) {
        if (p == null || p.isNull()) {
            return null;
        }
        return p.path("id").asText("?") + " " + p.path("version").asText("?");
    }
}
