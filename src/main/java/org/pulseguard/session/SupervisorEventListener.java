package org.pulseguard.session;

/** Receives every {@link SupervisorEvent}, on the thread that caused it; must not block or throw. */
@FunctionalInterface
public interface SupervisorEventListener {
    /** Called once per event, in order. */
    void onEvent(SupervisorEvent event);
}
