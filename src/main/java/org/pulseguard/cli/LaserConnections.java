package org.pulseguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.NativeEnergyCalibration;
import org.pulseguard.device.bigsky.BigSkyDriverSettings;
import org.pulseguard.device.bigsky.BigSkyLaserDriver;
import org.pulseguard.device.polled.TreatmentUnit;
import org.pulseguard.device.quantaray.QuantaRayDriverSettings;
import org.pulseguard.device.quantaray.QuantaRayLaserDriver;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.device.reference.ReferenceLaserDriver;
import org.pulseguard.profile.CalibrationPoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.EnergyCalibration;
import org.pulseguard.profile.HandpieceSpots;
import org.pulseguard.profile.LoadReport;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.WavelengthCapability;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.PortAddress;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.Transports;
import org.pulseguard.device.DeviceException;

/**
 * The composition root for laser units: turns a device profile into the driver for its dialect on a
 * port. The only place above the device layer that names a dialect.
 */
public final class LaserConnections {
    private LaserConnections() {}

    /** The shipped profile folder used for a dialect when none is named. */
    public static String defaultDeviceId(String dialect) {
        switch (dialect) {
            case "bigsky":
                return "bigsky-cfr200";
            case "quantaray":
                return "quantaray-lab150";
            case "reference":
                return "reference-laser";
            default:
                throw new IllegalArgumentException("unknown dialect '" + dialect + "'");
        }
    }

    /**
     * Loads one device folder strictly.
     *
     * @throws IllegalArgumentException naming the folder and the devices there when it does not
     *     exist, or every problem when it is invalid
     */
    public static ProfileSet load(Path profilesDir, String deviceId) {
        if (!Files.isDirectory(profilesDir)) {
            throw new IllegalArgumentException("profiles folder " + profilesDir + " does not exist (give --profiles DIR)");
        }
        if (deviceId.isBlank() || !Files.isDirectory(profilesDir.resolve(deviceId))) {
            throw new IllegalArgumentException("no device folder '" + deviceId + "' in " + profilesDir + " (devices: "
                    + deviceIds(profilesDir) + ")");
        }
        LoadReport report = new ProfileLoader().loadDeviceFolder(profilesDir.resolve(deviceId));
        if (!report.isValid() || report.set(deviceId).isEmpty()) {
            throw new IllegalArgumentException("device profile " + profilesDir.resolve(deviceId) + " is not usable: "
                    + report.problems());
        }
        return report.set(deviceId).get();
    }

    private static String deviceIds(Path profilesDir) {
        try (Stream<Path> folders = Files.list(profilesDir)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(ProfileLoader.DEVICE_FILE)))
                    .map(f -> f.getFileName().toString()).sorted().collect(Collectors.joining(", "));
        } catch (IOException e) {
            return "cannot list " + profilesDir;
        }
    }

    /** An unconnected driver for the unit {@code profile} describes, on {@code port}. */
    public static LaserDevice driver(DeviceProfile profile, String port, SerialSettings settings, ScheduledExecutorService scheduler,
                              Clock clock) {
        ByteTransport transport = Transports.forAddress(PortAddress.parse(port), settings);
        switch (profile.dialect()) {
            case BIG_SKY:
                return new BigSkyLaserDriver(transport, scheduler, clock, BigSkyDriverSettings.defaults(), treatmentUnit(profile));
            case QUANTA_RAY:
                return new QuantaRayLaserDriver(transport, scheduler, clock, QuantaRayDriverSettings.defaults(),
                        treatmentUnit(profile));
            default:
                return new ReferenceLaserDriver(transport, scheduler, clock, ReferenceDriverSettings.defaults());
        }
    }

    /**
     * Brings a freshly connected unit to where a session can start: the Quanta-Ray powers up with its
     * contactor open and needs {@code ON} from the host; the others are on once connected.
     */
    public static void switchOn(LaserDevice device) throws DeviceException {
        if (device instanceof QuantaRayLaserDriver quantaRay) {
            quantaRay.powerOn();
        }
    }

    /**
     * The device-layer view of a unit with native energy units and fixed handpieces: its first
     * wavelength (the harmonic generator is fixed per handpiece on these units), the calibration
     * curves, the energy range, the handpieces and the rates.
     */
    public static TreatmentUnit treatmentUnit(DeviceProfile profile) {
        WavelengthCapability active = profile.wavelengths().get(0);
        Map<Wavelength, NativeEnergyCalibration.Curve> curves = new LinkedHashMap<>();
        String unit = null;
        for (WavelengthCapability w : profile.wavelengths()) {
            EnergyCalibration calibration = w.calibration().orElseThrow(() -> new IllegalArgumentException(
                    profile.label() + " has no energy calibration at " + w.wavelength()));
            unit = calibration.unit().symbol();
            List<NativeEnergyCalibration.Point> points = calibration.points().stream()
                    .map((CalibrationPoint p) -> new NativeEnergyCalibration.Point(p.energy(), p.nativeValue())).toList();
            curves.put(w.wavelength(), new NativeEnergyCalibration.Curve(points));
        }
        Set<SpotDiameter> handpieces = new TreeSet<>();
        if (profile.spots() instanceof HandpieceSpots fixed) {
            fixed.handpieces().forEach(h -> handpieces.add(h.diameter()));
        }
        return new TreatmentUnit(active.wavelength(), new NativeEnergyCalibration(unit, curves), active.energy(), handpieces,
                profile.rate());
    }
}
