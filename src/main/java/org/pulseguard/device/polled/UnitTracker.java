package org.pulseguard.device.polled;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventDispatcher;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last known state, open interlocks and latched fault of a polled unit, and the events a unit
 * with no events of its own would have sent: every reading goes through {@link #observe}, which
 * reports {@link DeviceEvent.InterlocksChanged}, {@link DeviceEvent.StateChanged} and
 * {@link DeviceEvent.FaultChanged} for what changed since the last reading.
 *
 * <p>The fault latch is the driver's, kept to the reference unit's rules (docs/protocol/
 * reference-laser.md sections 6.1 and 6.3) so that the layers above see one behaviour
 * [inferred]: an interlock opening in READY or EMISSION latches INTERLOCK_OPENED (OVER_TEMPERATURE
 * or WATER_FLOW for those interlocks); a fault the unit reports is latched; a unit found OFF after
 * READY or EMISSION with no stop of ours and no restart (cause POWER, which the connection finds
 * by asking whether the unit forgot what the driver set) latches WATCHDOG_EXPIRED; the driver latches
 * EMERGENCY_STOP itself. One fault is latched at a time (the first); {@link #reset} clears it once
 * its cause is gone. When {@link #observe} latches a fault the driver must stop the unit.
 *
 * <p>The cause of a change the driver did not command, unless the connection names it (POWER), is
 * inferred: a newly opened interlock (INTERLOCK); leaving READY/EMISSION with a fault latched (its
 * cause) or to OFF (WATCHDOG) or otherwise (FAULT); READY to EMISSION and back (FOOTSWITCH);
 * WARM_UP to STANDBY (WARM_UP_COMPLETE); to OFF (WATCHDOG); from OFF or to WARM_UP (POWER);
 * anything else (HOST_COMMAND: another host, such as the front panel). Thread-safe.
 */
public final class UnitTracker {
    private static final Logger LOG = LoggerFactory.getLogger(UnitTracker.class);

    /**
     * One reading of the unit.
     *
     * @param state the state it is in
     * @param openInterlocks the interlocks open now
     * @param unitFault a fault condition the unit reports now, {@link DeviceFault#NONE} when none
     */
    public record Reading(LaserState state, Set<Interlock> openInterlocks, DeviceFault unitFault, String unitCodes) {
        /** A reading without the unit's raw codes. */
        public Reading(LaserState state, Set<Interlock> openInterlocks, DeviceFault unitFault) {
            this(state, openInterlocks, unitFault, "");
        }

        public Reading {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(unitFault, "unitFault");
            Objects.requireNonNull(unitCodes, "unitCodes");
            EnumSet<Interlock> copy = EnumSet.noneOf(Interlock.class);
            copy.addAll(openInterlocks);
            openInterlocks = Collections.unmodifiableSet(copy);
        }
    }

    private final DeviceEventDispatcher dispatcher;
    private final Clock clock;
    private final String name;
    private LaserState state = LaserState.UNKNOWN;
    private EnumSet<Interlock> open = EnumSet.noneOf(Interlock.class);
    private DeviceFault latched = DeviceFault.NONE;

    /**
     * @param dispatcher where the events go
     * @param clock stamps them
     * @param name the port name, for logs
     */
    public UnitTracker(DeviceEventDispatcher dispatcher, Clock clock, String name) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.name = name;
    }

    /** The state last read, {@link LaserState#UNKNOWN} before the first reading. */
    public synchronized LaserState state() {
        return state;
    }

    /** The interlocks open at the last reading. */
    public synchronized Set<Interlock> openInterlocks() {
        return Collections.unmodifiableSet(EnumSet.copyOf(open));
    }

    /** The fault latched now. */
    public synchronized DeviceFault latched() {
        return latched;
    }

    /**
     * A reading at (re)connect. The first one sets the baseline and reports nothing but a fault the
     * unit reports; after a reconnect it is observed like any other, so what changed while the link
     * was down is reported.
     *
     * @return true when it latched a fault: the driver must stop the unit
     */
    public synchronized boolean baseline(Reading reading) {
        if (state != LaserState.UNKNOWN) {
            return observe(reading, null);
        }
        state = reading.state();
        open = EnumSet.noneOf(Interlock.class);
        open.addAll(reading.openInterlocks());
        if (!latchQuietly(reading.unitFault())) {
            return false;
        }
        report(new DeviceEvent.FaultChanged(clock.instant(), latched, reading.unitCodes()));
        return true;
    }

    /**
     * Records a reading and reports what changed.
     *
     * @param cause why the state changed when the driver caused it or found it out (POWER after a
     *     restart); null to infer it
     * @return true when this reading latched a fault: the driver must stop the unit
     */
    public synchronized boolean observe(Reading reading, StateChangeCause cause) {
        boolean wasArmed = isArmed(state);
        Set<Interlock> newlyOpen = EnumSet.noneOf(Interlock.class);
        newlyOpen.addAll(reading.openInterlocks());
        newlyOpen.removeAll(open);
        if (!reading.openInterlocks().equals(open)) {
            open = EnumSet.noneOf(Interlock.class);
            open.addAll(reading.openInterlocks());
            report(new DeviceEvent.InterlocksChanged(clock.instant(), open));
        }
        boolean latchedNow = false;
        if (wasArmed && !newlyOpen.isEmpty()) {
            latchedNow = latchQuietly(tripFault(newlyOpen));
        }
        latchedNow |= latchQuietly(reading.unitFault());
        if (wasArmed && reading.state() == LaserState.OFF && cause == null) {
            latchedNow |= latchQuietly(DeviceFault.WATCHDOG_EXPIRED);
        }
        if (reading.state() != state) {
            StateChangeCause why = cause != null ? cause : infer(state, reading.state(), newlyOpen);
            report(new DeviceEvent.StateChanged(clock.instant(), state, reading.state(), why));
            state = reading.state();
        }
        if (latchedNow) {
            LOG.warn("Unit on {}: fault {} latched", name, latched);
            report(new DeviceEvent.FaultChanged(clock.instant(), latched, reading.unitCodes()));
        }
        return latchedNow;
    }

    /**
     * Latches {@code fault} (the driver's own, such as EMERGENCY_STOP) unless one is latched
     * already, and reports it.
     *
     * @return the fault latched after the call
     */
    public synchronized DeviceFault latch(DeviceFault fault) {
        if (latchQuietly(fault)) {
            report(new DeviceEvent.FaultChanged(clock.instant(), latched));
        }
        return latched;
    }

    /**
     * A deliberate reset, given a fresh reading already {@linkplain #observe observed}: the latched
     * fault is cleared when its cause is gone (an e-stop or watchdog expiry always; an interlock
     * trip once every interlock is closed; a unit fault once the unit no longer reports one), and a
     * fault the unit still reports is latched again.
     *
     * @return the fault still latched
     */
    public synchronized DeviceFault reset(Reading reading) {
        DeviceFault before = latched;
        boolean causeGone = switch (latched) {
            case NONE -> false;
            case EMERGENCY_STOP, WATCHDOG_EXPIRED -> true;
            default -> reading.openInterlocks().isEmpty() && reading.unitFault() == DeviceFault.NONE;
        };
        if (causeGone) {
            latched = DeviceFault.NONE;
            latchQuietly(reading.unitFault());
        }
        if (latched != before) {
            LOG.info("Unit on {}: fault {} reset, {} latched", name, before, latched);
            report(new DeviceEvent.FaultChanged(clock.instant(), latched, reading.unitCodes()));
        }
        return latched;
    }

    private boolean latchQuietly(DeviceFault fault) {
        if (fault == DeviceFault.NONE || latched != DeviceFault.NONE) {
            return false;
        }
        latched = fault;
        return true;
    }

    private void report(DeviceEvent event) {
        dispatcher.dispatch(event);
    }

    private StateChangeCause infer(LaserState from, LaserState to, Set<Interlock> newlyOpen) {
        if (isArmed(from) && !isArmed(to)) {
            if (!newlyOpen.isEmpty()) {
                return StateChangeCause.INTERLOCK;
            }
            if (latched != DeviceFault.NONE) {
                return causeOf(latched);
            }
            return to == LaserState.OFF ? StateChangeCause.WATCHDOG : StateChangeCause.FAULT;
        }
        if (isArmed(from) && isArmed(to)) {
            return StateChangeCause.FOOTSWITCH;
        }
        if (from == LaserState.WARM_UP && to == LaserState.STANDBY) {
            return StateChangeCause.WARM_UP_COMPLETE;
        }
        if (to == LaserState.OFF) {
            return latched == DeviceFault.EMERGENCY_STOP ? StateChangeCause.EMERGENCY_STOP : StateChangeCause.WATCHDOG;
        }
        if (from == LaserState.OFF || to == LaserState.WARM_UP) {
            return StateChangeCause.POWER;
        }
        return StateChangeCause.HOST_COMMAND;
    }

    private static StateChangeCause causeOf(DeviceFault fault) {
        return switch (fault) {
            case EMERGENCY_STOP -> StateChangeCause.EMERGENCY_STOP;
            case WATCHDOG_EXPIRED -> StateChangeCause.WATCHDOG;
            case INTERLOCK_OPENED, WATER_FLOW, OVER_TEMPERATURE -> StateChangeCause.INTERLOCK;
            default -> StateChangeCause.FAULT;
        };
    }

    private static DeviceFault tripFault(Set<Interlock> newlyOpen) {
        if (newlyOpen.contains(Interlock.TEMPERATURE)) {
            return DeviceFault.OVER_TEMPERATURE;
        }
        if (newlyOpen.contains(Interlock.WATER_FLOW)) {
            return DeviceFault.WATER_FLOW;
        }
        return DeviceFault.INTERLOCK_OPENED;
    }

    private static boolean isArmed(LaserState state) {
        return state == LaserState.READY || state == LaserState.EMISSION;
    }
}
