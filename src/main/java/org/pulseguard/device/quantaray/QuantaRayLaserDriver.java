package org.pulseguard.device.quantaray;

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
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.device.polled.CalibratedEnergy;
import org.pulseguard.device.polled.PolledConnector;
import org.pulseguard.device.polled.PolledLaserDriver;
import org.pulseguard.device.polled.CounterPlausibility;
import org.pulseguard.device.polled.PulseCounter;
import org.pulseguard.device.polled.TreatmentUnit;
import org.pulseguard.protocol.quantaray.QswitchAction;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.transport.ByteTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LaserDevice} for a treatment unit built on a Spectra-Physics Quanta-Ray INDI/PRO/LAB head
 * (docs/protocol/quantaray.md; 9600 8N2, commands end in CR, replies in LF). The unit has no
 * events and no spot command; set commands get no reply:
 *
 * <ul>
 *   <li>On connect the driver sets the host watchdog {@code WATC <n>} (the unit turns itself OFF
 *       when no command comes for n s) and feeds it by polling {@code *STB?} and {@code SHOT?}
 *       every poll period ({@link org.pulseguard.device.KeepAlive#POLLED}). Pulses are counted from
 *       {@code SHOT?} deltas ({@link DeviceEvent.PulsesCounted}); state, interlock and fault changes
 *       are reported from the next poll; the unit found OFF after READY or EMISSION is reported
 *       with cause WATCHDOG and latches WATCHDOG_EXPIRED. There is no footswitch telemetry.</li>
 *   <li>Commands without a reply are never waited for: the query that follows confirms them.</li>
 *   <li>Energy is set as oscillator PFN percent through the {@link NativeEnergyCalibration} (unit
 *       {@link NativeEnergyCalibration#OPFN_PERCENT}); the lamp runs {@code LAMP FIX} at 10 Hz, the
 *       only rate; the spot is the handpiece the technician confirms; the wavelength is the unit's
 *       {@link TreatmentUnit#activeWavelength()}.</li>
 *   <li>The driver never switches the unit ON by itself (warm-up takes about 20 s); arming from
 *       OFF or WARM_UP is refused WRONG_STATE. {@link #powerOn()} sends {@code ON} on request.</li>
 *   <li>The emergency stop sends {@code QSW SING} and {@code OFF} at once (ahead of any command in
 *       progress) and latches EMERGENCY_STOP in the driver until {@link #resetFault()}, which never
 *       sends {@code ON}.</li>
 *   <li>Counters: lifetime {@code SHOT?}; the unit has no user counter, so the driver keeps one
 *       ({@link UserPulseCounter}).</li>
 * </ul>
 *
 * <p>Threads: one reader thread per connection ({@code pulseguard-link-<port>}), one
 * event-dispatch thread for the driver's life ({@code pulseguard-events-<port>}), polls on the
 * injected scheduler. Commands are serialised by a fair lock; the emergency stop bypasses it. Event
 * timestamps come from the injected clock. Thread-safe; {@link #close()} is idempotent.
 */
public final class QuantaRayLaserDriver extends PolledLaserDriver<QuantaRayConnection> {
    private static final Logger LOG = LoggerFactory.getLogger(QuantaRayLaserDriver.class);

    private final QuantaRayConnector connector;
    private final CalibratedEnergy energy;
    private final QuantaRaySetpoints setpoints;
    private final UserPulseCounter userPulses = new UserPulseCounter();
    private final QuantaRayActivation activation;

    /**
     * Creates a driver; nothing is opened until {@link #connect()}.
     *
     * @param transport the byte link to the unit (9600 8N2), not yet open
     * @param scheduler runs the polls; owned by the caller
     * @param clock stamps events
     * @param settings timeouts, retries, poll period and watchdog
     * @param unit the treatment unit: wavelength, calibration in OPFN percent, energies, handpieces,
     *     and the one rate, 10 Hz
     */
    public QuantaRayLaserDriver(ByteTransport transport, ScheduledExecutorService scheduler, Clock clock,
                                QuantaRayDriverSettings settings, TreatmentUnit unit) {
        super(transport, clock, calibratedAtFixedRate(unit));
        this.energy = new CalibratedEnergy(unit.curve(), QuantaRaySetpoints.TENTH_PERCENT,
                NativeEnergyCalibration.OPFN_PERCENT);
        this.setpoints = new QuantaRaySetpoints(unit, energy, handpieces);
        this.activation = new QuantaRayActivation(tracker);
        this.connector = new QuantaRayConnector(transport, name, Objects.requireNonNull(scheduler, "scheduler"),
                Objects.requireNonNull(settings, "settings"), core.counters(), tracker,
                new PulseCounter(core.dispatcher(), clock, name, new CounterPlausibility(unit.rate().maximum()),
                        core.counters(), System::nanoTime));
    }

    private static TreatmentUnit calibratedAtFixedRate(TreatmentUnit unit) {
        Objects.requireNonNull(unit, "unit");
        if (!NativeEnergyCalibration.OPFN_PERCENT.equals(unit.calibration().nativeUnit())) {
            throw new IllegalArgumentException("a Quanta-Ray unit is calibrated in OPFN percent, not "
                    + unit.calibration().nativeUnit());
        }
        RepetitionRate fixed = QuantaRaySetpoints.FIXED_RATE;
        if (!unit.rate().minimum().equals(fixed) || !unit.rate().maximum().equals(fixed)) {
            throw new IllegalArgumentException("a Quanta-Ray unit runs at " + fixed + " only, not "
                    + unit.rate().minimum() + ".." + unit.rate().maximum());
        }
        return unit;
    }

    @Override
    protected PolledConnector<QuantaRayConnection> connector() {
        return connector;
    }

    @Override
    protected LaserState armUnit(QuantaRayConnection active) throws DeviceException {
        return activation.arm(active);
    }

    @Override
    public DeviceStatus status() throws DeviceException {
        return core.serialised(active -> {
            QuantaRayReading reading = active.observe(null);
            Setpoint inForce = setpoints.read(active);
            LaserState state = active.firing(reading.state());
            return new DeviceStatus(state, reading.openInterlocks(), tracker.latched(), state == LaserState.EMISSION, inForce);
        });
    }

    @Override
    public Setpoint applySetpoint(Setpoint setpoint) throws DeviceException {
        capabilities.check(setpoint);
        handpieces.check(setpoint);
        int tenthsPercent = QuantaRaySetpoints.tenthsPercentFor(setpoint, energy);
        return core.serialised(active -> setpoints.apply(active, setpoint, tenthsPercent));
    }

    @Override
    public Setpoint readSetpoint() throws DeviceException {
        return core.serialised(setpoints::read);
    }

    @Override
    public LaserState standby() throws DeviceException {
        // While another command holds the line, QSW SING jumps the queue (a trip must not wait for it).
        return core.urgent(active -> {
            active.link.interject("standby", new QuantaRayRequest.SetQswitch(QswitchAction.SING));
            return null;
        }, activation::standby);
    }

    /**
     * Switches the unit on ({@code ON}, confirmed by {@code *STB?}); the unit then takes about 20 s
     * to reach simmer (WARM_UP, then STANDBY, reported from the polls). For the technician or the
     * probe, never called by the driver itself. Refused FAULT_LATCHED while a fault is latched.
     *
     * @return the state the unit reports just after the command
     */
    public LaserState powerOn() throws DeviceException {
        return core.serialised(active -> {
            DeviceFault latched = tracker.latched();
            if (latched != DeviceFault.NONE) {
                throw DeviceException.refused(RefusalReason.FAULT_LATCHED, "ON refused: fault " + latched + " latched");
            }
            active.link.send(new QuantaRayRequest.Plain(QuantaRayCommand.ON), active.link.fence());
            LOG.info("ON sent to {}", name);
            return active.observe(StateChangeCause.POWER).state();
        });
    }

    @Override
    public LaserState emergencyStop() throws DeviceException {
        // Bypasses the command lock: both lines go out at once, in one write, even while another command is on the line.
        // The latch is cheap (its event is queued) and goes first, so the supervisor hears of the stop
        // before any poll sees its effect; the log line (slow on a console) only after the stop.
        tracker.latch(DeviceFault.EMERGENCY_STOP);
        QuantaRayConnection active = core.active();
        active.link.interject("emergency stop", new QuantaRayRequest.SetQswitch(QswitchAction.SING),
                new QuantaRayRequest.Plain(QuantaRayCommand.OFF));
        LOG.warn("Emergency stop sent to {}", name);
        return active.observe(StateChangeCause.EMERGENCY_STOP).state();
    }

    @Override
    public DeviceFault resetFault() throws DeviceException {
        return core.serialised(active -> tracker.reset(active.observe(null).toTracked()));
    }

    @Override
    public PulseCounters counters() throws DeviceException {
        return core.serialised(active -> userPulses.at(active.lifetimePulses()));
    }

    @Override
    public PulseCounters resetUserCounter() throws DeviceException {
        return core.serialised(active -> userPulses.resetAt(active.lifetimePulses()));
    }
}
