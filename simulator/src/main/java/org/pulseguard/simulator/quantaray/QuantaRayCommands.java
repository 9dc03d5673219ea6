package org.pulseguard.simulator.quantaray;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.protocol.quantaray.ErrorHistory;
import org.pulseguard.protocol.quantaray.QuantaRayLimits;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.protocol.quantaray.QuestionableBit;
import org.pulseguard.protocol.quantaray.QuestionableRegister;
import org.pulseguard.protocol.quantaray.StatusBit;
import org.pulseguard.protocol.quantaray.StatusRegister;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.fault.FaultKind;

/**
 * The Quanta-Ray unit's answer to every command of the table (docs/protocol/quantaray.md section
 * 3): acts on the {@link QuantaRayModel} and returns the reply of a query, or nothing for a set or
 * action command. Not thread-safe; called under the unit's lock.
 */
final class QuantaRayCommands {
    /** {@code HELP}: five lines, as the golden transcript has them. */
    static final List<String> HELP = List.of("ON OFF *IDN? *STB? STAT:QUES? *RST? HELP",
            "LAMP FIX/EXT/VAR/INH [rate] LAMP VAR? READ:VAR?",
            "QSW LONG/EXT/NORM/SING/FIR/REP QSW? ADV n QSW ADV? QSW DEL n QSW DEL?",
            "OPFN n APFN n READ:OPFN? READ:APFN? READ:OMON? READ:AMON? READ:QSWADV?",
            "SHOT? WATC n ECH n BAUD n READ:HIST?");
    /** Monitored PFN voltages and the measured lamp trigger rate as fractions of their settings. [inferred] */
    private static final double OSCILLATOR_MONITOR = 0.996;
    private static final double AMPLIFIER_MONITOR = 0.998;
    private static final double MEASURED_RATE = 0.995;

    private final QuantaRayModel model;

    QuantaRayCommands(QuantaRayModel model) {
        this.model = model;
    }

    /** Executes an accepted request; the reply of a query, empty for a command that gets none. */
    Optional<QuantaRayReply> execute(QuantaRayRequest request) {
        model.commandArrived();
        if (request instanceof QuantaRayRequest.Plain) {
            return plain(request);
        }
        set(request);
        return Optional.empty();
    }

    private Optional<QuantaRayReply> plain(QuantaRayRequest request) {
        switch (request.command()) {
            case ON:
                model.turnOn();
                return Optional.empty();
            case OFF:
            case RESET:
                model.turnOff();
                return Optional.empty();
            default:
                return Optional.of(query(request));
        }
    }

    private QuantaRayReply query(QuantaRayRequest request) {
        switch (request.command()) {
            case IDENTIFY:
                return new QuantaRayReply.Identity(model.config().identity());
            case HELP:
                return new QuantaRayReply.HelpText(HELP);
            case LAMP_RATE_QUERY:
                return new QuantaRayReply.LampRate(model.variableRate());
            case QSWITCH_QUERY:
                return new QuantaRayReply.QswitchSetting(model.mode());
            case ADVANCED_SYNC_QUERY:
            case READ_ADVANCED_SYNC:
                return new QuantaRayReply.SyncDelay(model.advancedSync());
            case QSWITCH_DELAY_QUERY:
                return new QuantaRayReply.SyncDelay(model.qswitchDelay());
            case READ_OSCILLATOR_PFN:
                return new QuantaRayReply.PfnPercent(model.oscillatorPfn());
            case READ_AMPLIFIER_PFN:
                return new QuantaRayReply.PfnPercent(model.amplifierPfn());
            case READ_OSCILLATOR_MONITOR:
                return new QuantaRayReply.PfnPercent(monitor(model.oscillatorPfn(), OSCILLATOR_MONITOR));
            case READ_AMPLIFIER_MONITOR:
                return new QuantaRayReply.PfnPercent(monitor(model.amplifierPfn(), AMPLIFIER_MONITOR));
            case READ_LAMP_RATE:
                int rate = model.simmer() ? model.lampRate() : 0;
                return new QuantaRayReply.LampRate((int) Math.round(rate * MEASURED_RATE));
            case SHOT_COUNT:
                return new QuantaRayReply.ShotCount(model.shots());
            case STATUS:
                return status();
            case QUESTIONABLE:
                return questionable();
            default:
                return new ErrorHistory(model.clockSeconds(), model.history());
        }
    }

    private void set(QuantaRayRequest request) {
        if (request instanceof QuantaRayRequest.SetLamp) {
            model.setLamp(((QuantaRayRequest.SetLamp) request).trigger(), 0);
        } else if (request instanceof QuantaRayRequest.SetLampWithRate) {
            QuantaRayRequest.SetLampWithRate lamp = (QuantaRayRequest.SetLampWithRate) request;
            model.setLamp(lamp.trigger(), misapplied("LAMP rate", lamp.rateCentihertz(), 100, 1,
                    QuantaRayLimits.MAX_RATE_CENTIHERTZ));
        } else if (request instanceof QuantaRayRequest.SetQswitch) {
            model.setQswitch(((QuantaRayRequest.SetQswitch) request).action());
        } else if (request instanceof QuantaRayRequest.SetAdvancedSync) {
            model.setAdvancedSync(misapplied("ADV", ((QuantaRayRequest.SetAdvancedSync) request).microseconds(), 1, 0,
                    QuantaRayLimits.MAX_DELAY_MICROSECONDS));
        } else if (request instanceof QuantaRayRequest.SetQswitchDelay) {
            model.setQswitchDelay(misapplied("QSW DEL", ((QuantaRayRequest.SetQswitchDelay) request).microseconds(),
                    1, 0, QuantaRayLimits.MAX_DELAY_MICROSECONDS));
        } else if (request instanceof QuantaRayRequest.SetOscillatorPfn) {
            model.setOscillatorPfn(misapplied("OPFN", ((QuantaRayRequest.SetOscillatorPfn) request).tenthsPercent(),
                    10, 0, QuantaRayLimits.MAX_TENTHS_PERCENT));
        } else if (request instanceof QuantaRayRequest.SetAmplifierPfn) {
            model.setAmplifierPfn(misapplied("APFN", ((QuantaRayRequest.SetAmplifierPfn) request).tenthsPercent(),
                    10, 0, QuantaRayLimits.MAX_TENTHS_PERCENT));
        } else if (request instanceof QuantaRayRequest.SetWatchdog) {
            model.setWatchdog(((QuantaRayRequest.SetWatchdog) request).seconds());
        } else if (request instanceof QuantaRayRequest.SetEchoMode) {
            model.setEcho(((QuantaRayRequest.SetEchoMode) request).mode());
        } else if (request instanceof QuantaRayRequest.SetBaudRate) {
            model.setBaud(((QuantaRayRequest.SetBaudRate) request).baud());
        }
    }

    /** {@code value}, or one {@code step} off it (up if it fits, else down) when a misapply is armed. */
    private int misapplied(String what, int value, int step, int min, int max) {
        if (!model.takeMisapply()) {
            return value;
        }
        int applied = value + step <= max ? value + step : Math.max(min, value - step);
        model.ledger().record(FaultKind.MISAPPLY, what + " " + value + " applied as " + applied);
        return applied;
    }

    StatusRegister status() {
        Set<StatusBit> bits = EnumSet.of(StatusBit.COMPUTER_IN_CONTROL);
        Set<InterlockInput> open = model.openInputs();
        add(bits, StatusBit.EMISSION_POSSIBLE, model.emissionPossible());
        add(bits, StatusBit.ERROR_LOG_NOT_EMPTY, !model.history().isEmpty());
        add(bits, StatusBit.CHECK_QUESTIONABLE_REGISTER, questionable().bits() != 0);
        add(bits, StatusBit.MAIN_CONTACTOR_ENERGIZED, model.contactor());
        add(bits, StatusBit.OSCILLATOR_SIMMER_ON, model.simmer());
        add(bits, StatusBit.RECENTLY_FIRED, model.recentlyFired());
        add(bits, StatusBit.COVER_INTERLOCK_OPEN, open.contains(InterlockInput.COVER));
        add(bits, StatusBit.INTERLOCK_OPEN, !open.isEmpty());
        add(bits, StatusBit.LOW_WATER, open.contains(InterlockInput.WATER_FLOW));
        return StatusRegister.of(bits);
    }

    QuestionableRegister questionable() {
        Set<InterlockInput> open = model.openInputs();
        long bits = 0;
        if (open.contains(InterlockInput.WATER_FLOW)) {
            bits |= QuestionableBit.DEIONIZED_WATER_LOW.mask();
        }
        if (open.contains(InterlockInput.TEMPERATURE)) {
            bits |= QuestionableBit.OSC_HVPS1_OVER_TEMPERATURE.mask();
        }
        return new QuestionableRegister(bits);
    }

    private int monitor(int setting, double fraction) {
        return model.contactor() ? (int) Math.round(setting * fraction) : 0;
    }

    private static void add(Set<StatusBit> bits, StatusBit bit, boolean set) {
        if (set) {
            bits.add(bit);
        }
    }
}
