package org.pulseguard.simulator;

import java.io.IOException;
import org.pulseguard.simulator.console.ControlLineInterpreter;
import org.pulseguard.simulator.console.ControlServer;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.control.UnitControl;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.transport.SerialSettings;

/**
 * A simulated laser unit of any dialect, served on a byte endpoint: {@code start(endpoint)}, then
 * {@link #control()} for the back door, {@link #interpreter()} for text control lines, and
 * {@link #close()} to stop it. Made by {@link SimulatedUnits#create}; implemented by
 * {@link ReferenceLaserSimulator}, {@code bigsky.BigSkySimulator} and
 * {@code quantaray.QuantaRaySimulator}.
 *
 * <p>Implementations are thread-safe; {@link #start} returns at once and {@link #close()} is
 * idempotent and stops every thread the simulator started.
 */
public interface SimulatedUnit extends AutoCloseable {

    /** {@code reference}, {@code bigsky} or {@code quantaray}. */
    String dialect();

    /** The line settings the unit paces its output at (and a serial endpoint should use), at power-up. */
    SerialSettings lineSettings();

    /**
     * Opens {@code endpoint} (which the simulator then owns and closes), powers the unit up and
     * starts serving; returns at once.
     *
     * @throws EndpointException if the endpoint cannot be opened (nothing is left running)
     * @throws IllegalStateException if already started or closed
     */
    SimulatedUnit start(DeviceEndpoint endpoint) throws EndpointException;

    /** The back door (inputs, faults, true state); after {@link #start}. */
    UnitControl control();

    /** Runs text control lines against {@link #control()}; after {@link #start}. */
    ControlLineInterpreter interpreter();

    /** Serves text control lines on loopback {@code port} (0 = any free port); closed with the simulator. */
    ControlServer startControlServer(int port) throws IOException;

    /** The endpoint being served; after {@link #start}. */
    DeviceEndpoint endpoint();

    /** Adds an observer of traffic and faults; before or after start. */
    void addObserver(SimulatorObserver observer);

    /** Removes an observer. */
    void removeObserver(SimulatorObserver observer);

    /** Stops every thread, closes the endpoint (removing a pty link) and the control servers; idempotent. */
    @Override
    void close();
}
