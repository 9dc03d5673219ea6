package org.pulseguard.simulator.bigsky;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.BigSkyRequest;
import org.pulseguard.protocol.bigsky.FiringState;
import org.pulseguard.simulator.control.ClockedUnit;
import org.pulseguard.simulator.control.LineUnitSnapshot;
import org.pulseguard.simulator.control.UnitState;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.link.SimulatorLinkStatistics;
import org.pulseguard.simulator.model.NanoClock;

/**
 * The simulated Big Sky unit as its threads see it: a {@link BigSkyModel} read against an injected
 * {@link NanoClock}, every operation under one lock, each advancing the model to the clock's time
 * first. Thread-safe: the ticker, the protocol reader and the back door call it concurrently.
 */
public final class BigSkyUnit extends ClockedUnit<BigSkyState, BigSkyModel> {
    private final BigSkyCommands commands;

    /** Powers the unit up now. */
    public BigSkyUnit(BigSkyConfig config, NanoClock clock, FaultLedger ledger) {
        super(clock, now -> new BigSkyModel(config, ledger, now));
        this.commands = new BigSkyCommands(model);
    }

    @Override
    public String dialect() {
        return "bigsky";
    }

    /** The unit's serial number, which {@code $<serial>} must name. */
    public int serial() {
        return model.config().serial();
    }

    /** Executes an accepted request now and returns its reply. */
    public synchronized BigSkyReply execute(BigSkyRequest request) {
        model.advanceTo(clock.nanoTime());
        return commands.execute(request);
    }

    /** The reply to {@code command} with nothing changed (the answer to an out-of-range set form). */
    public synchronized BigSkyReply unchanged(BigSkyCommand command) {
        model.advanceTo(clock.nanoTime());
        return commands.reply(command);
    }

    @Override
    public synchronized LineUnitSnapshot<BigSkyState> snapshot(SimulatorLinkStatistics link, Map<FaultKind, Long> faults) {
        model.advanceTo(clock.nanoTime());
        BigSkySettings settings = model.settings();
        BigSkyCounters counters = model.counters();
        double energy = model.config().energyCurve().millijoules(settings.get(BigSkyCommand.FLASHLAMP_VOLTAGE));
        return new LineUnitSnapshot<>(dialect(), unitState(), model.openInputs(), model.footswitch(),
                counters.emitted, counters.qswitchTotal, energy, counters.lastPulseMillijoules, rateHertz(),
                counters.timeoutStops, model.noise().driftPerMinute(), model.noise().offset(),
                model.misapplyPending(), detail(), link, faults);
    }

    private BigSkyState detail() {
        Map<String, Integer> settings = new LinkedHashMap<>();
        model.settings().values().forEach((command, value) -> settings.put(command.mnemonic(), value));
        BigSkyCounters counters = model.counters();
        return new BigSkyState(serial(), model.pump(), model.lamp(), model.qswitch(), model.shutterOpen(),
                model.configuration(), settings, BigSkyInterlocks.lampBits(model), BigSkyInterlocks.lampBits2(model),
                BigSkyInterlocks.qswitchBits(model), commands.statusWord().field(), counters.lampTotal,
                counters.lampUser, counters.qswitchTotal, counters.qswitchUser,
                model.remainingSeconds(BigSkyCommand.SIMMER_TIMEOUT_PRESET),
                model.remainingSeconds(BigSkyCommand.FIRING_TIMEOUT_PRESET),
                model.remainingSeconds(BigSkyCommand.QSWITCH_TIMEOUT_PRESET));
    }

    /**
     * OFF with the pump off; ARMED when a trigger would fire the Q-switch (lamp START, shutter open,
     * QOF 1, Q-switch started or single, interlocks closed); EMITTING when armed and firing by
     * itself (QSM 0/1) or with the footswitch held (QSM 2); STANDBY otherwise.
     */
    private UnitState unitState() {
        BigSkySettings settings = model.settings();
        if (!model.pump()) {
            return UnitState.OFF;
        }
        boolean armed = model.lamp() == BigSkyModel.Lamp.START && model.shutterOpen()
                && settings.get(BigSkyCommand.QSWITCH_AT_RUN) == 1 && model.qswitch() != FiringState.STOP
                && model.interlocksClosed();
        if (!armed) {
            return UnitState.STANDBY;
        }
        boolean external = settings.get(BigSkyCommand.QSWITCH_MODE) == 2;
        return !external || model.footswitch() ? UnitState.EMITTING : UnitState.ARMED;
    }

    /** Q-switch pulse rate when triggered: F, or F / QSF in auto mode. */
    private double rateHertz() {
        BigSkySettings settings = model.settings();
        double lamp = settings.get(BigSkyCommand.LAMP_RATE) / 100.0;
        return settings.get(BigSkyCommand.QSWITCH_MODE) == 0 ? lamp / settings.get(BigSkyCommand.QSWITCH_DIVIDER) : lamp;
    }
}
