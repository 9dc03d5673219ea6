package org.pulseguard.simulator.bigsky;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyProtocolException;

/**
 * The Big Sky unit's stored parameters, one value per setting command, in the command's wire unit
 * (volts, decijoules, centihertz, seconds, 0/1 switches, mode codes). This is what a configuration
 * slot ({@code SAV1..4} / {@code CFG1..4}) holds. Immutable, thread-safe.
 */
public final class BigSkySettings {
    /** Every command whose value is a stored parameter (query and set forms answer with it). */
    public static final Set<BigSkyCommand> COMMANDS = Collections.unmodifiableSet(EnumSet.of(
            BigSkyCommand.FLASHLAMP_VOLTAGE, BigSkyCommand.FLASHLAMP_ENERGY, BigSkyCommand.CAPACITANCE,
            BigSkyCommand.LAMP_RATE, BigSkyCommand.LAMP_TRIGGER, BigSkyCommand.QSWITCH_MODE,
            BigSkyCommand.QSWITCH_DIVIDER, BigSkyCommand.QSWITCH_BURST_COUNT, BigSkyCommand.QSWITCH_AT_RUN,
            BigSkyCommand.SHUTTER_AT_RUN, BigSkyCommand.QSWITCH_DELAY, BigSkyCommand.DOUBLE_PULSE_DELAY,
            BigSkyCommand.QSWITCH_SYNC_SHIFT, BigSkyCommand.TEMPERATURE_DISPLAY, BigSkyCommand.TIMEOUT_FUNCTION,
            BigSkyCommand.SIMMER_TIMEOUT_PRESET, BigSkyCommand.FIRING_TIMEOUT_PRESET,
            BigSkyCommand.QSWITCH_TIMEOUT_PRESET));

    /** Of those, the numeric ones a misapplied setting can hit (never a switch or a mode). */
    public static final Set<BigSkyCommand> NUMERIC = Collections.unmodifiableSet(EnumSet.of(
            BigSkyCommand.FLASHLAMP_VOLTAGE, BigSkyCommand.FLASHLAMP_ENERGY, BigSkyCommand.CAPACITANCE,
            BigSkyCommand.LAMP_RATE, BigSkyCommand.QSWITCH_DIVIDER, BigSkyCommand.QSWITCH_BURST_COUNT,
            BigSkyCommand.QSWITCH_DELAY, BigSkyCommand.DOUBLE_PULSE_DELAY, BigSkyCommand.QSWITCH_SYNC_SHIFT,
            BigSkyCommand.SIMMER_TIMEOUT_PRESET, BigSkyCommand.FIRING_TIMEOUT_PRESET,
            BigSkyCommand.QSWITCH_TIMEOUT_PRESET));

    private final Map<BigSkyCommand, Integer> values;

    private BigSkySettings(Map<BigSkyCommand, Integer> values) {
        this.values = values;
    }

    /**
     * The factory settings: 920 V, 12.3 J, 30.0 uF, 10.00 Hz, internal lamp trigger, Q-switch auto
     * (QSM 0) at F/10, burst 50, Q-switch on at run, shutter not opened at run, delay 225 us,
     * double pulse 100 us, sync shift +250 ns, degC display, time-out function off, time-outs
     * simmer 60:00, firing 01:00, Q-switch 01:00.
     */
    public static BigSkySettings factory() {
        Map<BigSkyCommand, Integer> v = new EnumMap<>(BigSkyCommand.class);
        v.put(BigSkyCommand.FLASHLAMP_VOLTAGE, 920);
        v.put(BigSkyCommand.FLASHLAMP_ENERGY, 123);
        v.put(BigSkyCommand.CAPACITANCE, 300);
        v.put(BigSkyCommand.LAMP_RATE, 1000);
        v.put(BigSkyCommand.LAMP_TRIGGER, 0);
        v.put(BigSkyCommand.QSWITCH_MODE, 0);
        v.put(BigSkyCommand.QSWITCH_DIVIDER, 10);
        v.put(BigSkyCommand.QSWITCH_BURST_COUNT, 50);
        v.put(BigSkyCommand.QSWITCH_AT_RUN, 1);
        v.put(BigSkyCommand.SHUTTER_AT_RUN, 0);
        v.put(BigSkyCommand.QSWITCH_DELAY, 225);
        v.put(BigSkyCommand.DOUBLE_PULSE_DELAY, 100);
        v.put(BigSkyCommand.QSWITCH_SYNC_SHIFT, 250);
        v.put(BigSkyCommand.TEMPERATURE_DISPLAY, 0);
        v.put(BigSkyCommand.TIMEOUT_FUNCTION, 0);
        v.put(BigSkyCommand.SIMMER_TIMEOUT_PRESET, 3600);
        v.put(BigSkyCommand.FIRING_TIMEOUT_PRESET, 60);
        v.put(BigSkyCommand.QSWITCH_TIMEOUT_PRESET, 60);
        return new BigSkySettings(v);
    }

    /** The value of setting {@code command}, in its wire unit. */
    public int get(BigSkyCommand command) {
        Integer value = values.get(command);
        if (value == null) {
            throw new IllegalArgumentException(command + " is not a stored setting");
        }
        return value;
    }

    /**
     * A copy with {@code command} set to {@code value}.
     *
     * @throws BigSkyProtocolException if the value is outside the command's documented range
     */
    public BigSkySettings with(BigSkyCommand command, int value) {
        get(command);
        if (!command.argument().accepts(value)) {
            throw new BigSkyProtocolException(command + " value " + value + " outside its range");
        }
        Map<BigSkyCommand, Integer> copy = new EnumMap<>(values);
        copy.put(command, value);
        return new BigSkySettings(copy);
    }

    /** Every setting with its value, for the snapshot. */
    public Map<BigSkyCommand, Integer> values() {
        return Collections.unmodifiableMap(new EnumMap<>(values));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BigSkySettings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "BigSkySettings" + values;
    }
}
