package org.pulseguard.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The units the service runs, by id, in the config file's order. Fixed after start. Thread-safe
 * (immutable map of thread-safe units).
 */
public final class UnitRegistry {
    private final Map<String, ServedUnit> units;

    public UnitRegistry(List<ServedUnit> units) {
        Map<String, ServedUnit> byId = new LinkedHashMap<>();
        for (ServedUnit unit : units) {
            if (byId.putIfAbsent(unit.id(), unit) != null) {
                throw new IllegalArgumentException("two units named '" + unit.id() + "'");
            }
        }
        this.units = java.util.Collections.unmodifiableMap(byId);
    }

    /** Every unit, in order. */
    public List<ServedUnit> all() {
        return new ArrayList<>(units.values());
    }

    /** The unit named {@code id}, or empty. */
    public Optional<ServedUnit> find(String id) {
        return Optional.ofNullable(units.get(id));
    }

    /** The ids, comma-separated, for messages. */
    public String ids() {
        return units.keySet().stream().collect(Collectors.joining(", "));
    }

    /** Every unit to STANDBY and its open session closed by shutdown, then every link closed. */
    void shutDownAll() {
        for (ServedUnit unit : units.values()) {
            unit.shutDown();
        }
        for (ServedUnit unit : units.values()) {
            unit.close();
        }
    }
}
