package org.pulseguard.integration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.device.reference.ReferenceLaserDriver;
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.control.SimulatorControl;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import org.pulseguard.transport.SerialPortTransport;
import org.pulseguard.transport.SerialSettings;

/**
 * The real controller against the real simulator over a real pseudo-terminal through jSerialComm:
 * the simulator creates a pty and a link at {@code dir/laser0}, the driver opens that path.
 */
final class ReferenceRig implements AutoCloseable {
    final Path link;
    final ReferenceLaserSimulator simulator;
    final SimulatorControl control;
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "it-driver-scheduler");
        t.setDaemon(true);
        return t;
    });
    final ReferenceLaserDriver driver;
    final List<DeviceEvent> events = new CopyOnWriteArrayList<>();

    ReferenceRig(Path dir, SimulatorConfig config, ReferenceDriverSettings settings) throws Exception {
        link = dir.resolve("laser0");
        simulator = new ReferenceLaserSimulator(config);
        simulator.start(new PtyEndpoint(link));
        control = simulator.control();
        driver = new ReferenceLaserDriver(new SerialPortTransport(link.toString(), SerialSettings.REFERENCE_DEFAULT),
                scheduler, Clock.systemUTC(), settings);
        driver.addListener(events::add);
        driver.connect();
    }

    static SimulatorConfig.Builder fastConfig() {
        return SimulatorConfig.builder().warmUp(Duration.ZERO).emissionDelay(Duration.ofMillis(300))
                .watchdogPeriod(Duration.ofMillis(500)).seed(42);
    }

    static ReferenceRig start(Path dir) throws Exception {
        return new ReferenceRig(dir, fastConfig().build(), ReferenceDriverSettings.defaults());
    }

    <T extends DeviceEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        driver.close();
        simulator.close();
        scheduler.shutdownNow();
    }
}
