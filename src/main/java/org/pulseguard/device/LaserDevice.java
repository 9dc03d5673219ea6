package org.pulseguard.device;

import java.util.Objects;
import java.util.Optional;
import org.pulseguard.quantity.SpotDiameter;

/**
 * One laser unit as pulseguard controls it, whatever its dialect: typed operations (apply a
 * setpoint, arm, stop) and the unit's capabilities. Knows nothing of clients, profiles or sessions;
 * deciding what is allowed belongs to the safety layer above.
 *
 * <p>Contract shared by every implementation:
 * <ul>
 *   <li>Thread-safe. Commands are serialised; {@link #emergencyStop()} bypasses that queue and goes
 *       out at once, even while another command waits for its reply.</li>
 *   <li>Every failure is a {@link DeviceException} whose {@link DeviceException#isFatal()} says
 *       whether the link must be re-established.</li>
 *   <li>When the link is lost a {@link DeviceEvent.LinkLost} is reported once, and later commands
 *       fail until {@link #reconnect()}. Nothing is ever re-armed automatically.</li>
 *   <li>Events are delivered on the driver's own dispatch thread, in order.</li>
 * </ul>
 */
public interface LaserDevice extends AutoCloseable {

    /**
     * Opens the link, identifies the unit and starts reading and keeping the unit's watchdog fed.
     * Returns as soon as the unit has identified itself.
     */
    void connect() throws DeviceException;

    /**
     * Closes the link, opens it again (looking the port up again by name), identifies the unit and
     * reports {@link DeviceEvent.LinkRestored}. Fails with {@link DeviceException.Reason#PROTOCOL_ERROR}
     * if a different unit answers. Never re-arms.
     */
    void reconnect() throws DeviceException;

    /** The identity read at the last successful (re)connect, or empty before the first one. */
    Optional<DeviceIdentity> identity();

    /** What this unit can do; available before connecting. */
    DeviceCapabilities capabilities();

    /** Reads the unit's state, interlocks, fault, footswitch and setpoint. */
    DeviceStatus status() throws DeviceException;

    /**
     * Sets all four parameters and verifies them. The setpoint is checked against
     * {@link #capabilities()} before any byte is sent ({@link DeviceException.Reason#INVALID_REQUEST}
     * naming parameter, value and limit); each value sent must be echoed and then read back
     * unchanged ({@link DeviceException.Reason#READBACK_MISMATCH} naming parameter, requested and
     * read-back values). An energy set in calibrated native units ({@code directEnergy} false) is
     * read back as a native value, converted to energy through the calibration and accepted when it
     * agrees with the request within half a native step; the requested energy is then the one in
     * force.
     *
     * @return the setpoint read back from the unit
     */
    Setpoint applySetpoint(Setpoint setpoint) throws DeviceException;

    /**
     * The technician confirms which fixed handpiece is fitted. On a unit with fixed handpieces
     * ({@link DeviceCapabilities#hasFixedHandpieces()}) the spot of every later setpoint must equal
     * the confirmed handpiece, and a setpoint is refused ({@link DeviceException.Reason#INVALID_REQUEST})
     * until one is confirmed; the spot reported by {@link #status()} and {@link #readSetpoint()} is
     * the confirmed one. On a unit with a motorised zoom any call is accepted and changes nothing.
     *
     * <p>The default suits motorised units and refuses everything on a fixed-handpiece unit whose
     * driver does not implement it, so no setpoint can slip through unconfirmed.
     *
     * @param fitted the spot diameter of the handpiece now fitted
     * @throws DeviceException INVALID_REQUEST when {@code fitted} is not one of the unit's
     *     handpieces; REFUSED (WRONG_STATE) while the unit is READY or emitting
     */
    default void confirmHandpiece(SpotDiameter fitted) throws DeviceException {
        Objects.requireNonNull(fitted, "fitted");
        if (capabilities().hasFixedHandpieces()) {
            throw new DeviceException(DeviceException.Reason.INVALID_REQUEST,
                    "handpiece confirmation is not implemented for this unit; " + fitted + " not confirmed");
        }
    }

    /**
     * The handpiece confirmed by {@link #confirmHandpiece}, or empty when none is (and always on a
     * unit with a motorised zoom).
     */
    default Optional<SpotDiameter> confirmedHandpiece() {
        return Optional.empty();
    }

    /** Reads the four parameters in force. */
    Setpoint readSetpoint() throws DeviceException;

    /** Asks the unit to go from STANDBY to READY; returns the state it reports after the command. */
    LaserState arm() throws DeviceException;

    /** Asks the unit to go to STANDBY; returns the state it reports after the command. */
    LaserState standby() throws DeviceException;

    /**
     * Ends emission at once and latches an emergency-stop fault. Bypasses the command queue.
     *
     * @return the state the unit reports after the stop
     */
    LaserState emergencyStop() throws DeviceException;

    /** Clears the latched fault if its cause is gone; returns the fault still latched. */
    DeviceFault resetFault() throws DeviceException;

    /** Reads the unit's pulse counters. */
    PulseCounters counters() throws DeviceException;

    /** Resets the user pulse counter; returns the counters after the reset. */
    PulseCounters resetUserCounter() throws DeviceException;

    /** Adds a listener for this unit's events; listeners are called on the dispatch thread. */
    void addListener(DeviceEventListener listener);

    /** Removes a listener added before; unknown listeners are ignored. */
    void removeListener(DeviceEventListener listener);

    /** Counts of link trouble since this driver was created. */
    LinkStatistics linkStatistics();

    /** True between a successful (re)connect and a link loss or {@link #close()}. */
    boolean isConnected();

    /** Stops every thread of this driver and closes the link. Idempotent; never throws. */
    @Override
    void close();
}
