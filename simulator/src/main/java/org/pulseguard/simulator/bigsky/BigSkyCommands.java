package org.pulseguard.simulator.bigsky;

import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.BigSkyRequest;
import org.pulseguard.protocol.bigsky.FiringState;
import org.pulseguard.protocol.bigsky.InterlockField;
import org.pulseguard.protocol.bigsky.ReplyLayout;
import org.pulseguard.protocol.bigsky.StatusWord;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.fault.FaultKind;

/**
 * The Big Sky unit's answer to every command of the table (docs/protocol/bigsky.md section 3): acts
 * on the {@link BigSkyModel} and returns the reply in the command's template, which always shows
 * the state after the command. A set form the unit does not take (outside the factory limits, a
 * mode change while the lamp runs, an activation with an interlock open) leaves the value as it
 * was, so the echo shows the unchanged value. Not thread-safe; called under the unit's lock.
 */
final class BigSkyCommands {
    /** Sampled and instantaneous capacitor voltage as fractions of V while charged. [inferred] */
    private static final double SAMPLED_SAG = 0.995;
    private static final double INSTANT_SAG = 0.982;

    private final BigSkyModel model;

    BigSkyCommands(BigSkyModel model) {
        this.model = model;
    }

    /** Executes an accepted request and answers. */
    BigSkyReply execute(BigSkyRequest request) {
        BigSkyCommand command = request.command();
        if (request instanceof BigSkyRequest.WithValue) {
            set(command, ((BigSkyRequest.WithValue) request).value());
        } else {
            act(command);
        }
        return reply(command);
    }

    /** The reply showing the value of {@code command} as it is (the answer to an out-of-range set form). */
    BigSkyReply reply(BigSkyCommand command) {
        BigSkyConfig config = model.config();
        if (BigSkySettings.COMMANDS.contains(command)) {
            return reading(command.replyLayout(), model.settings().get(command));
        }
        switch (command) {
            case SERIAL_NUMBER:
                return numeric(ReplyLayout.SERIAL_NUMBER, config.serial());
            case COOLING_TEMPERATURE_CELSIUS:
                return numeric(ReplyLayout.COOLING_TEMPERATURE_CELSIUS, coolingCelsius());
            case COOLING_TEMPERATURE_FAHRENHEIT:
                return numeric(ReplyLayout.COOLING_TEMPERATURE_FAHRENHEIT, (int) Math.round(coolingCelsius() * 1.8 + 32));
            case SOFTWARE_VERSION:
                return config.software();
            case SOFTWARE_DATE:
                return config.softwareDate();
            case RUN_TIME:
                return runTime();
            case CONFIGURATION:
            case LOAD_CONFIGURATION:
                return numeric(ReplyLayout.CONFIGURATION, model.configuration());
            case SAVE_CONFIGURATION:
                return numeric(ReplyLayout.SAVED_CONFIGURATION, model.lastSaved());
            case RACK_OPTION:
                return numeric(ReplyLayout.RACK_OPTION, config.rackOption());
            case CAPACITOR_OPTION:
                return numeric(ReplyLayout.CAPACITOR_OPTION, config.capacitorOption());
            case LASER_TYPE:
                return numeric(ReplyLayout.LASER_TYPE, config.laserType());
            case SHUTTER:
                return new BigSkyReply.Shutter(model.shutterOpen());
            case WATER_PUMP:
                return numeric(ReplyLayout.WATER_PUMP, model.pump() ? 1 : 0);
            case CAPACITOR_VOLTAGE_SAMPLED:
                return numeric(ReplyLayout.CAPACITOR_VOLTAGE_SAMPLED, capacitorVolts(SAMPLED_SAG));
            case CAPACITOR_VOLTAGE_INSTANT:
                return numeric(ReplyLayout.CAPACITOR_VOLTAGE_INSTANT, capacitorVolts(INSTANT_SAG));
            case LAMP_COUNTER:
                return numeric(ReplyLayout.LAMP_COUNTER, model.counters().lampTotal);
            case LAMP_USER_COUNTER:
                return numeric(ReplyLayout.LAMP_USER_COUNTER, model.counters().lampUser);
            case QSWITCH_COUNTER:
                return numeric(ReplyLayout.QSWITCH_COUNTER, model.counters().qswitchTotal);
            case QSWITCH_USER_COUNTER:
                return numeric(ReplyLayout.QSWITCH_USER_COUNTER, model.counters().qswitchUser);
            case LAMP_INTERLOCKS:
                return new InterlockField(ReplyLayout.LAMP_INTERLOCKS, BigSkyInterlocks.lampBits(model));
            case LAMP_INTERLOCKS_2:
                return new InterlockField(ReplyLayout.LAMP_INTERLOCKS_2, BigSkyInterlocks.lampBits2(model));
            case QSWITCH_INTERLOCKS:
                return new InterlockField(ReplyLayout.QSWITCH_INTERLOCKS, BigSkyInterlocks.qswitchBits(model));
            case QSWITCH_DELAY_MINIMUM:
                return numeric(ReplyLayout.QSWITCH_DELAY_MINIMUM, config.qswitchDelayMinimum());
            case QSWITCH_DELAY_MAXIMUM:
                return numeric(ReplyLayout.QSWITCH_DELAY_MAXIMUM, config.qswitchDelayMaximum());
            case QSWITCH_WAIT:
                return numeric(ReplyLayout.QSWITCH_WAIT, config.qswitchWait());
            case QSWITCH_RAMP:
                return numeric(ReplyLayout.QSWITCH_RAMP, config.qswitchRamp());
            case QSWITCH_MINIMUM_TEMPERATURE:
                return numeric(ReplyLayout.QSWITCH_MINIMUM_TEMPERATURE, config.qswitchMinimumTemperature());
            case QSWITCH_RAMP_STEP:
                return numeric(ReplyLayout.QSWITCH_RAMP_STEP, config.qswitchRampStep());
            case HARMONIC_AT_TEMPERATURE:
                return numeric(ReplyLayout.HARMONIC_AT_TEMPERATURE, 1);
            case SIMMER_TIMEOUT_COUNTER:
                return countdown(ReplyLayout.SIMMER_TIMEOUT_COUNTER, BigSkyCommand.SIMMER_TIMEOUT_PRESET);
            case FIRING_TIMEOUT_COUNTER:
                return countdown(ReplyLayout.FIRING_TIMEOUT_COUNTER, BigSkyCommand.FIRING_TIMEOUT_PRESET);
            case QSWITCH_TIMEOUT_COUNTER:
                return countdown(ReplyLayout.QSWITCH_TIMEOUT_COUNTER, BigSkyCommand.QSWITCH_TIMEOUT_PRESET);
            default:
                return statusWord();
        }
    }

    /** The {@code WOR} status word now. */
    StatusWord statusWord() {
        BigSkySettings settings = model.settings();
        FiringState lamp = model.lamp() == BigSkyModel.Lamp.START ? FiringState.START : FiringState.STOP;
        return new StatusWord(model.interlocksClosed() ? 0 : 1, lamp,
                settings.get(BigSkyCommand.LAMP_TRIGGER) == 1, model.lamp() == BigSkyModel.Lamp.STOP ? 0 : 1,
                model.qswitch(), settings.get(BigSkyCommand.QSWITCH_MODE) == 2);
    }

    private void act(BigSkyCommand command) {
        switch (command) {
            case LAMP_START:
                model.startLamp();
                break;
            case LAMP_STOP:
                model.stopAll();
                break;
            case LAMP_SIMMER:
                model.simmer();
                break;
            case QSWITCH_START:
                model.startQswitch();
                break;
            case QSWITCH_STOP:
                model.stopQswitch();
                break;
            case QSWITCH_SINGLE:
                model.singleQswitch();
                break;
            default:
                break; // a query
        }
    }

    private void set(BigSkyCommand command, int value) {
        if (BigSkySettings.COMMANDS.contains(command)) {
            setSetting(command, value);
            return;
        }
        switch (command) {
            case SHUTTER:
                model.setShutter(value == 1);
                break;
            case WATER_PUMP:
                model.setPump(value == 1);
                break;
            case LAMP_USER_COUNTER:
                model.counters().lampUser = 0;
                break;
            case QSWITCH_USER_COUNTER:
                model.counters().qswitchUser = 0;
                break;
            case LOAD_CONFIGURATION:
                model.loadConfiguration(value);
                break;
            case SAVE_CONFIGURATION:
                model.saveConfiguration(value);
                break;
            default:
                break;
        }
    }

    private void setSetting(BigSkyCommand command, int requested) {
        if (!takes(command, requested)) {
            return;
        }
        int value = requested;
        if (BigSkySettings.NUMERIC.contains(command) && model.takeMisapply()) {
            value = takes(command, requested + 1) ? requested + 1 : requested - 1;
            model.ledger().record(FaultKind.MISAPPLY, command.mnemonic() + requested + " applied as " + value);
        }
        model.applySetting(command, value);
    }

    /** Whether the unit takes {@code value} for {@code command} now (factory limits, lamp stopped for mode changes). */
    private boolean takes(BigSkyCommand command, int value) {
        if (!command.argument().accepts(value)) {
            return false;
        }
        BigSkyConfig config = model.config();
        switch (command) {
            case FLASHLAMP_VOLTAGE:
                return value >= config.voltageMinimum() && value <= config.voltageMaximum();
            case QSWITCH_DELAY:
                return value >= config.qswitchDelayMinimum() && value <= config.qswitchDelayMaximum();
            case QSWITCH_MODE:
            case LAMP_TRIGGER:
                return model.lamp() == BigSkyModel.Lamp.STOP;
            default:
                return true;
        }
    }

    private int coolingCelsius() {
        return model.openInputs().contains(InterlockInput.TEMPERATURE)
                ? model.config().overTemperatureCelsius() : model.config().coolingCelsius();
    }

    private int capacitorVolts(double fraction) {
        if (model.lamp() == BigSkyModel.Lamp.STOP) {
            return 0;
        }
        return (int) Math.round(model.settings().get(BigSkyCommand.FLASHLAMP_VOLTAGE) * fraction);
    }

    private BigSkyReply runTime() {
        long minutes = model.config().runTimeAtStart().toMinutes() + model.secondsRunning() / 60;
        minutes = Math.min(minutes, 9999L * 60 + 59);
        return new BigSkyReply.RunTime((int) (minutes / 60), (int) (minutes % 60));
    }

    private BigSkyReply countdown(ReplyLayout layout, BigSkyCommand preset) {
        return new BigSkyReply.Countdown(layout, model.remainingSeconds(preset));
    }

    private static BigSkyReply reading(ReplyLayout layout, int value) {
        if (layout.family() == ReplyLayout.Family.COUNTDOWN) {
            return new BigSkyReply.Countdown(layout, value);
        }
        return numeric(layout, value);
    }

    private static BigSkyReply numeric(ReplyLayout layout, long value) {
        return new BigSkyReply.NumericReading(layout, (int) value);
    }
}
