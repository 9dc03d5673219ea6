package org.pulseguard.cli;

import java.time.Duration;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.LaserState;
import org.pulseguard.simulator.SimulatedUnit;
import org.pulseguard.simulator.control.UnitState;

/** Waiting for a unit to be ready after it is switched on, for the commands that start units. Stateless. */
final class UnitStartup {
    private UnitStartup() {}

    /** A simulated unit warms up first (0.2 s in the embedded ones). */
    static void waitForWarmUp(SimulatedUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (unit.control().snapshot().unitState() == UnitState.WARMING_UP && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** A unit switched on warms up first (about 20 s on a real Quanta-Ray). */
    static void waitForStandby(LaserDevice laser) throws DeviceException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (laser.status().state() != LaserState.STANDBY && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
