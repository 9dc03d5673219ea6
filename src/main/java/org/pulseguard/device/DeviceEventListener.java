package org.pulseguard.device;

/**
 * Receives a unit's events. Called on the driver's event-dispatch thread, one event at a time, in
 * the order the events happened; a slow listener delays later events but never the link itself.
 * An exception thrown here is logged and does not stop delivery to other listeners.
 */
@FunctionalInterface
public interface DeviceEventListener {

    /** Handles one event. */
    void onEvent(DeviceEvent event);
}
