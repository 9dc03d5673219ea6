package org.pulseguard.device.reference;

import java.util.Map;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.KeepAlive;
import org.pulseguard.device.ParameterLimits;
import org.pulseguard.device.RateRange;
import org.pulseguard.device.SpotRange;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * The reference unit's capabilities, from docs/protocol/reference-laser.md section 7 (IDENTIFY does
 * not report ranges): per-pulse telemetry, motorised zoom, energy set directly in microjoules,
 * heartbeat watchdog; 1064 nm at 10..1200 mJ and 532 nm at 10..600 mJ in 0.1 mJ steps; spot
 * 1.0..10.0 mm in 0.1 mm steps; rate 0.5..10.0 Hz in 0.1 Hz steps. Stateless, thread-safe.
 */
public final class ReferenceCapabilities {
    private ReferenceCapabilities() {}

    /** The capabilities of the reference unit. */
    public static DeviceCapabilities reference() {
        SpotRange spot = new SpotRange(new SpotDiameter(1_000), new SpotDiameter(10_000), new SpotDiameter(100));
        RateRange rate = new RateRange(new RepetitionRate(500), new RepetitionRate(10_000), new RepetitionRate(100));
        PulseEnergy step = new PulseEnergy(100);
        PulseEnergy minimum = new PulseEnergy(10_000);
        ParameterLimits at1064 = new ParameterLimits(new EnergyRange(minimum, new PulseEnergy(1_200_000), step), spot, rate);
        ParameterLimits at532 = new ParameterLimits(new EnergyRange(minimum, new PulseEnergy(600_000), step), spot, rate);
        return new DeviceCapabilities(true, true, true, KeepAlive.HEARTBEAT,
                Map.of(Wavelength.ND_YAG_1064, at1064, Wavelength.KTP_532, at532));
    }
}
