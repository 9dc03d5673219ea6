package org.pulseguard.simulator.bigsky;

import java.util.Set;
import org.pulseguard.protocol.bigsky.InterlockBit;
import org.pulseguard.simulator.control.InterlockInput;

/**
 * How the Big Sky unit's physical inputs show in its {@code IF}, {@code IF2} and {@code IQ} fields
 * [inferred mapping, simulator/README.md]: water flow lost or pump off = IF WATER_FLOW; cover =
 * IF COVER_OPEN; key off, remote (door) open and the emergency-stop button = IF EXTERNAL_INTERLOCK
 * (the treatment unit wires them into the external interlock loop); coolant over temperature =
 * IF2 LAMP_WATER_TEMPERATURE and IQ QSWITCH_WATER_TEMPERATURE. IQ EMISSION_INHIBITED is set while
 * the Q-switch cannot fire (an interlock open or the lamp not firing), IQ SHUTTER_CLOSED while the
 * shutter is closed. Stateless.
 */
final class BigSkyInterlocks {
    private BigSkyInterlocks() { }

    /** The {@code IF} bits. */
    static int lampBits(BigSkyModel model) {
        Set<InterlockInput> open = model.openInputs();
        int bits = 0;
        if (open.contains(InterlockInput.WATER_FLOW) || !model.pump()) {
            bits |= mask(InterlockBit.WATER_FLOW);
        }
        if (open.contains(InterlockInput.COVER)) {
            bits |= mask(InterlockBit.COVER_OPEN);
        }
        if (open.contains(InterlockInput.KEY) || open.contains(InterlockInput.REMOTE)
                || open.contains(InterlockInput.EMERGENCY_STOP)) {
            bits |= mask(InterlockBit.EXTERNAL_INTERLOCK);
        }
        return bits;
    }

    /** The {@code IF2} bits. */
    static int lampBits2(BigSkyModel model) {
        return model.openInputs().contains(InterlockInput.TEMPERATURE) ? mask(InterlockBit.LAMP_WATER_TEMPERATURE) : 0;
    }

    /** The {@code IQ} bits. */
    static int qswitchBits(BigSkyModel model) {
        int bits = 0;
        if (!model.interlocksClosed() || model.lamp() != BigSkyModel.Lamp.START) {
            bits |= mask(InterlockBit.EMISSION_INHIBITED);
        }
        if (model.openInputs().contains(InterlockInput.TEMPERATURE)) {
            bits |= mask(InterlockBit.QSWITCH_WATER_TEMPERATURE);
        }
        if (!model.shutterOpen()) {
            bits |= mask(InterlockBit.SHUTTER_CLOSED);
        }
        return bits;
    }

    private static int mask(InterlockBit bit) {
        return 1 << bit.bit();
    }
}
