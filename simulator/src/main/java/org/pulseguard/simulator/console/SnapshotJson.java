package org.pulseguard.simulator.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pulseguard.simulator.control.UnitSnapshot;

/** Renders a {@link UnitSnapshot} (any dialect's) as one line of JSON. Thread-safe. */
public final class SnapshotJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnapshotJson() { }

    /** The snapshot as compact, single-line JSON. */
    public static String toJson(UnitSnapshot snapshot) {
        try {
            return MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot cannot be rendered as JSON", e);
        }
    }
}
