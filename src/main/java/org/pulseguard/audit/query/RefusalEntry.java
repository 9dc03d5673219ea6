package org.pulseguard.audit.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code SETPOINT_REFUSED} or {@code REFUSED} record of a session, with every reason the gate
 * gave (parameter, breach, value, limit and the profile that set it).
 *
 * @param index leaf index
 * @param time when
 * @param kind {@code SETPOINT_REFUSED} or {@code REFUSED}
 * @param reason the supervisor's reason code
 * @param state the supervisor state (for {@code REFUSED}), or null
 * @param requested the refused setpoint, or null
 * @param fluenceMicrojoulesPerSquareCentimetre its fluence, or null
 * @param gateReasons the gate's reasons (empty unless the gate refused)
 * @param detail the supervisor's sentence
 */
public record RefusalEntry(long index, Instant time, String kind, String reason, String state, SetpointValues requested,
                           Long fluenceMicrojoulesPerSquareCentimetre, List<GateReason> gateReasons, String detail) {

    /** One reason the safety gate gave. */
    public record GateReason(String parameter, String breach, String value, String limit, String source) {
        @Override
        public String toString() {
            return parameter + " " + value + " " + breach + " " + limit + " (" + source + ")";
        }
    }

    /** Copies the list. */
    public RefusalEntry {
        gateReasons = List.copyOf(gateReasons);
    }

    static RefusalEntry of(StoredRecord r) {
        List<GateReason> reasons = new ArrayList<>();
        for (JsonNode n : r.fields().path("refusals")) {
            reasons.add(new GateReason(text(n, "parameter"), text(n, "breach"), text(n, "value"), text(n, "limit"), text(n, "source")));
        }
        return new RefusalEntry(r.index(), r.time(), r.kind(), r.text("reason"), r.text("state"),
                SetpointValues.of(r.fields().get("requested")), r.number(RunDetail.FLUENCE), reasons, r.text("detail"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
