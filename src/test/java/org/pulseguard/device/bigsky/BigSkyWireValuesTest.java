package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.NativeEnergyCalibration;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.polled.CalibratedEnergy;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * The Big Sky's wire carries the rate as whole centihertz ({@code F<Hz x 100>}): a rate that is not
 * exactly a whole number of 0.01 Hz is refused naming that step, never rounded to the nearest one,
 * even when the capabilities above would have let it through.
 */
class BigSkyWireValuesTest {
    private static final CalibratedEnergy ENERGY = new CalibratedEnergy(new NativeEnergyCalibration.Curve(List.of(
            new NativeEnergyCalibration.Point(new PulseEnergy(8_000), 800),
            new NativeEnergyCalibration.Point(new PulseEnergy(200_000), 1300))), BigSkySetpoints.VOLT, "V");

    private static Setpoint at(long millihertz) {
        return new Setpoint(new PulseEnergy(80_000), new SpotDiameter(4_000), new RepetitionRate(millihertz), Wavelength.ND_YAG_1064);
    }

    @Test
    void wireValues_rateOnACentihertz_isSentExactly() throws DeviceException {
        assertThat(BigSkySetpoints.wireValues(at(5_010), ENERGY).centihertz()).isEqualTo(501);
    }

    @Test
    void wireValues_rateFinerThanACentihertz_isRefusedNamingTheStep() {
        // Given 5.005 Hz, which would round to F501 or F500
        assertThatThrownBy(() -> BigSkySetpoints.wireValues(at(5_005), ENERGY)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("5.005 Hz", "0.01 Hz");
        });
    }
}
