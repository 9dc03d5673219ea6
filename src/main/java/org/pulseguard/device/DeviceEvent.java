package org.pulseguard.device;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.pulseguard.quantity.PulseEnergy;

/**
 * Something a unit or its link reported, timestamped with the driver's injected clock when the
 * driver received it. All implementations are immutable records, thread-safe.
 */
public sealed interface DeviceEvent {

    /** When the driver received the event (injected clock). */
    Instant at();

    /**
     * One pulse was emitted, reported by a unit with per-pulse telemetry (see
     * {@link DeviceCapabilities#pulseTelemetry()}); units without it report {@link PulsesCounted}.
     *
     * @param lifetimePulse the unit's lifetime counter including this pulse
     * @param userPulse the unit's user counter including this pulse
     * @param measured energy of this pulse as measured by the unit's energy monitor
     */
    record PulseEmitted(Instant at, long lifetimePulse, long userPulse, PulseEnergy measured) implements DeviceEvent {
        public PulseEmitted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(measured, "measured");
        }
    }

    /**
     * Pulses counted by a unit without per-pulse telemetry: its lifetime counter, polled, rose from
     * {@code firstLifetimePulse - 1} to {@code lastLifetimePulse} since the previous reading. Nothing
     * is known of each pulse's energy; units with per-pulse telemetry report {@link PulseEmitted}
     * instead (see {@link DeviceCapabilities#pulseTelemetry()}).
     *
     * @param at when the driver read the counter (injected clock), not when the pulses happened
     * @param firstLifetimePulse the lifetime number of the first pulse counted, 1 or more
     * @param lastLifetimePulse the lifetime number of the last pulse counted, at least the first
     */
    record PulsesCounted(Instant at, long firstLifetimePulse, long lastLifetimePulse) implements DeviceEvent {
        public PulsesCounted {
            Objects.requireNonNull(at, "at");
            if (firstLifetimePulse < 1 || lastLifetimePulse < firstLifetimePulse) {
                throw new IllegalArgumentException("pulses " + firstLifetimePulse + ".." + lastLifetimePulse
                        + " are not a run of lifetime pulse numbers");
            }
        }

        /** How many pulses were counted. */
        public long count() {
            return lastLifetimePulse - firstLifetimePulse + 1;
        }
    }

    /** The unit changed state. */
    record StateChanged(Instant at, LaserState from, LaserState to, StateChangeCause cause) implements DeviceEvent {
        public StateChanged {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** The set of open interlocks changed; {@code open} is the new set (empty: all closed). */
    record InterlocksChanged(Instant at, Set<Interlock> open) implements DeviceEvent {
        public InterlocksChanged {
            Objects.requireNonNull(at, "at");
            EnumSet<Interlock> copy = EnumSet.noneOf(Interlock.class);
            copy.addAll(open);
            open = Collections.unmodifiableSet(copy);
        }
    }

    /**
     * The latched fault changed; {@link DeviceFault#NONE} means it was cleared.
     *
     * @param unitCode the unit's own codes behind it as read from the wire (a fault byte, status
     *     bits), for the record; empty when the driver latched it itself (an emergency stop it sent)
     */
    record FaultChanged(Instant at, DeviceFault fault, String unitCode) implements DeviceEvent {
        public FaultChanged {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(fault, "fault");
            Objects.requireNonNull(unitCode, "unitCode");
        }

        /** A fault with no unit code behind it. */
        public FaultChanged(Instant at, DeviceFault fault) {
            this(at, fault, "");
        }
    }

    /** The footswitch was pressed or released (only from units that report their footswitch). */
    record FootswitchChanged(Instant at, boolean pressed) implements DeviceEvent {
        public FootswitchChanged {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The link to the unit was lost (transport gone, or the unit stopped answering). Reported once per
     * loss; nothing is sent to the unit until an explicit reconnect, and nothing is re-armed then.
     *
     * @param reason what was observed, naming the port; no personal data
     */
    record LinkLost(Instant at, String reason) implements DeviceEvent {
        public LinkLost {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** An explicit reconnect re-opened the link and the unit identified itself again. */
    record LinkRestored(Instant at) implements DeviceEvent {
        public LinkRestored {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The unit sent {@code count} events that never arrived (a gap in its event numbering). */
    record EventsMissed(Instant at, int count) implements DeviceEvent {
        public EventsMissed {
            Objects.requireNonNull(at, "at");
            if (count <= 0) {
                throw new IllegalArgumentException("missed event count " + count + " is not positive");
            }
        }
    }
}
