package org.pulseguard.safety;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.FluenceBand;
import org.pulseguard.profile.LoadReport;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.TestSpotRule;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/** The shipped profiles and small builders for gate tests. */
final class GateFixtures {
    static final LoadReport SHIPPED = new ProfileLoader().loadDirectory(Path.of("device-profiles"));

    private GateFixtures() {}

    static DeviceProfile device(String id) {
        return SHIPPED.set(id).orElseThrow().device();
    }

    static SafeProfile profile(String deviceId, String profileId) {
        return SHIPPED.set(deviceId).orElseThrow().safeProfile(profileId).orElseThrow();
    }

    static Setpoint setpoint(String energy, String spot, String rate, String wavelength) {
        return new Setpoint(PulseEnergy.parse(energy), SpotDiameter.parse(spot), RepetitionRate.parse(rate), Wavelength.parse(wavelength));
    }

    /** A 1064 nm safe profile for the reference unit treating {@code types} with one band, at most 5 Hz. */
    static SafeProfile reference1064(double minimum, double maximum, SkinType... types) {
        Map<SkinType, FluenceBand> bands = new EnumMap<>(SkinType.class);
        for (SkinType t : types) {
            bands.put(t, new FluenceBand(new Fluence(minimum), new Fluence(maximum)));
        }
        return new SafeProfile("test-1064", "Test, 1064 nm", "2.3.4", "reference-laser", Wavelength.ND_YAG_1064, bands,
                RepetitionRate.parse("5Hz"), 1000, 42, new TestSpotRule(Set.of(), true));
    }
}
