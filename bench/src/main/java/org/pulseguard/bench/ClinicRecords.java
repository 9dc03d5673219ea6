package org.pulseguard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Journal records of a made-up clinic, shaped as docs/journal.md section 3 says (fields of each
 * kind, {@code zone} on everything but pulses, {@code unit} off pulses inside a session,
 * {@code client} on session and exception records). The values are random but plausible; the
 * sealed {@code personal} field is random bytes (as after an erasure: no key opens it). Not
 * thread-safe (one random source).
 */
final class ClinicRecords {
    static final String ZONE = "Europe/Berlin";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final SplittableRandom random;

    ClinicRecords(SplittableRandom random) {
        this.random = random;
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    String hex32() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private ObjectNode base(String kind, Instant at) {
        ObjectNode r = JSON.createObjectNode();
        r.put("kind", kind);
        r.put("time", time(at));
        r.put("zone", ZONE);
        return r;
    }

    ObjectNode sessionOpened(Instant at, String session, String client, String unit) {
        ObjectNode r = base("SESSION_OPENED", at);
        r.put("session", session).put("client", client).put("unit", unit).put("operator", "op-" + (1 + random.nextInt(8)));
        r.putObject("safeProfile").put("id", "nd-yag-1064-fitzpatrick-ii").put("version", "1.2.0");
        r.putObject("deviceProfile").put("id", "reference-laser").put("version", "1.0.0");
        r.put("model", "REF-QS-1064").put("firmware", "2.4.1").put("software", "pulseguard 0.8.0");
        r.putObject("checklist").put("eyewear", true).put("doorSign", true).put("interlockVerified", true).put("testSpotDone", true);
        r.put("minIntervalDays", 42);
        byte[] iv = new byte[12];
        byte[] sealed = new byte[80];
        random.nextBytes(iv);
        random.nextBytes(sealed);
        r.putObject("personal").put("alg", "A256GCM").put("iv", Base64.getEncoder().encodeToString(iv))
                .put("data", Base64.getEncoder().encodeToString(sealed));
        return r;
    }

    ObjectNode setpointApplied(Instant at, String session, String unit, int energyMicrojoules) {
        ObjectNode r = base("SETPOINT_APPLIED", at).put("session", session).put("unit", unit);
        setpoint(r.putObject("requested"), energyMicrojoules);
        setpoint(r.putObject("readBack"), energyMicrojoules);
        r.put("fluenceMicrojoulesPerSquareCentimetre", energyMicrojoules * 127L / 10);
        r.putObject("safeProfile").put("id", "nd-yag-1064-fitzpatrick-ii").put("version", "1.2.0");
        return r;
    }

    ObjectNode setpointRefused(Instant at, String session, String client, String unit, int energyMicrojoules) {
        ObjectNode r = base("SETPOINT_REFUSED", at).put("session", session).put("client", client).put("unit", unit)
                .put("reason", "SETPOINT_OUTSIDE_PROFILE");
        setpoint(r.putObject("requested"), energyMicrojoules);
        r.put("fluenceMicrojoulesPerSquareCentimetre", energyMicrojoules * 127L / 10);
        r.putArray("refusals").addObject().put("parameter", "fluence").put("breach", "ABOVE_MAXIMUM")
                .put("value", energyMicrojoules * 127L / 10).put("limit", 6_000_000).put("source", "nd-yag-1064-fitzpatrick-ii 1.2.0");
        r.put("detail", "fluence above the profile's maximum");
        return r;
    }

    private static void setpoint(ObjectNode s, int energyMicrojoules) {
        s.put("energyMicrojoules", energyMicrojoules).put("spotMicrometres", 3000).put("rateMillihertz", 5000).put("wavelengthNanometres", 1064);
    }

    ObjectNode sessionRecord(String kind, Instant at, String session, String unit) {
        return base(kind, at).put("session", session).put("unit", unit);
    }

    ObjectNode runStarted(Instant at, String session, String unit, int run, int energyMicrojoules) {
        ObjectNode r = sessionRecord("RUN_STARTED", at, session, unit).put("run", run);
        setpoint(r.putObject("setpoint"), energyMicrojoules);
        return r.put("fluenceMicrojoulesPerSquareCentimetre", energyMicrojoules * 127L / 10);
    }

    ObjectNode pulse(Instant at, String session, int run, long lifetime, long user, int energyMicrojoules) {
        ObjectNode r = JSON.createObjectNode();
        r.put("afterStop", false).put("energyMicrojoules", energyMicrojoules).put("kind", "PULSE").put("lifetime", lifetime)
                .put("outsideTolerance", false).put("run", run).put("session", session).put("time", time(at)).put("user", user);
        return r;
    }

    ObjectNode pulsesCounted(Instant at, String session, int run, long firstLifetime, long lastLifetime) {
        ObjectNode r = JSON.createObjectNode();
        r.put("afterStop", false).put("count", lastLifetime - firstLifetime + 1).put("firstLifetime", firstLifetime).put("kind", "PULSES_COUNTED")
                .put("lastLifetime", lastLifetime).put("run", run).put("session", session).put("time", time(at));
        return r;
    }

    ObjectNode runEnded(Instant at, String session, String unit, int run, long pulses, boolean counted) {
        ObjectNode r = sessionRecord("RUN_ENDED", at, session, unit).put("run", run).put("endedBy", "FOOTSWITCH_RELEASED")
                .put("pulses", pulses).put("pulsesAfterStop", 0).put("pulsesOutsideTolerance", 0).put("countExact", true);
        if (!counted) {
            r.putObject("measured").put("pulses", pulses).put("minMicrojoules", 396_000).put("meanMicrojoules", 400_000).put("maxMicrojoules", 404_000);
        }
        return r;
    }

    ObjectNode trip(Instant at, String session, String client, String unit) {
        return base("TRIP", at).put("session", session).put("client", client).put("unit", unit).put("reason", "INTERLOCK_OPENED")
                .put("from", "FIRING").put("to", "TRIPPED").put("detail", "door interlock opened while firing").put("cause", "InterlockChanged");
    }

    ObjectNode sessionClosed(Instant at, String session, String client, String unit, long pulses, int runs, long perRun) {
        ObjectNode r = base("SESSION_CLOSED", at).put("session", session).put("client", client).put("unit", unit).put("how", "OPERATOR")
                .put("pulses", pulses).put("countExact", true).put("state", "STANDBY");
        var array = r.putArray("runs");
        for (int run = 1; run <= runs; run++) {
            long p = run < runs ? perRun : pulses - perRun * (runs - 1);
            array.addObject().put("run", run).put("pulses", p).put("pulsesAfterStop", 0).put("countExact", true);
        }
        return r;
    }
}
