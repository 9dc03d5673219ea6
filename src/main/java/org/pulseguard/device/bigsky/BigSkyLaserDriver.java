package org.pulseguard.device.bigsky;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.NativeEnergyCalibration;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.device.polled.CalibratedEnergy;
import org.pulseguard.device.polled.PolledConnector;
import org.pulseguard.device.polled.PolledLaserDriver;
import org.pulseguard.device.polled.CounterPlausibility;
import org.pulseguard.device.polled.PulseCounter;
import org.pulseguard.device.polled.TreatmentUnit;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.transport.ByteTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LaserDevice} for a treatment unit built on a Quantel Big Sky / CFR head
 * (docs/protocol/bigsky.md; 9600 8N1). The unit has no events, no heartbeat and no spot command:
 *
 * <ul>
 *   <li>Pulses are counted from the Q-switch counter {@code CQ}, polled with {@code WOR} every
 *       poll period (the {@link org.pulseguard.device.KeepAlive#POLLED} keep-alive), and reported
 *       as {@link DeviceEvent.PulsesCounted}; state, interlock and fault changes are reported from
 *       the next poll. There is no footswitch telemetry: no FootswitchChanged, and
 *       {@link DeviceStatus#footswitchPressed()} is derived from EMISSION [inferred].</li>
 *   <li>The unit has no host watchdog over serial [doc: only the time-out countdowns, not used]: a
 *       lost host is noticed by the driver's polls (LinkLost), and while the host is gone the
 *       unit's hardware footswitch (the Q-switch runs on its external trigger, {@code QSM2}) and
 *       interlocks are the barrier.</li>
 *   <li>Energy is set as flashlamp volts through the {@link NativeEnergyCalibration} (unit
 *       {@link NativeEnergyCalibration#FLASHLAMP_VOLTS}); the spot is the handpiece the
 *       technician confirms; the wavelength is the unit's {@link TreatmentUnit#activeWavelength()}.</li>
 *   <li>The emergency stop sends {@code S} at once (ahead of any command in progress), then
 *       {@code S SQ QOF0 R0}; the unit latches nothing over serial, so the driver latches
 *       EMERGENCY_STOP until {@link #resetFault()}.</li>
 *   <li>Counters: lifetime {@code CQ}, user {@code UCQ}; the user reset is {@code UCQ0}.</li>
 * </ul>
 *
 * <p>Threads: one reader thread per connection ({@code pulseguard-link-<port>}), one
 * event-dispatch thread for the driver's life ({@code pulseguard-events-<port>}), polls on the
 * injected scheduler. Commands are serialised by a fair lock; the emergency stop bypasses it. Event
 * timestamps come from the injected clock. Thread-safe; {@link #close()} is idempotent.
 */
public final class BigSkyLaserDriver extends PolledLaserDriver<BigSkyConnection> {
    private static final Logger LOG = LoggerFactory.getLogger(BigSkyLaserDriver.class);

    private final BigSkyConnector connector;
    private final CalibratedEnergy energy;
    private final BigSkySetpoints setpoints;
    private final BigSkyActivation activation;

    /**
     * Creates a driver; nothing is opened until {@link #connect()}.
     *
     * @param transport the byte link to the unit (9600 8N1), not yet open
     * @param scheduler runs the polls; owned by the caller
     * @param clock stamps events
     * @param settings timeouts, retries, poll period and address
     * @param unit the treatment unit: wavelength, calibration in flashlamp volts, energies, handpieces, rates
     */
    public BigSkyLaserDriver(ByteTransport transport, ScheduledExecutorService scheduler, Clock clock,
                             BigSkyDriverSettings settings, TreatmentUnit unit) {
        super(transport, clock, calibratedInVolts(unit));
        this.energy = new CalibratedEnergy(unit.curve(), BigSkySetpoints.VOLT, NativeEnergyCalibration.FLASHLAMP_VOLTS);
        this.setpoints = new BigSkySetpoints(unit, energy, handpieces);
        this.activation = new BigSkyActivation(tracker);
        this.connector = new BigSkyConnector(transport, name, Objects.requireNonNull(scheduler, "scheduler"),
                Objects.requireNonNull(settings, "settings"), core.counters(), tracker,
                new PulseCounter(core.dispatcher(), clock, name, new CounterPlausibility(unit.rate().maximum()),
                        core.counters(), System::nanoTime));
    }

    private static TreatmentUnit calibratedInVolts(TreatmentUnit unit) {
        Objects.requireNonNull(unit, "unit");
        if (!NativeEnergyCalibration.FLASHLAMP_VOLTS.equals(unit.calibration().nativeUnit())) {
            throw new IllegalArgumentException("a Big Sky unit is calibrated in flashlamp volts, not "
                    + unit.calibration().nativeUnit());
        }
        return unit;
    }

    @Override
    protected PolledConnector<BigSkyConnection> connector() {
        return connector;
    }

    @Override
    protected LaserState armUnit(BigSkyConnection active) throws DeviceException {
        return activation.arm(active);
    }

    @Override
    public DeviceStatus status() throws DeviceException {
        return core.serialised(active -> {
            BigSkyReading reading = active.observe(null);
            Setpoint inForce = setpoints.read(active);
            LaserState state = active.stateOf(reading);
            return new DeviceStatus(state, reading.openInterlocks(), tracker.latched(), state == LaserState.EMISSION, inForce);
        });
    }

    @Override
    public Setpoint applySetpoint(Setpoint setpoint) throws DeviceException {
        capabilities.check(setpoint);
        handpieces.check(setpoint);
        BigSkySetpoints.WireValues wire = BigSkySetpoints.wireValues(setpoint, energy);
        return core.serialised(active -> setpoints.apply(active, setpoint, wire));
    }

    @Override
    public Setpoint readSetpoint() throws DeviceException {
        return core.serialised(setpoints::read);
    }

    @Override
    public LaserState standby() throws DeviceException {
        // While another command holds the line, S jumps the queue (a trip must not wait for it).
        return core.urgent(active -> {
            active.link.interjectLampStop("standby");
            return null;
        }, activation::standby);
    }

    @Override
    public LaserState emergencyStop() throws DeviceException {
        // Bypasses the command lock: S goes out at once, even while another command awaits its reply.
        // The latch is cheap (its event is queued) and goes first, so the supervisor hears of the stop
        // before any poll sees its effect; the log line (slow on a console) only after the stop.
        tracker.latch(DeviceFault.EMERGENCY_STOP);
        BigSkyConnection active = core.active();
        active.link.interjectLampStop("emergency stop");
        LOG.warn("Emergency stop sent to {}", name);
        active.deactivate();
        return active.observe(StateChangeCause.EMERGENCY_STOP).state();
    }

    @Override
    public DeviceFault resetFault() throws DeviceException {
        return core.serialised(active -> tracker.reset(active.observe(null).toTracked()));
    }

    @Override
    public PulseCounters counters() throws DeviceException {
        return core.serialised(active -> new PulseCounters(active.lifetimePulses(),
                active.link.number(BigSkyCommand.QSWITCH_USER_COUNTER)));
    }

    @Override
    public PulseCounters resetUserCounter() throws DeviceException {
        return core.serialised(active -> {
            int echoed = active.link.set(BigSkyCommand.QSWITCH_USER_COUNTER, 0, active.link.fence());
            if (echoed != 0) {
                throw new DeviceException(DeviceException.Reason.READBACK_MISMATCH,
                        "UCQ0: user counter still " + echoed);
            }
            return new PulseCounters(active.lifetimePulses(), 0);
        });
    }
}
