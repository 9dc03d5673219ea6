package org.pulseguard.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import org.pulseguard.device.Setpoint;
import org.pulseguard.journal.record.RecordFields;
import org.pulseguard.journal.record.RecordKind;
import org.pulseguard.quantity.Fluence;

/**
 * Builds one journal record in the shapes of docs/journal.md section 3: integer micro-units with the
 * unit in the field name, absent rather than null for fields that do not apply. Not thread-safe;
 * one per record.
 */
final class RecordBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectNode node = NODES.objectNode();

    private RecordBuilder(RecordKind kind, Instant at) {
        node.put(RecordFields.KIND, kind.name());
        node.put(RecordFields.TIME, RecordFields.time(at));
    }

    /** A record of {@code kind} at {@code at}, in the clinic's {@code zone}. */
    static RecordBuilder of(RecordKind kind, Instant at, ZoneId zone) {
        RecordBuilder b = new RecordBuilder(kind, at);
        b.node.put(RecordFields.ZONE, zone.getId());
        return b;
    }

    /** A record without a zone (pulse records: their session's zone applies). */
    static RecordBuilder withoutZone(RecordKind kind, Instant at) {
        return new RecordBuilder(kind, at);
    }

    RecordBuilder text(String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    RecordBuilder number(String field, long value) {
        node.put(field, value);
        return this;
    }

    RecordBuilder number(String field, Long value) {
        if (value != null) {
            node.put(field, value.longValue());
        }
        return this;
    }

    RecordBuilder flag(String field, boolean value) {
        node.put(field, value);
        return this;
    }

    RecordBuilder object(String field, ObjectNode value) {
        if (value != null) {
            node.set(field, value);
        }
        return this;
    }

    RecordBuilder array(String field, ArrayNode value) {
        node.set(field, value);
        return this;
    }

    RecordBuilder setpoint(String field, Setpoint setpoint) {
        return object(field, setpoint == null ? null : setpointNode(setpoint));
    }

    RecordBuilder fluence(Fluence fluence) {
        if (fluence != null) {
            node.put("fluenceMicrojoulesPerSquareCentimetre", Math.round(fluence.joulesPerSquareCentimetre() * 1_000_000));
        }
        return this;
    }

    RecordBuilder profile(String field, String id, String version) {
        ObjectNode p = NODES.objectNode();
        p.put("id", id);
        p.put("version", version);
        return object(field, p);
    }

    ObjectNode build() {
        return node;
    }

    static ObjectNode setpointNode(Setpoint s) {
        ObjectNode n = NODES.objectNode();
        n.put("energyMicrojoules", s.energy().microjoules());
        n.put("spotMicrometres", s.spot().micrometres());
        n.put("rateMillihertz", s.rate().millihertz());
        n.put("wavelengthNanometres", s.wavelength().nanometres());
        return n;
    }

    static ObjectNode objectNode() {
        return NODES.objectNode();
    }

    static ArrayNode arrayNode() {
        return NODES.arrayNode();
    }
}
