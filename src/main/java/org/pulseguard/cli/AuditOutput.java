package org.pulseguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How the audit commands print: JSON for machines (typed records, instants as ISO-8601 UTC text)
 * and, for people, times in the clinic's zone as the record names it with the UTC instant beside.
 * Stateless.
 */
final class AuditOutput {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance)).build();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss z");

    private AuditOutput() {
    }

    /** Prints {@code value} as JSON. */
    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit result as JSON: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }

    /** Writes {@code text} to the file given as {@code option}; I/O trouble (exit 3) names both. */
    static void writeFile(java.nio.file.Path file, String option, String text) throws CliFailure {
        try {
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new CliFailure(ExitStatus.IO_TROUBLE, "unwritable-out", option + " " + file + " cannot be written: " + e.getMessage());
        }
    }

    /** A time in the record's zone (UTC when it names none or an unknown one), or null. */
    static String local(Instant time, String zone) {
        return time == null ? null : LOCAL.format(time.atZone(zoneOf(zone)));
    }

    /** A time as UTC, whole seconds, or null. */
    static String utc(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Local time with UTC beside it, for one-value lines. */
    static String both(Instant time, String zone) {
        return time == null ? "-" : local(time, zone) + " (" + utc(time) + ")";
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
