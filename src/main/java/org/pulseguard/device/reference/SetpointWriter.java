package org.pulseguard.device.reference;

import java.util.ArrayList;
import java.util.List;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.Setpoint;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * Sets and reads back the four parameters of a reference unit over one link. Each SET must be
 * echoed with the value sent, and a GET of every field afterwards must return exactly what was
 * requested; any difference is a READBACK_MISMATCH. The caller holds the driver's command lock for
 * the whole sequence. Stateless apart from its collaborators; thread-confined per call.
 */
final class SetpointWriter {
    private final ReferenceLink link;
    private final DeviceCapabilities capabilities;

    SetpointWriter(ReferenceLink link, DeviceCapabilities capabilities) {
        this.link = link;
        this.capabilities = capabilities;
    }

    /** Applies {@code requested} (already checked against the capabilities) and returns the read-back setpoint. */
    Setpoint apply(Setpoint requested) throws DeviceException {
        // Section 7: 532 nm refuses an energy above its own maximum, so the order matters. If the new
        // energy is valid at the current wavelength, set it first; otherwise change wavelength first.
        if (energyFitsCurrentWavelength(requested.energy())) {
            setEnergy(requested);
            setWavelength(requested);
        } else {
            setWavelength(requested);
            setEnergy(requested);
        }
        setSpot(requested);
        setRate(requested);
        Setpoint readBack = read();
        requireEqual(requested, readBack);
        return readBack;
    }

    /** Reads the four parameters with one GET each. */
    Setpoint read() throws DeviceException {
        long energy = link.exchange(new Request.GetEnergy(), Reply.Energy.class).energyMicrojoules();
        int spot = link.exchange(new Request.GetSpot(), Reply.Spot.class).spotMicrometres();
        long rate = link.exchange(new Request.GetRate(), Reply.Rate.class).rateMillihertz();
        int wavelength = link.exchange(new Request.GetWavelength(), Reply.Wavelength.class).wavelengthNanometres();
        return WireCodes.setpoint(energy, spot, rate, wavelength);
    }

    private boolean energyFitsCurrentWavelength(PulseEnergy energy) throws DeviceException {
        int nanometres = link.exchange(new Request.GetWavelength(), Reply.Wavelength.class).wavelengthNanometres();
        if (nanometres < 100 || nanometres > 20_000) {
            return false;
        }
        return capabilities.limitsAt(new Wavelength(nanometres))
                .map(limits -> limits.energy().contains(energy)).orElse(false);
    }

    private void setEnergy(Setpoint requested) throws DeviceException {
        long sent = requested.energy().microjoules();
        long echoed = link.exchange(new Request.SetEnergy(sent), Reply.Energy.class).energyMicrojoules();
        requireEcho("energy", "SET_ENERGY", sent, echoed, requested.energy() + "", new PulseEnergy(echoed) + "");
    }

    private void setSpot(Setpoint requested) throws DeviceException {
        int sent = Math.toIntExact(requested.spot().micrometres());
        int echoed = link.exchange(new Request.SetSpot(sent), Reply.Spot.class).spotMicrometres();
        requireEcho("spot diameter", "SET_SPOT", sent, echoed, requested.spot() + "",
                echoed > 0 ? new SpotDiameter(echoed) + "" : echoed + " um");
    }

    private void setRate(Setpoint requested) throws DeviceException {
        long sent = requested.rate().millihertz();
        long echoed = link.exchange(new Request.SetRate(sent), Reply.Rate.class).rateMillihertz();
        requireEcho("repetition rate", "SET_RATE", sent, echoed, requested.rate() + "",
                echoed > 0 ? new RepetitionRate(echoed) + "" : echoed + " mHz");
    }

    private void setWavelength(Setpoint requested) throws DeviceException {
        int sent = requested.wavelength().nanometres();
        int echoed = link.exchange(new Request.SetWavelength(sent), Reply.Wavelength.class).wavelengthNanometres();
        requireEcho("wavelength", "SET_WAVELENGTH", sent, echoed, requested.wavelength() + "", echoed + " nm");
    }

    private static void requireEcho(String parameter, String command, long sent, long echoed, String requestedText,
                                    String echoedText) throws DeviceException {
        if (sent != echoed) {
            throw new DeviceException(DeviceException.Reason.READBACK_MISMATCH, parameter + ": " + command
                    + " requested " + requestedText + ", unit echoed " + echoedText);
        }
    }

    private static void requireEqual(Setpoint requested, Setpoint readBack) throws DeviceException {
        List<String> differences = new ArrayList<>();
        compare(differences, "energy", requested.energy(), readBack.energy());
        compare(differences, "spot diameter", requested.spot(), readBack.spot());
        compare(differences, "repetition rate", requested.rate(), readBack.rate());
        compare(differences, "wavelength", requested.wavelength(), readBack.wavelength());
        if (!differences.isEmpty()) {
            throw new DeviceException(DeviceException.Reason.READBACK_MISMATCH, String.join("; ", differences));
        }
    }

    private static void compare(List<String> differences, String parameter, Object requested, Object readBack) {
        if (!requested.equals(readBack)) {
            differences.add(parameter + ": requested " + requested + ", read back " + readBack);
        }
    }
}
