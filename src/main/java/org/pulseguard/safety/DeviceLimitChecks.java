package org.pulseguard.safety;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.RateRange;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.WavelengthCapability;
import org.pulseguard.profile.ZoomSpots;
import org.pulseguard.quantity.SpotDiameter;

/** The checks of a setpoint against what the unit can do (its device profile). Stateless. */
final class DeviceLimitChecks {
    private DeviceLimitChecks() {}

    static void check(DeviceProfile device, Setpoint setpoint, List<Refusal> out) {
        LimitSource source = LimitSource.of(device);
        Optional<WavelengthCapability> at = device.at(setpoint.wavelength());
        if (at.isEmpty()) {
            out.add(new Refusal(Parameter.WAVELENGTH, Breach.NOT_OFFERED, setpoint.wavelength().toString(),
                    device.wavelengthList().stream().map(Object::toString).collect(Collectors.joining(", ")), source));
        } else {
            energy(at.get(), setpoint, source, out);
        }
        spot(device, setpoint.spot(), source, out);
        rate(device.rate(), setpoint, source, out);
    }

    private static void energy(WavelengthCapability at, Setpoint setpoint, LimitSource source, List<Refusal> out) {
        EnergyRange range = at.energy();
        long uj = setpoint.energy().microjoules();
        String value = setpoint.energy().toString();
        String where = " at " + at.wavelength();
        if (uj > range.maximum().microjoules()) {
            out.add(new Refusal(Parameter.ENERGY, Breach.ABOVE_MAXIMUM, value, range.maximum() + where, source));
        } else if (uj < range.minimum().microjoules()) {
            out.add(new Refusal(Parameter.ENERGY, Breach.BELOW_MINIMUM, value, range.minimum() + where, source));
        } else if ((uj - range.minimum().microjoules()) % range.step().microjoules() != 0) {
            out.add(new Refusal(Parameter.ENERGY, Breach.OFF_STEP, value, range.step() + " from " + range.minimum() + where, source));
        }
    }

    private static void spot(DeviceProfile device, SpotDiameter spot, LimitSource source, List<Refusal> out) {
        if (device.spots().canMake(spot)) {
            return;
        }
        String value = spot.toString();
        if (device.spots() instanceof ZoomSpots zoom) {
            if (spot.compareTo(zoom.largest()) > 0) {
                out.add(new Refusal(Parameter.SPOT, Breach.ABOVE_MAXIMUM, value, zoom.largest() + " (zoom)", source));
            } else if (spot.compareTo(zoom.smallest()) < 0) {
                out.add(new Refusal(Parameter.SPOT, Breach.BELOW_MINIMUM, value, zoom.smallest() + " (zoom)", source));
            } else {
                out.add(new Refusal(Parameter.SPOT, Breach.OFF_STEP, value, zoom.range().step() + " from "
                        + zoom.smallest() + " (zoom)", source));
            }
            return;
        }
        out.add(new Refusal(Parameter.SPOT, Breach.NOT_OFFERED, value, device.spots().describe(), source));
    }

    private static void rate(RateRange range, Setpoint setpoint, LimitSource source, List<Refusal> out) {
        long mhz = setpoint.rate().millihertz();
        String value = setpoint.rate().toString();
        if (mhz > range.maximum().millihertz()) {
            out.add(new Refusal(Parameter.RATE, Breach.ABOVE_MAXIMUM, value, range.maximum().toString(), source));
        } else if (mhz < range.minimum().millihertz()) {
            out.add(new Refusal(Parameter.RATE, Breach.BELOW_MINIMUM, value, range.minimum().toString(), source));
        } else if ((mhz - range.minimum().millihertz()) % range.step().millihertz() != 0) {
            out.add(new Refusal(Parameter.RATE, Breach.OFF_STEP, value, range.step() + " from " + range.minimum(), source));
        }
    }
}
