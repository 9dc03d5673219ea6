package org.pulseguard.device;

import java.util.Optional;

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
     * read-back values).
     *
     * @return the setpoint read back from the unit
     */
    Setpoint applySetpoint(Setpoint setpoint) throws DeviceException;

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
