package org.pulseguard.device.reference;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventListener;

/** Records every event with the name of the thread that delivered it. Thread-safe. */
final class RecordingListener implements DeviceEventListener {
    final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final List<Long> receivedNanos = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(DeviceEvent event) {
        threads.add(Thread.currentThread().getName());
        receivedNanos.add(System.nanoTime());
        events.add(event);
    }

    <T extends DeviceEvent> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
