package org.pulseguard.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.Interlock;
import org.pulseguard.journal.record.RecordFields;
import org.pulseguard.journal.record.RecordKind;
import org.pulseguard.safety.Refusal;
import org.pulseguard.session.EventFacts;
import org.pulseguard.session.ReasonCode;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.session.TreatmentRun;

/**
 * Turns one {@link SupervisorEvent} into the journal records of docs/journal.md section 3, from its
 * typed fields and facts only (never from its sentence, which is kept as {@code detail} for
 * people). Session opening, closing and counter readings need the journal's own state and are
 * built by {@link TreatmentJournal}. Stateless, thread-safe.
 */
final class EventRecords {
    /** Reasons whose records are exceptions (docs/journal.md section 3) although the supervisor only noted them. */
    private static final Set<ReasonCode> NOTED_EXCEPTIONS = Set.of(ReasonCode.SAFE_STATE_NOT_CONFIRMED, ReasonCode.EVENTS_MISSED,
            ReasonCode.UNIT_RESTARTED, ReasonCode.LINK_LOST, ReasonCode.JOURNAL_FAILED);
    private static final Set<ReasonCode> TO_STANDBY = Set.of(ReasonCode.STANDBY_REQUESTED, ReasonCode.IDLE_TIMEOUT,
            ReasonCode.PARAMETER_CHANGE, ReasonCode.HANDPIECE_CHANGE, ReasonCode.SESSION_PULSE_LIMIT);

    /** Where the records go: the clinic's zone, the unit, and the open session (null outside one). */
    record Place(ZoneId zone, String unit, String session, String client) {
    }

    private EventRecords() {
    }

    /** The records for {@code event} (none for a state change another record already holds). */
    static List<ObjectNode> of(SupervisorEvent event, Place place) {
        return switch (event.kind()) {
            case REFUSAL -> List.of(refusal(event, place));
            case TRIP -> List.of(trip(event, place));
            case TRANSITION -> transition(event, place);
            case RECORD -> noted(event, place);
        };
    }

    private static ObjectNode refusal(SupervisorEvent event, Place place) {
        if (event.facts() instanceof EventFacts.SetpointRefused refused) {
            ArrayNode refusals = RecordBuilder.arrayNode();
            for (Refusal r : refused.refusals()) {
                ObjectNode n = RecordBuilder.objectNode();
                n.put("parameter", r.parameter().name());
                n.put("breach", r.breach().name());
                n.put("value", r.value());
                n.put("limit", r.limit());
                n.put("source", r.source().toString());
                refusals.add(n);
            }
            return inSession(RecordKind.SETPOINT_REFUSED, event, place, true).text("reason", event.reason().name())
                    .setpoint("requested", refused.requested()).fluence(refused.fluence()).array("refusals", refusals)
                    .text("detail", event.detail()).build();
        }
        return inSession(RecordKind.REFUSED, event, place, true).text("reason", event.reason().name())
                .text("state", event.from().name()).text("detail", event.detail()).build();
    }

    private static ObjectNode trip(SupervisorEvent event, Place place) {
        boolean stop = event.reason() == ReasonCode.EMERGENCY_STOP;
        RecordBuilder b = inSession(stop ? RecordKind.EMERGENCY_STOP : RecordKind.TRIP, event, place, true)
                .text("reason", event.reason().name()).text("from", event.from().name()).text("to", event.to().name())
                .text("detail", event.detail());
        if (event.facts() instanceof EventFacts.Reported reported) {
            DeviceEvent report = reported.report();
            b.text("cause", report.getClass().getSimpleName());
            if (report instanceof DeviceEvent.FaultChanged fault) {
                b.text("fault", fault.fault().name()).text("unitCode", fault.unitCode().isEmpty() ? null : fault.unitCode());
            } else if (report instanceof DeviceEvent.InterlocksChanged interlocks) {
                ArrayNode open = RecordBuilder.arrayNode();
                interlocks.open().stream().map(Interlock::name).forEach(open::add);
                b.array("openInterlocks", open);
            }
        }
        if (stop) {
            b.text("by", event.facts() == null ? "OPERATOR" : "UNIT");
        }
        return b.build();
    }

    private static List<ObjectNode> transition(SupervisorEvent event, Place place) {
        ReasonCode reason = event.reason();
        if (reason == ReasonCode.SETPOINT_APPLIED && event.facts() instanceof EventFacts.SetpointVerified verified) {
            return List.of(inSession(RecordKind.SETPOINT_APPLIED, event, place, false).setpoint("requested", verified.requested())
                    .setpoint("readBack", verified.readBack()).fluence(verified.fluence())
                    .profile("safeProfile", verified.allowedBy().id(), verified.allowedBy().version()).build());
        }
        if (reason == ReasonCode.ARMED && event.facts() instanceof EventFacts.Armed armed) {
            return List.of(inSession(RecordKind.ARMED, event, place, false).setpoint("setpoint", armed.setpoint())
                    .fluence(armed.fluence()).number("emissionDelayMillis", armed.emissionDelay().toMillis()).build());
        }
        if (reason == ReasonCode.EMISSION_DELAY_ELAPSED) {
            return List.of(inSession(RecordKind.EMISSION_DELAY_ELAPSED, event, place, false).build());
        }
        if (reason == ReasonCode.RUN_STARTED && event.run() != null) {
            TreatmentRun run = event.run();
            return List.of(inSession(RecordKind.RUN_STARTED, event, place, false).number("run", run.number())
                    .setpoint("setpoint", run.setpoint()).fluence(run.fluence()).build());
        }
        if (reason == ReasonCode.RUN_ENDED) {
            return List.of(); // the run's RUN_ENDED record (from the ledger) holds it all
        }
        if (reason == ReasonCode.RESET) {
            return List.of(inSession(RecordKind.RESET, event, place, false).text("from", event.from().name())
                    .text("to", event.to().name()).build());
        }
        if (TO_STANDBY.contains(reason) && event.from() != event.to()) {
            return List.of(inSession(RecordKind.STANDBY, event, place, false).text("reason", reason.name())
                    .text("from", event.from().name()).text("detail", event.detail()).build());
        }
        return List.of(notice(event, place));
    }

    private static List<ObjectNode> noted(SupervisorEvent event, Place place) {
        ReasonCode reason = event.reason();
        if ((reason == ReasonCode.PULSE || reason == ReasonCode.PULSES_AFTER_STOP)
                && event.facts() instanceof EventFacts.Reported reported && event.run() != null) {
            return List.of(pulse(reported, event, place));
        }
        if (reason == ReasonCode.RUN_ENDED && event.run() != null) {
            return List.of(runEnded(event.run(), event, place));
        }
        if (reason == ReasonCode.LINK_RESTORED) {
            return List.of(inSession(RecordKind.LINK_RESTORED, event, place, false).build());
        }
        if (reason == ReasonCode.LINK_LOST && event.tally() == null) {
            return List.of(inSession(RecordKind.LINK_LOST, event, place, true).text("detail", event.detail()).build());
        }
        if (reason == ReasonCode.DEVICE_FAULT && event.facts() instanceof EventFacts.Reported reported
                && reported.report() instanceof DeviceEvent.FaultChanged fault
                && fault.fault() != org.pulseguard.device.DeviceFault.NONE) {
            return List.of(inSession(RecordKind.FAULT, event, place, true).text("fault", fault.fault().name())
                    .text("unitCode", fault.unitCode().isEmpty() ? null : fault.unitCode()).text("detail", event.detail()).build());
        }
        return List.of(notice(event, place));
    }

    private static ObjectNode notice(SupervisorEvent event, Place place) {
        boolean exception = NOTED_EXCEPTIONS.contains(event.reason());
        return inSession(RecordKind.NOTICE, event, place, exception).text("reason", event.reason().name())
                .text("state", event.to().name()).text("detail", event.detail()).flag("exception", exception).build();
    }

    private static ObjectNode pulse(EventFacts.Reported reported, SupervisorEvent event, Place place) {
        boolean afterStop = event.reason() == ReasonCode.PULSES_AFTER_STOP;
        RecordBuilder b;
        if (reported.report() instanceof DeviceEvent.PulseEmitted p) {
            b = RecordBuilder.withoutZone(RecordKind.PULSE, event.at()).number("lifetime", p.lifetimePulse())
                    .number("user", p.userPulse()).number("energyMicrojoules", p.measured().microjoules())
                    .flag("outsideTolerance", reported.outsideTolerance());
        } else if (reported.report() instanceof DeviceEvent.PulsesCounted c) {
            b = RecordBuilder.withoutZone(RecordKind.PULSES_COUNTED, event.at()).number("firstLifetime", c.firstLifetimePulse())
                    .number("lastLifetime", c.lastLifetimePulse()).number("count", c.count());
        } else {
            return notice(event, place);
        }
        b.number("run", event.run().number()).flag("afterStop", afterStop);
        if (place.session() != null) {
            b.text(RecordFields.SESSION, place.session());
        } else {
            b.text(RecordFields.UNIT, place.unit());
        }
        return b.build();
    }

    private static ObjectNode runEnded(TreatmentRun run, SupervisorEvent event, Place place) {
        RecordBuilder b = inSession(RecordKind.RUN_ENDED, event, place, false).number("run", run.number())
                .text("endedBy", run.endedBy() == null ? null : run.endedBy().name()).setpoint("setpoint", run.setpoint())
                .fluence(run.fluence()).number("pulses", run.pulses()).number("pulsesAfterStop", run.pulsesAfterStop())
                .number("pulsesOutsideTolerance", run.pulsesOutsideTolerance()).flag("countExact", run.countExact());
        if (run.measured() != null) {
            ObjectNode m = RecordBuilder.objectNode();
            m.put("pulses", run.measured().pulses());
            m.put("minMicrojoules", run.measured().minimum().microjoules());
            m.put("meanMicrojoules", run.measured().mean().microjoules());
            m.put("maxMicrojoules", run.measured().maximum().microjoules());
            b.object("measured", m);
        }
        return b.build();
    }

    /** A record with the zone, the unit, the session if one is open and, for exceptions, its client. */
    static RecordBuilder inSession(RecordKind kind, SupervisorEvent event, Place place, boolean withClient) {
        RecordBuilder b = RecordBuilder.of(kind, event.at(), place.zone()).text(RecordFields.UNIT, place.unit())
                .text(RecordFields.SESSION, place.session());
        if (withClient) {
            b.text(RecordFields.CLIENT, place.client());
        }
        return b;
    }

    /** The runs of a tally as SESSION_CLOSED lists them. */
    static ArrayNode runs(List<TreatmentRun> runs) {
        ArrayNode out = RecordBuilder.arrayNode();
        for (TreatmentRun run : new ArrayList<>(runs)) {
            ObjectNode n = RecordBuilder.objectNode();
            n.put("run", run.number());
            n.put("pulses", run.pulses());
            n.put("pulsesAfterStop", run.pulsesAfterStop());
            n.put("countExact", run.countExact());
            out.add(n);
        }
        return out;
    }
}
