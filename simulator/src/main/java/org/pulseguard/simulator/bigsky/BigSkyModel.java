package org.pulseguard.simulator.bigsky;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.FiringState;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.UnitModel;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.model.EnergyNoise;
import org.pulseguard.simulator.model.ShotClock;

/**
 * The Big Sky / CFR treatment unit's deterministic model (laser-protocols.md section 1;
 * simulator/README.md "Big Sky unit"): pump, flashlamp (STOP, SIMMER, START at F), Q-switch (STOP,
 * SINGLE, START in auto, burst or external mode), shutter, interlocks, lamp and Q-switch counters,
 * time-out countdowns and pulse energy. Time only moves through {@link #advanceTo(long)} and the
 * time given with each input, so a test drives minutes of device time in microseconds.
 *
 * <p>Lamp shot k fires at {@code start + k / F}; at each shot the Q-switch fires if it is started,
 * QOF is 1, the shutter is open, no interlock is open and its mode says so (auto: every QSF-th
 * shot; burst: the next QSP shots; external: while the footswitch, the external trigger, is held).
 * Due at the same instant: the lamp shot first, then the time-outs. An interlock opening stops the
 * lamp and the Q-switch and closes the shutter at once.
 *
 * <p>Not thread-safe: {@link BigSkyUnit} serialises access.
 */
public final class BigSkyModel implements UnitModel {
    /** The flashlamp: stopped, simmering, or firing at F (simmer on as well). */
    public enum Lamp { STOP, SIMMER, START }

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final BigSkyConfig config;
    private final FaultLedger ledger;
    private final EnergyNoise noise;
    private final ShotClock lampClock = new ShotClock();
    private final EnumSet<InterlockInput> open = EnumSet.noneOf(InterlockInput.class);
    private final BigSkySettings[] slots = new BigSkySettings[5];
    private final BigSkyCounters counters;
    private final long startedAt;

    private long now;
    private BigSkySettings settings;
    private int configuration;
    private int lastSaved;
    private boolean pump;
    private Lamp lamp;
    private FiringState qswitch;
    private boolean shutterOpen;
    private boolean footswitch;
    private int burstLeft;
    private long lampShotsSinceQswitchStart;
    private long simmerSince;
    private long firingSince;
    private long qswitchSince;
    private boolean misapplyPending;

    /** Powers the unit up at {@code powerUpNanos}: pump on, lamp and Q-switch stopped, shutter closed. */
    public BigSkyModel(BigSkyConfig config, FaultLedger ledger, long powerUpNanos) {
        this.config = Objects.requireNonNull(config, "config");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.noise = new EnergyNoise(config.seed(), config.noiseSigma());
        this.counters = new BigSkyCounters(config);
        this.startedAt = powerUpNanos;
        this.now = powerUpNanos;
        slots[1] = config.powerUpSettings();
        powerUp();
    }

    /** Runs every timed action due up to {@code nanos}; time never goes backwards. */
    public void advanceTo(long nanos) {
        long target = Math.max(nanos, now);
        for (long due = nextDue(); due <= target; due = nextDue()) {
            now = due;
            if (lampClock.nextAt() == due) {
                lampShot();
            }
            expireTimeouts();
        }
        now = target;
    }

    /** Presses or releases the footswitch (the external Q-switch trigger) at {@code nanos}. */
    public void setFootswitch(boolean pressed, long nanos) {
        advanceTo(nanos);
        footswitch = pressed;
    }

    /** Opens or closes a physical input at {@code nanos}; an opening trips the unit. */
    public void setInput(InterlockInput input, boolean opened, long nanos) {
        advanceTo(nanos);
        if (opened ? open.add(input) : open.remove(input)) {
            if (opened) {
                trip();
            }
        }
    }

    /** Pulses fired from the unit's own panel at the set voltage: a lamp shot and a Q-switch pulse each, counted. */
    @Override
    public void fireLocally(int pulses, long nanos) {
        advanceTo(nanos);
        double nominal = config.energyCurve().millijoules(settings.get(BigSkyCommand.FLASHLAMP_VOLTAGE));
        for (int i = 0; i < pulses; i++) {
            counters.countLampShot();
            counters.countPulse(nominal * noise.nextFactor(now));
        }
    }

    /** Power cycle at {@code nanos}: configuration 1 loaded, pump on, everything else stopped; counters kept. */
    public void reboot(long nanos) {
        advanceTo(nanos);
        powerUp();
    }

    /** Safe state after an internal error: lamp and Q-switch stopped, shutter closed. */
    public void failSafe(long nanos) {
        advanceTo(nanos);
        trip();
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

    // ---- the ladder, as the command handler drives it (at the model's current time) ----

    /** {@code A}: lamp to START unless an interlock is open (then nothing changes); ROF 1 opens the shutter. */
    boolean startLamp() {
        if (!interlocksClosed()) {
            return false;
        }
        if (lamp != Lamp.START) {
            lamp = Lamp.START;
            firingSince = now;
            lampClock.start(now, settings.get(BigSkyCommand.LAMP_RATE));
            if (settings.get(BigSkyCommand.SHUTTER_AT_RUN) == 1) {
                shutterOpen = true;
            }
        }
        return true;
    }

    /** {@code S}: stops everything (lamp, simmer, Q-switch) and closes the shutter. */
    void stopAll() {
        lamp = Lamp.STOP;
        lampClock.stop();
        qswitch = FiringState.STOP;
        shutterOpen = false;
    }

    /** {@code M}: lamp to SIMMER (firing stops) unless an interlock is open. */
    boolean simmer() {
        if (!interlocksClosed()) {
            return false;
        }
        if (lamp != Lamp.SIMMER) {
            lamp = Lamp.SIMMER;
            lampClock.stop();
            simmerSince = now;
        }
        return true;
    }

    /** {@code PQ}: Q-switch to START unless an interlock is open. */
    boolean startQswitch() {
        if (!interlocksClosed()) {
            return false;
        }
        if (qswitch != FiringState.START) {
            qswitch = FiringState.START;
            qswitchSince = now;
            burstLeft = settings.get(BigSkyCommand.QSWITCH_BURST_COUNT);
            lampShotsSinceQswitchStart = 0;
        }
        return true;
    }

    /** {@code SQ}. */
    void stopQswitch() {
        qswitch = FiringState.STOP;
    }

    /** {@code OQ}: one Q-switch shot on the next lamp shot that allows it, unless an interlock is open. */
    boolean singleQswitch() {
        if (!interlocksClosed()) {
            return false;
        }
        qswitch = FiringState.SINGLE;
        qswitchSince = now;
        return true;
    }

    /** {@code R0}/{@code R1}; opening is refused while an interlock is open. */
    boolean setShutter(boolean opened) {
        if (opened && !interlocksClosed()) {
            return false;
        }
        shutterOpen = opened;
        return true;
    }

    /** {@code P0}/{@code P1}; with the pump off the water-flow interlock opens. */
    void setPump(boolean on) {
        pump = on;
        if (!on) {
            trip();
        }
    }

    /**
     * Applies a stored setting already checked by the handler; a new F while firing restarts the
     * lamp schedule, and a time-out preset ({@code CLS CLC CLQ}) written while its function runs
     * reloads its countdown from now [inferred: a countdown preset that restarts when written; the
     * host renews the Q-switch countdown this way as a dead-man, docs/protocol/bigsky.md].
     */
    void applySetting(BigSkyCommand command, int value) {
        settings = settings.with(command, value);
        if (command == BigSkyCommand.LAMP_RATE && lamp == Lamp.START) {
            lampClock.start(now, value);
        } else if (command == BigSkyCommand.QSWITCH_TIMEOUT_PRESET && qswitch != FiringState.STOP) {
            qswitchSince = now;
        } else if (command == BigSkyCommand.FIRING_TIMEOUT_PRESET && lamp == Lamp.START) {
            firingSince = now;
        } else if (command == BigSkyCommand.SIMMER_TIMEOUT_PRESET && lamp == Lamp.SIMMER) {
            simmerSince = now;
        }
    }

    /** {@code CFGn}: loads slot n (power-up settings if never saved); refused unless the lamp is stopped. */
    boolean loadConfiguration(int slot) {
        if (lamp != Lamp.STOP) {
            return false;
        }
        settings = slots[slot] != null ? slots[slot] : config.powerUpSettings();
        configuration = slot;
        return true;
    }

    /** {@code SAVn}. */
    void saveConfiguration(int slot) {
        slots[slot] = settings;
        lastSaved = slot;
    }

    /** True once per armed misapply (the caller then applies a neighbouring value). */
    boolean takeMisapply() {
        boolean pending = misapplyPending;
        misapplyPending = false;
        return pending;
    }

    // ---- readings ----

    BigSkyConfig config() { return config; }
    FaultLedger ledger() { return ledger; }
    BigSkySettings settings() { return settings; }
    BigSkyCounters counters() { return counters; }
    int configuration() { return configuration; }
    int lastSaved() { return lastSaved; }
    boolean pump() { return pump; }
    Lamp lamp() { return lamp; }
    FiringState qswitch() { return qswitch; }
    boolean shutterOpen() { return shutterOpen; }
    boolean footswitch() { return footswitch; }
    boolean misapplyPending() { return misapplyPending; }

    Set<InterlockInput> openInputs() {
        return open.isEmpty() ? Set.of() : EnumSet.copyOf(open);
    }

    EnergyNoise noise() {
        return noise;
    }

    /** True if no {@code IF}/{@code IF2} bit is set (WOR I = 0). */
    boolean interlocksClosed() {
        return BigSkyInterlocks.lampBits(this) == 0 && BigSkyInterlocks.lampBits2(this) == 0;
    }

    /** Seconds of device time since the simulator started. */
    long secondsRunning() {
        return (now - startedAt) / NANOS_PER_SECOND;
    }

    /** Seconds left on a time-out countdown (rounded up); 0 while its function does not run. */
    int remainingSeconds(BigSkyCommand preset) {
        long since;
        if (preset == BigSkyCommand.SIMMER_TIMEOUT_PRESET && lamp == Lamp.SIMMER) {
            since = simmerSince;
        } else if (preset == BigSkyCommand.FIRING_TIMEOUT_PRESET && lamp == Lamp.START) {
            since = firingSince;
        } else if (preset == BigSkyCommand.QSWITCH_TIMEOUT_PRESET && qswitch != FiringState.STOP) {
            since = qswitchSince;
        } else {
            return 0;
        }
        long left = settings.get(preset) * NANOS_PER_SECOND - (now - since);
        return (int) Math.max(0, -Math.floorDiv(-left, NANOS_PER_SECOND));
    }

    // ---- internals ----

    private void powerUp() {
        settings = slots[1];
        configuration = 1;
        lastSaved = 1;
        pump = true;
        lamp = Lamp.STOP;
        lampClock.stop();
        qswitch = FiringState.STOP;
        shutterOpen = false;
        misapplyPending = false;
    }

    /** An interlock opened (or the pump stopped): lamp and Q-switch stop, the shutter closes. */
    private void trip() {
        stopAll();
    }

    private long nextDue() {
        return Math.min(lampClock.nextAt(), Math.min(expiry(BigSkyCommand.SIMMER_TIMEOUT_PRESET),
                Math.min(expiry(BigSkyCommand.FIRING_TIMEOUT_PRESET), expiry(BigSkyCommand.QSWITCH_TIMEOUT_PRESET))));
    }

    /** When the time-out {@code preset} stops its function, or never (L0, preset 0, function not running). */
    private long expiry(BigSkyCommand preset) {
        int seconds = settings.get(preset);
        if (settings.get(BigSkyCommand.TIMEOUT_FUNCTION) != 1 || seconds == 0 || remainingSince(preset) < 0) {
            return Long.MAX_VALUE;
        }
        return remainingSince(preset) + seconds * NANOS_PER_SECOND;
    }

    private long remainingSince(BigSkyCommand preset) {
        if (preset == BigSkyCommand.SIMMER_TIMEOUT_PRESET) {
            return lamp == Lamp.SIMMER ? simmerSince : -1;
        }
        if (preset == BigSkyCommand.FIRING_TIMEOUT_PRESET) {
            return lamp == Lamp.START ? firingSince : -1;
        }
        return qswitch != FiringState.STOP ? qswitchSince : -1;
    }

    private void expireTimeouts() {
        if (now >= expiry(BigSkyCommand.FIRING_TIMEOUT_PRESET)) {
            lamp = Lamp.SIMMER;
            lampClock.stop();
            simmerSince = now;
            counters.timeoutStops++;
        }
        if (now >= expiry(BigSkyCommand.QSWITCH_TIMEOUT_PRESET)) {
            qswitch = FiringState.STOP;
            counters.timeoutStops++;
        }
        if (now >= expiry(BigSkyCommand.SIMMER_TIMEOUT_PRESET)) {
            lamp = Lamp.STOP;
            counters.timeoutStops++;
        }
    }

    private void lampShot() {
        lampClock.fired();
        counters.countLampShot();
        if (qswitch == FiringState.STOP) {
            return;
        }
        int mode = settings.get(BigSkyCommand.QSWITCH_MODE);
        boolean trigger;
        if (qswitch == FiringState.SINGLE) {
            trigger = mode != 2 || footswitch;
        } else if (mode == 0) {
            lampShotsSinceQswitchStart++;
            trigger = lampShotsSinceQswitchStart % settings.get(BigSkyCommand.QSWITCH_DIVIDER) == 0;
        } else if (mode == 1) {
            trigger = burstLeft > 0;
        } else {
            trigger = footswitch;
        }
        if (!trigger || settings.get(BigSkyCommand.QSWITCH_AT_RUN) != 1 || !shutterOpen || !interlocksClosed()) {
            return;
        }
        double nominal = config.energyCurve().millijoules(settings.get(BigSkyCommand.FLASHLAMP_VOLTAGE));
        counters.countPulse(nominal * noise.nextFactor(now));
        if (qswitch == FiringState.SINGLE) {
            qswitch = FiringState.STOP;
        } else if (mode == 1 && --burstLeft == 0) {
            qswitch = FiringState.STOP;
        }
    }
}
