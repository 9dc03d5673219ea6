package org.pulseguard.protocol;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a record as {@code Name[component=value, ...]} for the golden transcripts: strings in
 * double quotes (so padding stays visible), enums by name, nested records and lists recursively.
 * Written here rather than relying on {@link Record#toString()}, whose format is unspecified.
 */
public final class RecordText {
    private RecordText() {}

    public static String of(Object value) {
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(RecordText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof Record) {
            return ofRecord((Record) value);
        }
        return String.valueOf(value);
    }

    private static String ofRecord(Record record) {
        StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            try {
                Object component = components[i].getAccessor().invoke(record);
                out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=').append(of(component));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.append(']').toString();
    }
}
