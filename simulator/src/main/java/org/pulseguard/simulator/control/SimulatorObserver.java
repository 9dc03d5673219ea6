package org.pulseguard.simulator.control;

import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultListener;
import org.pulseguard.simulator.link.LinkListener;

/**
 * Watches the simulator: requests received, replies and events sent, frames rejected, link
 * changes ({@link LinkListener}) and faults as they act ({@link FaultListener}). Every method has
 * a no-op default. Called on simulator threads, {@code faultExercised} sometimes while the
 * simulator holds its internal locks: implementations must be quick, thread-safe and must not call
 * back into {@code SimulatorControl} (hand the observation to another thread if needed).
 * Exceptions are logged and ignored. Nothing passed carries personal data.
 */
public interface SimulatorObserver extends LinkListener, FaultListener {

    @Override
    default void faultExercised(FaultKind kind, String detail) { }
}
