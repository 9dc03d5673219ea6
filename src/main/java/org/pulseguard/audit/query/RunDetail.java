package org.pulseguard.audit.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of a session as {@code audit session ID} shows it: its setpoint and fluence (from
 * {@code RUN_STARTED}), how it ended and the energy measured (from {@code RUN_ENDED}), and its
 * pulse count: the session close's final count for the run where there is one (late counter reads
 * included), else the run's end record's.
 *
 * @param run the run number within the session, from 1
 * @param started when it started, or null
 * @param ended when it ended, or null (the journal stopped during the run)
 * @param setpoint the setpoint, or null
 * @param fluenceMicrojoulesPerSquareCentimetre the fluence, or null
 * @param pulses pulses of the run, or null
 * @param pulsesAfterStop pulses counted after emission was stopped, or null
 * @param countExact whether the count is exact, or null
 * @param endedBy the reason code that ended it, or null
 * @param measuredPulses pulses with a measured energy, or null
 * @param minMicrojoules lowest measured energy, or null
 * @param meanMicrojoules mean measured energy, or null
 * @param maxMicrojoules highest measured energy, or null
 * @param pulsesOutsideTolerance pulses outside the energy tolerance, or null
 */
public record RunDetail(long run, Instant started, Instant ended, SetpointValues setpoint, Long fluenceMicrojoulesPerSquareCentimetre,
                        Long pulses, Long pulsesAfterStop, Boolean countExact, String endedBy, Long measuredPulses,
                        Long minMicrojoules, Long meanMicrojoules, Long maxMicrojoules, Long pulsesOutsideTolerance) {
    static final String FLUENCE = "fluenceMicrojoulesPerSquareCentimetre";

    /** The runs of one session's records (no pulses needed), by run number. */
    static List<RunDetail> of(List<StoredRecord> own, StoredRecord closed) {
        Map<Long, StoredRecord> started = new TreeMap<>();
        Map<Long, StoredRecord> ended = new TreeMap<>();
        for (StoredRecord r : own) {
            if (r.kind().equals("RUN_STARTED") && r.number("run") != null) {
                started.putIfAbsent(r.number("run"), r);
            } else if (r.kind().equals("RUN_ENDED") && r.number("run") != null) {
                ended.put(r.number("run"), r);
            }
        }
        Map<Long, JsonNode> finals = new TreeMap<>();
        if (closed != null) {
            closed.fields().path("runs").forEach(n -> finals.put(n.path("run").asLong(), n));
        }
        TreeMap<Long, Boolean> numbers = new TreeMap<>();
        started.keySet().forEach(n -> numbers.put(n, true));
        ended.keySet().forEach(n -> numbers.put(n, true));
        finals.keySet().forEach(n -> numbers.put(n, true));
        List<RunDetail> out = new ArrayList<>();
        for (long n : numbers.keySet()) {
            out.add(one(n, started.get(n), ended.get(n), finals.get(n)));
        }
        return out;
    }

    private static RunDetail one(long run, StoredRecord start, StoredRecord end, JsonNode fin) {
        JsonNode measured = end == null ? null : end.fields().get("measured");
        boolean m = measured != null && !measured.isNull();
        SetpointValues setpoint = start != null ? SetpointValues.of(start.fields().get("setpoint"))
                : end == null ? null : SetpointValues.of(end.fields().get("setpoint"));
        Long fluence = start != null ? start.number(FLUENCE) : end == null ? null : end.number(FLUENCE);
        return new RunDetail(run, start == null ? null : start.time(), end == null ? null : end.time(), setpoint, fluence,
                pick(fin, "pulses", end), pick(fin, "pulsesAfterStop", end),
                fin != null && fin.has("countExact") ? fin.get("countExact").asBoolean() : end == null ? null : end.flag("countExact"),
                end == null ? null : end.text("endedBy"),
                m ? SetpointValues.number(measured, "pulses") : null, m ? SetpointValues.number(measured, "minMicrojoules") : null,
                m ? SetpointValues.number(measured, "meanMicrojoules") : null, m ? SetpointValues.number(measured, "maxMicrojoules") : null,
                end == null ? null : end.number("pulsesOutsideTolerance"));
    }

    private static Long pick(JsonNode fin, String field, StoredRecord end) {
        if (fin != null && fin.hasNonNull(field)) {
            return fin.get(field).asLong();
        }
        return end == null ? null : end.number(field);
    }
}
