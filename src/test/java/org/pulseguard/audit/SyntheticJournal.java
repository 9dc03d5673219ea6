package org.pulseguard.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.Journal;
import org.pulseguard.journal.privacy.ClientKey;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.privacy.PersonalFields;
import org.pulseguard.journal.seal.SignedCheckpoint;

/**
 * Writes journals of synthetic records that follow docs/journal.md section 3 field by field, through
 * the real writer and client key store: sessions opened with sealed personal fields, setpoints,
 * refusals, runs of per-pulse or counted pulses, trips, stops, counter gaps, closes with totals and
 * recovery closes. Time is the fixture's own ({@link #advance}); the writer's clock only stamps
 * checkpoints. {@link Session} keeps each session's pulse accounting for the close record.
 */
public final class SyntheticJournal implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public final Journal journal;
    public final ClientKeyStore keys;
    private final ZoneId zone;
    private final Random random;
    private final Map<String, Long> lifetime = new HashMap<>();
    private Instant now;

    /** One open session's accounting. */
    public final class Session {
        public final String id;
        public final String client;
        final String unit;
        final ArrayNode runs = JSON.createArrayNode();
        long pulses;

        Session(String id, String client, String unit) {
            this.id = id;
            this.client = client;
            this.unit = unit;
        }
    }

    public SyntheticJournal(Path dir, Instant start, ZoneId zone, long seed) throws Exception {
        this.journal = Journal.open(dir, Clock.fixed(start, ZoneOffset.UTC), new CheckpointPolicy(1000, Duration.ofDays(1)));
        this.keys = ClientKeyStore.open(dir);
        this.zone = zone;
        this.random = new Random(seed);
        this.now = start;
    }

    public Instant now() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public ObjectNode record(String kind, String unit) {
        now = now.plusMillis(1 + random.nextInt(900));
        ObjectNode r = JSON.createObjectNode();
        r.put("kind", kind);
        r.put("time", TIME.format(now));
        r.put("zone", zone.getId());
        if (unit != null) {
            r.put("unit", unit);
        }
        return r;
    }

    public ObjectNode sessionRecord(String kind, Session s, boolean withClient) {
        ObjectNode r = record(kind, s.unit);
        r.put("session", s.id);
        if (withClient) {
            r.put("client", s.client);
        }
        return r;
    }

    public void append(ObjectNode r) {
        journal.writer().append(r);
    }

    public void journalOpened(String previousShutdown) {
        ObjectNode r = record("JOURNAL_OPENED", null);
        r.put("software", "pulseguard 0.1.0");
        r.put("previousShutdown", previousShutdown);
        append(r);
    }

    public void journalFailure() {
        ObjectNode r = record("JOURNAL_FAILURE", null);
        r.put("failedAt", now.minusSeconds(30).toString());
        r.put("failure", "DISK_FULL");
        r.put("detail", "no space left on device");
        append(r);
    }

    public Session open(String pseudonym, String unit, String operator, String site, String skinType, long minIntervalDays) throws Exception {
        return open(pseudonym, unit, operator, site, skinType, minIntervalDays, 0);
    }

    /** Opens a session; {@code missed} pulses were fired unrecorded since the unit's last journaled count. */
    public Session open(String pseudonym, String unit, String operator, String site, String skinType, long minIntervalDays, long missed)
            throws Exception {
        ClientKey key = keys.keyFor(pseudonym);
        byte[] id = new byte[16];
        random.nextBytes(id);
        Session s = new Session(HexFormat.of().formatHex(id), key.token(), unit);
        reconcile(s, "SESSION_OPEN", missed);
        ObjectNode r = sessionRecord("SESSION_OPENED", s, true);
        r.put("operator", operator);
        r.set("safeProfile", profile("nd-yag-1064-dark-ink", "1.2.0"));
        r.set("deviceProfile", profile("reference-qs-nd-yag", "1.0.0"));
        r.put("model", "QS-1064");
        r.put("firmware", "2.4.1");
        r.put("software", "pulseguard 0.1.0");
        ObjectNode checklist = r.putObject("checklist");
        for (String q : new String[] {"eyewear", "doorSign", "interlockVerified", "testSpotDone"}) {
            checklist.put(q, true);
        }
        r.put("minIntervalDays", minIntervalDays);
        ObjectNode personal = JSON.createObjectNode();
        personal.put("pseudonym", pseudonym);
        personal.put("skinType", skinType);
        personal.put("site", site);
        personal.put("firstSessionOnSite", false);
        r.set("personal", PersonalFields.seal(personal, key));
        append(r);
        return s;
    }

    /** A COUNTER_RECONCILED record; {@code missed} pulses fired unrecorded first (0: a match). */
    public void reconcile(Session s, String trigger, long missed) {
        long before = lifetime.getOrDefault(s.unit, 100_000L);
        lifetime.put(s.unit, before + missed);
        ObjectNode r = sessionRecord("COUNTER_RECONCILED", s, true);
        r.put("trigger", trigger);
        r.put("journaledLifetime", before);
        r.put("unitLifetime", before + missed);
        r.put("outcome", missed == 0 ? "MATCH" : "UNACCOUNTED");
        r.put("unaccountedPulses", missed);
        if (missed > 0) {
            r.put("firstUnaccounted", before + 1);
            r.put("lastUnaccounted", before + missed);
        }
        append(r);
    }

    public void setpointApplied(Session s, long energyMicrojoules) {
        ObjectNode r = sessionRecord("SETPOINT_APPLIED", s, false);
        r.set("requested", setpoint(energyMicrojoules));
        r.set("readBack", setpoint(energyMicrojoules));
        r.put("fluenceMicrojoulesPerSquareCentimetre", fluence(energyMicrojoules));
        r.set("safeProfile", profile("nd-yag-1064-dark-ink", "1.2.0"));
        append(r);
    }

    public void setpointRefused(Session s, long energyMicrojoules) {
        ObjectNode r = sessionRecord("SETPOINT_REFUSED", s, true);
        r.put("reason", "SETPOINT_REFUSED");
        r.set("requested", setpoint(energyMicrojoules));
        r.put("fluenceMicrojoulesPerSquareCentimetre", fluence(energyMicrojoules));
        ObjectNode why = r.putArray("refusals").addObject();
        why.put("parameter", "fluence");
        why.put("breach", "ABOVE_MAXIMUM");
        why.put("value", fluence(energyMicrojoules));
        why.put("limit", 3_000_000);
        why.put("source", "nd-yag-1064-dark-ink 1.2.0");
        r.put("detail", "fluence above the safe profile's maximum for skin type");
        append(r);
    }

    public void refused(Session s, String reason) {
        ObjectNode r = sessionRecord("REFUSED", s, true);
        r.put("reason", reason);
        r.put("state", "STANDBY");
        r.put("detail", "request refused: " + reason);
        append(r);
    }

    /** A run of {@code pulses}: per-pulse records (reference laser) or one counted range (polled units). */
    public void run(Session s, int pulses, boolean perPulse, String endedBy) {
        int number = s.runs.size() + 1;
        ObjectNode start = sessionRecord("RUN_STARTED", s, false);
        start.put("run", number);
        start.set("setpoint", setpoint(400_000));
        start.put("fluenceMicrojoulesPerSquareCentimetre", fluence(400_000));
        append(start);
        long first = lifetime.getOrDefault(s.unit, 100_000L) + 1;
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        if (perPulse) {
            for (int i = 0; i < pulses; i++) {
                long energy = 390_000 + random.nextInt(20_000);
                min = Math.min(min, energy);
                max = Math.max(max, energy);
                sum += energy;
                ObjectNode p = pulseRecord("PULSE", s, number);
                p.put("lifetime", first + i);
                p.put("user", first + i - 100_000);
                p.put("energyMicrojoules", energy);
                p.put("outsideTolerance", false);
                append(p);
            }
        } else if (pulses > 0) {
            ObjectNode p = pulseRecord("PULSES_COUNTED", s, number);
            p.put("firstLifetime", first);
            p.put("lastLifetime", first + pulses - 1);
            p.put("count", pulses);
            append(p);
        }
        lifetime.put(s.unit, first - 1 + pulses);
        ObjectNode end = sessionRecord("RUN_ENDED", s, false);
        end.put("run", number);
        end.put("endedBy", endedBy);
        end.put("pulses", pulses);
        end.put("pulsesAfterStop", 0);
        if (perPulse && pulses > 0) {
            ObjectNode m = end.putObject("measured");
            m.put("pulses", pulses);
            m.put("minMicrojoules", min);
            m.put("meanMicrojoules", sum / pulses);
            m.put("maxMicrojoules", max);
        }
        end.put("pulsesOutsideTolerance", 0);
        end.put("countExact", true);
        append(end);
        ObjectNode total = s.runs.addObject();
        total.put("run", number);
        total.put("pulses", pulses);
        total.put("pulsesAfterStop", 0);
        total.put("countExact", true);
        s.pulses += pulses;
    }

    private ObjectNode pulseRecord(String kind, Session s, int run) {
        now = now.plusMillis(100);
        ObjectNode p = JSON.createObjectNode();
        p.put("kind", kind);
        p.put("time", TIME.format(now));
        p.put("session", s.id);
        p.put("run", run);
        p.put("afterStop", false);
        return p;
    }

    public void trip(Session s, String kind, String reason) {
        ObjectNode r = sessionRecord(kind, s, true);
        r.put("reason", reason);
        r.put("from", "FIRING");
        r.put("to", kind.equals("TRIP") ? "TRIPPED" : "EMERGENCY_STOPPED");
        r.put("detail", "tripped: " + reason);
        if (reason.equals("INTERLOCK_OPENED")) {
            r.putArray("openInterlocks").add("door");
        }
        if (kind.equals("EMERGENCY_STOP")) {
            r.put("by", "OPERATOR");
        }
        append(r);
    }

    public void fault(Session s) {
        ObjectNode r = sessionRecord("FAULT", s, true);
        r.put("fault", "E12_COOLANT_FLOW");
        r.put("detail", "the unit reported coolant flow low");
        append(r);
    }

    public void linkLost(Session s) {
        ObjectNode r = sessionRecord("LINK_LOST", s, true);
        r.put("detail", "no answer for 1.5 s while in STANDBY");
        append(r);
    }

    /** The unit connects: UNIT_CONNECTED and a reconciliation outside any session ({@code MATCH}, {@code UNACCOUNTED}, {@code BACKWARDS}). */
    public void connect(String unit, String outcome) {
        long journaled = lifetime.getOrDefault(unit, 100_000L);
        long now = switch (outcome) {
            case "UNACCOUNTED" -> journaled + 4;
            case "BACKWARDS" -> 500;
            default -> journaled;
        };
        ObjectNode c = record("UNIT_CONNECTED", unit);
        c.put("model", "QS-1064");
        c.put("firmware", "2.4.1");
        c.set("deviceProfile", profile("reference-qs-nd-yag", "1.0.0"));
        c.put("software", "pulseguard 0.1.0");
        c.put("lifetimePulses", now);
        c.put("userPulses", 0);
        append(c);
        ObjectNode r = record("COUNTER_RECONCILED", unit);
        r.put("trigger", "CONNECT");
        r.put("journaledLifetime", journaled);
        r.put("unitLifetime", now);
        r.put("outcome", outcome);
        r.put("unaccountedPulses", outcome.equals("UNACCOUNTED") ? 4 : 0);
        if (outcome.equals("UNACCOUNTED")) {
            r.put("firstUnaccounted", journaled + 1);
            r.put("lastUnaccounted", now);
        }
        append(r);
        lifetime.put(unit, now);
    }

    public void notice(Session s, boolean exception) {
        ObjectNode r = sessionRecord("NOTICE", s, false);
        r.put("reason", exception ? "SAFE_STATE_NOT_CONFIRMED" : "INTERLOCKS_CLOSED");
        r.put("state", "STANDBY");
        r.put("detail", exception ? "standby not confirmed by the unit" : "all interlocks closed");
        r.put("exception", exception);
        append(r);
    }

    public void close(Session s, String how) {
        ObjectNode r = sessionRecord("SESSION_CLOSED", s, true);
        r.put("how", how);
        r.put("pulses", s.pulses);
        r.put("countExact", true);
        r.set("runs", s.runs.deepCopy());
        r.put("state", "IDLE");
        append(r);
    }

    /** Journals a CLIENT_ERASED record and destroys the client's key, as {@code audit erase-client} does. */
    public void eraseClient(String pseudonym) throws Exception {
        String token = keys.find(pseudonym).orElseThrow().token();
        ObjectNode r = record("CLIENT_ERASED", null);
        r.put("client", token);
        r.put("reason", "the client asked (GDPR Art. 17)");
        journal.writer().append(r).get(30, TimeUnit.SECONDS);
        keys.erase(pseudonym);
    }

    /** Waits until everything is durable and sealed by a checkpoint. */
    public SignedCheckpoint seal() throws Exception {
        return journal.writer().checkpoint().get(30, TimeUnit.SECONDS);
    }

    private static ObjectNode profile(String id, String version) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id);
        p.put("version", version);
        return p;
    }

    private static ObjectNode setpoint(long energyMicrojoules) {
        ObjectNode p = JSON.createObjectNode();
        p.put("energyMicrojoules", energyMicrojoules);
        p.put("spotMicrometres", 4000);
        p.put("rateMillihertz", 5000);
        p.put("wavelengthNanometres", 1064);
        return p;
    }

    /** Energy over a 4 mm spot, microjoules per square centimetre. */
    private static long fluence(long energyMicrojoules) {
        return Math.round(energyMicrojoules / (Math.PI * 0.2 * 0.2));
    }

    @Override
    public void close() {
        journal.close();
        keys.close();
    }
}
