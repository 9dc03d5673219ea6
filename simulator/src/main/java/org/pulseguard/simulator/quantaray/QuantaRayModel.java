package org.pulseguard.simulator.quantaray;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pulseguard.protocol.quantaray.EchoMode;
import org.pulseguard.protocol.quantaray.ErrorHistory;
import org.pulseguard.protocol.quantaray.LampTrigger;
import org.pulseguard.protocol.quantaray.QswitchAction;
import org.pulseguard.protocol.quantaray.QuantaRayLimits;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.UnitModel;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.model.EnergyNoise;
import org.pulseguard.simulator.model.ShotClock;

/**
 * The Quanta-Ray treatment unit's deterministic model (laser-protocols.md section 2;
 * simulator/README.md "Quanta-Ray unit"): OFF, ON (contactor) with a warm-up to oscillator simmer,
 * the lamp firing at its trigger rate while simmering, the Q-switch mode, the host watchdog
 * ({@code WATC}), interlocks, the shot counter, the error history and pulse energy. Time only
 * moves through {@link #advanceTo(long)} and the time given with each input.
 *
 * <p>While simmering, lamp shot k fires at {@code start + k / rate}; at each shot the Q-switch fires
 * if no input is open, the footswitch is held and the mode is REP or EXT (or a {@code QSW FIR} is
 * pending). Due at the same instant: warm-up end, watchdog expiry, lamp shot. The watchdog, when
 * set, turns the unit OFF if no accepted command arrived for its period while the unit is ON.
 *
 * <p>Not thread-safe: {@link QuantaRayUnit} serialises access.
 */
public final class QuantaRayModel implements UnitModel {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final QuantaRayConfig config;
    private final FaultLedger ledger;
    private final EnergyNoise noise;
    private final ShotClock lampClock = new ShotClock();
    private final EnumSet<InterlockInput> open = EnumSet.noneOf(InterlockInput.class);
    private final Deque<ErrorHistory.Entry> history = new ArrayDeque<>();
    private final long startedAt;

    private long now;
    private boolean contactor;
    private boolean simmer;
    private long simmerAt;
    private QswitchAction mode;
    private boolean firePending;
    private LampTrigger lampTrigger;
    private int variableRate;
    private int oscillatorPfn;
    private int amplifierPfn;
    private int advancedSync;
    private int qswitchDelay;
    private int watchdogSeconds;
    private long lastCommandAt;
    private EchoMode echo;
    private int baud;
    private boolean footswitch;
    private boolean misapplyPending;
    private long shots;
    private long emitted;
    private long lastFiredAt = Long.MIN_VALUE;
    private double lastPulseMillijoules;
    private long watchdogExpiries;

    /** Powers the unit up at {@code powerUpNanos}: OFF, power-up settings, no watchdog. */
    public QuantaRayModel(QuantaRayConfig config, FaultLedger ledger, long powerUpNanos) {
        this.config = Objects.requireNonNull(config, "config");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.noise = new EnergyNoise(config.seed(), config.noiseSigma());
        this.shots = config.shotsAtStart();
        this.startedAt = powerUpNanos;
        this.now = powerUpNanos;
        powerUp();
    }

    /** Runs every timed action due up to {@code nanos}; time never goes backwards. */
    public void advanceTo(long nanos) {
        long target = Math.max(nanos, now);
        for (long due = nextDue(); due <= target; due = nextDue()) {
            now = due;
            if (contactor && !simmer && simmerAt <= now) {
                simmer = true;
                updateLampClock();
            }
            if (watchdogDue() <= now) {
                watchdogExpiries++;
                remember(QuantaRayHistoryCode.WATCHDOG_EXPIRED);
                turnOff();
            }
            if (lampClock.nextAt() <= now) {
                lampShot();
            }
        }
        now = target;
    }

    /** Presses or releases the footswitch at {@code nanos}. */
    public void setFootswitch(boolean pressed, long nanos) {
        advanceTo(nanos);
        footswitch = pressed;
    }

    /**
     * Opens or closes a physical input at {@code nanos}. An opening stops firing (the Q-switch drops
     * to SING) and is remembered in the error history; the key switch and the emergency-stop button
     * also open the main contactor (OFF).
     */
    public void setInput(InterlockInput input, boolean opened, long nanos) {
        advanceTo(nanos);
        if (!(opened ? open.add(input) : open.remove(input)) || !opened) {
            return;
        }
        remember(QuantaRayHistoryCode.forInput(input));
        dropToSingle();
        if (input == InterlockInput.KEY || input == InterlockInput.EMERGENCY_STOP) {
            turnOff();
        }
    }

    /** Pulses fired from the unit's own panel at the set PFN: the shot counter advances, nothing is reported. */
    @Override
    public void fireLocally(int pulses, long nanos) {
        advanceTo(nanos);
        double nominal = config.energyCurve().millijoules(oscillatorPfn / 10.0);
        for (int i = 0; i < pulses; i++) {
            lastPulseMillijoules = nominal * noise.nextFactor(now);
            shots = shots >= QuantaRayLimits.MAX_UNSIGNED_32 ? 0 : shots + 1;
            emitted++;
        }
    }

    /** Power cycle: OFF, settings, echo mode, watchdog and baud rate back to power-up; counter and history kept. */
    public void reboot(long nanos) {
        advanceTo(nanos);
        powerUp();
    }

    /** Safe state after an internal error: no firing until re-armed. */
    public void failSafe(long nanos) {
        advanceTo(nanos);
        dropToSingle();
    }

    /** Energy drift of {@code fractionPerMinute} from {@code nanos} on (0 removes it). */
    public void setEnergyDrift(double fractionPerMinute, long nanos) {
        advanceTo(nanos);
        noise.setDrift(fractionPerMinute, now);
    }

    /** Energy step offset (0 removes it). */
    public void setEnergyOffset(double fraction) {
        noise.setOffset(fraction);
    }

    /** Whether the next accepted numeric setting is applied one step off. */
    public void setMisapplyPending(boolean pending) {
        misapplyPending = pending;
    }

    // ---- the ladder and settings, as the command handler drives them (at the model's current time) ----

    /** Any accepted command feeds the watchdog. */
    void commandArrived() {
        lastCommandAt = now;
    }

    /** {@code ON}: the contactor closes and the warm-up starts; refused (stays OFF) with the key off or e-stop pressed. */
    void turnOn() {
        if (contactor || open.contains(InterlockInput.KEY) || open.contains(InterlockInput.EMERGENCY_STOP)) {
            return;
        }
        contactor = true;
        simmer = false;
        simmerAt = now + config.warmUp().toNanos();
    }

    /** {@code OFF}, {@code *RST?}, watchdog expiry: contactor open, simmer off, Q-switch SING. */
    void turnOff() {
        contactor = false;
        simmer = false;
        mode = QswitchAction.SING;
        firePending = false;
        lampClock.stop();
    }

    /** {@code QSW <word>}: REP and EXT (and FIR) are refused while an input is open. */
    void setQswitch(QswitchAction action) {
        boolean firing = action == QswitchAction.REP || action == QswitchAction.EXT || action == QswitchAction.FIR;
        if (firing && !interlocksClosed()) {
            dropToSingle();
            return;
        }
        if (action == QswitchAction.FIR) {
            firePending = true;
        } else {
            mode = action;
        }
    }

    /** {@code LAMP <word> [rate]}; a rate goes to the variable-rate trigger. */
    void setLamp(LampTrigger trigger, int rateCentihertz) {
        lampTrigger = trigger;
        if (rateCentihertz > 0) {
            variableRate = rateCentihertz;
        }
        updateLampClock();
    }

    void setOscillatorPfn(int tenths) {
        oscillatorPfn = tenths;
    }

    void setAmplifierPfn(int tenths) {
        amplifierPfn = tenths;
    }

    void setAdvancedSync(int micros) {
        advancedSync = micros;
    }

    void setQswitchDelay(int micros) {
        qswitchDelay = micros;
    }

    void setWatchdog(int seconds) {
        watchdogSeconds = seconds;
    }

    void setEcho(EchoMode mode) {
        echo = mode;
    }

    void setBaud(int rate) {
        baud = rate;
    }

    /** True once per armed misapply (the caller then applies a neighbouring value). */
    boolean takeMisapply() {
        boolean pending = misapplyPending;
        misapplyPending = false;
        return pending;
    }

    // ---- readings ----

    QuantaRayConfig config() { return config; }
    FaultLedger ledger() { return ledger; }
    EnergyNoise noise() { return noise; }
    boolean contactor() { return contactor; }
    boolean simmer() { return simmer; }
    QswitchAction mode() { return mode; }
    boolean firePending() { return firePending; }
    LampTrigger lampTrigger() { return lampTrigger; }
    int variableRate() { return variableRate; }
    int oscillatorPfn() { return oscillatorPfn; }
    int amplifierPfn() { return amplifierPfn; }
    int advancedSync() { return advancedSync; }
    int qswitchDelay() { return qswitchDelay; }
    int watchdogSeconds() { return watchdogSeconds; }
    EchoMode echo() { return echo; }
    int baud() { return baud; }
    boolean footswitch() { return footswitch; }
    boolean misapplyPending() { return misapplyPending; }
    long shots() { return shots; }
    long emitted() { return emitted; }
    double lastPulseMillijoules() { return lastPulseMillijoules; }
    long watchdogExpiries() { return watchdogExpiries; }

    Set<InterlockInput> openInputs() {
        return open.isEmpty() ? Set.of() : EnumSet.copyOf(open);
    }

    boolean interlocksClosed() {
        return open.isEmpty();
    }

    /** The lamp trigger rate in force, centihertz: FIX 10 Hz, VAR its setting, EXT and INH none. */
    int lampRate() {
        switch (lampTrigger) {
            case FIX:
                return config.fixedRateCentihertz();
            case VAR:
                return variableRate;
            default:
                return 0;
        }
    }

    /** Whether a trigger would fire the Q-switch now ({@code *STB?} bit 0). */
    boolean emissionPossible() {
        boolean armed = mode == QswitchAction.REP || mode == QswitchAction.EXT || firePending;
        return simmer && interlocksClosed() && lampRate() > 0 && armed;
    }

    boolean recentlyFired() {
        return lastFiredAt != Long.MIN_VALUE && now - lastFiredAt < config.recentlyFired().toNanos();
    }

    /** Seconds on the unit's clock (since the simulator started). */
    long clockSeconds() {
        return (now - startedAt) / NANOS_PER_SECOND;
    }

    /** The error history, most recent first. */
    List<ErrorHistory.Entry> history() {
        return List.copyOf(history);
    }

    // ---- internals ----

    private void powerUp() {
        turnOff();
        lampTrigger = LampTrigger.FIX;
        variableRate = config.powerUpVariableRateCentihertz();
        oscillatorPfn = config.powerUpOscillatorPfn();
        amplifierPfn = config.powerUpAmplifierPfn();
        advancedSync = config.powerUpAdvancedSync();
        qswitchDelay = config.powerUpQswitchDelay();
        watchdogSeconds = 0;
        lastCommandAt = now;
        echo = EchoMode.POWER_UP;
        baud = config.link().lineSettings().baud();
        misapplyPending = false;
        lastFiredAt = Long.MIN_VALUE;
    }

    private void dropToSingle() {
        if (mode == QswitchAction.REP || mode == QswitchAction.EXT) {
            mode = QswitchAction.SING;
        }
        firePending = false;
    }

    private void remember(QuantaRayHistoryCode code) {
        history.addFirst(new ErrorHistory.Entry(code.code(), clockSeconds()));
        while (history.size() > QuantaRayLimits.MAX_HISTORY_ENTRIES) {
            history.removeLast();
        }
    }

    private void updateLampClock() {
        int rate = lampRate();
        if (!simmer || rate == 0) {
            lampClock.stop();
        } else if (!lampClock.running() || lampClock.rateCentihertz() != rate) {
            lampClock.start(now, rate);
        }
    }

    private long watchdogDue() {
        return contactor && watchdogSeconds > 0 ? lastCommandAt + watchdogSeconds * NANOS_PER_SECOND : Long.MAX_VALUE;
    }

    private long nextDue() {
        long warmUpEnd = contactor && !simmer ? simmerAt : Long.MAX_VALUE;
        return Math.min(warmUpEnd, Math.min(watchdogDue(), lampClock.nextAt()));
    }

    private void lampShot() {
        lampClock.fired();
        boolean armed = mode == QswitchAction.REP || mode == QswitchAction.EXT || firePending;
        if (!armed || !footswitch || !interlocksClosed()) {
            return;
        }
        firePending = false;
        double nominal = config.energyCurve().millijoules(oscillatorPfn / 10.0);
        lastPulseMillijoules = nominal * noise.nextFactor(now);
        shots = shots >= QuantaRayLimits.MAX_UNSIGNED_32 ? 0 : shots + 1;
        emitted++;
        lastFiredAt = now;
    }
}
