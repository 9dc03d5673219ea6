package org.pulseguard.integration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.cli.LaserConnections;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.quantaray.QuantaRayLaserDriver;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.simulator.SimulatedUnit;
import org.pulseguard.simulator.SimulatedUnits;
import org.pulseguard.simulator.control.UnitControl;
import org.pulseguard.simulator.endpoint.PtyEndpoint;

/**
 * One dialect's simulated unit on a real pty and the driver the composition root builds for its
 * shipped device profile, connected through jSerialComm. The shared suite runs on it for every dialect.
 */
final class DialectRig implements AutoCloseable {
    final String dialect;
    final ProfileSet profiles;
    final SimulatedUnit unit;
    final UnitControl control;
    final LaserDevice driver;
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "it-dialect-scheduler");
        t.setDaemon(true);
        return t;
    });
    final List<DeviceEvent> events = new CopyOnWriteArrayList<>();

    DialectRig(String dialect, Path dir) throws Exception {
        this.dialect = dialect;
        this.profiles = LaserConnections.load(Path.of("device-profiles"), LaserConnections.defaultDeviceId(dialect));
        this.unit = SimulatedUnits.create(dialect, SimulatedUnits.Options.defaults().withSeed(42).withWarmUp(Duration.ZERO));
        Path link = dir.resolve("unit0");
        unit.start(new PtyEndpoint(link));
        this.control = unit.control();
        this.driver = LaserConnections.driver(profiles.device(), link.toString(), profiles.device().serial(), scheduler,
                Clock.systemUTC());
        driver.addListener(events::add);
        driver.connect();
        if (driver instanceof QuantaRayLaserDriver quantaRay) {
            // The Quanta-Ray unit powers up with its contactor open; the host switches it ON (warm-up 0 here).
            quantaRay.powerOn();
        }
    }

    /** A setpoint inside this unit's profiles: energy on its curve, one of its spots, a rate its tattoo-1064 profile allows. */
    Setpoint setpoint() {
        switch (dialect) {
            case "bigsky":
                return new Setpoint(PulseEnergy.ofMillijoules(100), SpotDiameter.ofMillimetres(3), RepetitionRate.ofHertz(5),
                        Wavelength.ND_YAG_1064);
            case "quantaray":
                return new Setpoint(PulseEnergy.ofMillijoules(300), SpotDiameter.ofMillimetres(4), RepetitionRate.ofHertz(10),
                        Wavelength.ND_YAG_1064);
            default:
                return new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4), RepetitionRate.ofHertz(10),
                        Wavelength.ND_YAG_1064);
        }
    }

    /** Pulses the driver reported, from per-pulse events or counter deltas. */
    long reportedPulses() {
        long n = 0;
        for (DeviceEvent e : events) {
            if (e instanceof DeviceEvent.PulseEmitted) {
                n++;
            } else if (e instanceof DeviceEvent.PulsesCounted counted) {
                n += counted.count();
            }
        }
        return n;
    }

    <T extends DeviceEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        driver.close();
        unit.close();
        scheduler.shutdownNow();
    }
}
