package org.pulseguard.device.polled;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventListener;

/** Records every event a driver delivers, with the delivering thread's name. Thread-safe. */
public final class EventRecorder implements DeviceEventListener {
    public final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    public final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(DeviceEvent event) {
        threads.add(Thread.currentThread().getName());
        events.add(event);
    }

    public <T extends DeviceEvent> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The total of every {@link DeviceEvent.PulsesCounted} so far. */
    public long pulsesCounted() {
        return ofType(DeviceEvent.PulsesCounted.class).stream().mapToLong(DeviceEvent.PulsesCounted::count).sum();
    }
}
