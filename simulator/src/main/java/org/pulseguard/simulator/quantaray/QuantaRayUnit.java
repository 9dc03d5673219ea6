package org.pulseguard.simulator.quantaray;

import java.util.Map;
import java.util.Optional;
import org.pulseguard.protocol.quantaray.EchoMode;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.simulator.control.ClockedUnit;
import org.pulseguard.simulator.control.LineUnitSnapshot;
import org.pulseguard.simulator.control.UnitState;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.link.SimulatorLinkStatistics;
import org.pulseguard.simulator.model.NanoClock;

/**
 * The simulated Quanta-Ray unit as its threads see it: a {@link QuantaRayModel} read against an
 * injected {@link NanoClock}, every operation under one lock, each advancing the model to the
 * clock's time first (and again after a command, so what it made due now happens now).
 * Thread-safe: the ticker, the protocol reader and the back door call it concurrently.
 */
public final class QuantaRayUnit extends ClockedUnit<QuantaRayState, QuantaRayModel> {
    private final QuantaRayCommands commands;

    /** Powers the unit up now (OFF). */
    public QuantaRayUnit(QuantaRayConfig config, NanoClock clock, FaultLedger ledger) {
        super(clock, now -> new QuantaRayModel(config, ledger, now));
        this.commands = new QuantaRayCommands(model);
    }

    @Override
    public String dialect() {
        return "quantaray";
    }

    /** Executes an accepted request now (feeding the watchdog); the reply of a query, else empty. */
    public synchronized Optional<QuantaRayReply> execute(QuantaRayRequest request) {
        long now = clock.nanoTime();
        model.advanceTo(now);
        Optional<QuantaRayReply> reply = commands.execute(request);
        model.advanceTo(now);
        return reply;
    }

    /** The echo mode in force (how replies end, whether refusals get an error line). */
    public synchronized EchoMode echoMode() {
        return model.echo();
    }

    @Override
    public synchronized LineUnitSnapshot<QuantaRayState> snapshot(SimulatorLinkStatistics link, Map<FaultKind, Long> faults) {
        model.advanceTo(clock.nanoTime());
        double energy = model.config().energyCurve().millijoules(model.oscillatorPfn() / 10.0);
        QuantaRayState detail = new QuantaRayState(model.contactor(), model.simmer(), model.mode(),
                model.firePending(), model.lampTrigger(), model.lampRate(), model.variableRate(),
                model.oscillatorPfn(), model.amplifierPfn(), model.advancedSync(), model.qswitchDelay(),
                model.watchdogSeconds(), model.echo(), model.baud(), commands.status().bits(),
                commands.questionable().bits(), model.shots(), model.history());
        return new LineUnitSnapshot<>(dialect(), unitState(), model.openInputs(), model.footswitch(), model.emitted(),
                model.shots(), energy, model.lastPulseMillijoules(), model.lampRate() / 100.0,
                model.watchdogExpiries(), model.noise().driftPerMinute(), model.noise().offset(),
                model.misapplyPending(), detail, link, faults);
    }

    /**
     * OFF with the contactor open; WARMING_UP until simmer; ARMED when a lamp shot would fire the
     * Q-switch if the footswitch were held ({@code *STB?} bit 0); EMITTING when armed and held;
     * STANDBY otherwise.
     */
    private UnitState unitState() {
        if (!model.contactor()) {
            return UnitState.OFF;
        }
        if (!model.simmer()) {
            return UnitState.WARMING_UP;
        }
        if (!model.emissionPossible()) {
            return UnitState.STANDBY;
        }
        return model.footswitch() ? UnitState.EMITTING : UnitState.ARMED;
    }
}
