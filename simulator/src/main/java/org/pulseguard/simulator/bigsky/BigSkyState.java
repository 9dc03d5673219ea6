package org.pulseguard.simulator.bigsky;

import java.util.Map;
import org.pulseguard.protocol.bigsky.FiringState;

/**
 * The Big Sky detail of a simulated unit's true state (the part a host could read through the
 * protocol, and more). Immutable.
 *
 * @param serial serial number
 * @param pumpOn water pump running
 * @param lamp flashlamp STOP, SIMMER or START
 * @param qswitch Q-switch STOP, SINGLE or START
 * @param shutterOpen shutter open
 * @param configuration configuration slot in use
 * @param settings every stored setting by mnemonic, in wire units ({@code V} volts, {@code F} centihertz, ...)
 * @param lampInterlockBits {@code IF}
 * @param lampInterlockBits2 {@code IF2}
 * @param qswitchInterlockBits {@code IQ}
 * @param statusWord {@code WOR} as sent
 * @param lampCounter {@code C}
 * @param lampUserCounter {@code UC}
 * @param qswitchCounter {@code CQ}
 * @param qswitchUserCounter {@code UCQ}
 * @param simmerTimeoutLeftSeconds {@code LS}
 * @param firingTimeoutLeftSeconds {@code LC}
 * @param qswitchTimeoutLeftSeconds {@code LQ}
 */
public record BigSkyState(int serial, boolean pumpOn, BigSkyModel.Lamp lamp, FiringState qswitch, boolean shutterOpen,
                          int configuration, Map<String, Integer> settings, int lampInterlockBits,
                          int lampInterlockBits2, int qswitchInterlockBits, String statusWord, long lampCounter,
                          long lampUserCounter, long qswitchCounter, long qswitchUserCounter,
                          int simmerTimeoutLeftSeconds, int firingTimeoutLeftSeconds, int qswitchTimeoutLeftSeconds) {
    public BigSkyState {
        settings = Map.copyOf(settings);
    }

    /** Flashlamp voltage setting, volts. */
    public int flashlampVolts() {
        return settings.get("V");
    }

    /** Lamp rate setting, centihertz. */
    public int lampRateCentihertz() {
        return settings.get("F");
    }
}
