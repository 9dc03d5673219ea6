package org.pulseguard.device.quantaray;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.pulseguard.device.polled.FakeLineUnit;
import org.pulseguard.protocol.quantaray.EchoMode;
import org.pulseguard.protocol.quantaray.InboundLine;
import org.pulseguard.protocol.quantaray.QswitchAction;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayDeviceCodec;
import org.pulseguard.protocol.quantaray.QuantaRayLineSplitter;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.protocol.quantaray.RequestResult;
import org.pulseguard.protocol.quantaray.StatusBit;
import org.pulseguard.protocol.quantaray.StatusRegister;
import org.pulseguard.transport.SerialSettings;

/**
 * A hand-written in-memory Quanta-Ray unit: it reads what the driver writes with the device-side
 * codec, keeps a small state (contactor, simmer, Q-switch mode, PFN, shots, interlock bits,
 * watchdog) and answers every query in the power-up echo mode; set commands get nothing. With
 * {@code QSW REP} and no interlock open, emission can occur; while the footswitch is held it fires.
 * It records when each command arrived, so tests can check the watchdog was fed. Replies can be
 * scripted per command. Thread-safe (the driver's writes are handled one at a time).
 */
final class FakeQuantaRayUnit extends FakeLineUnit {
    /** Rewrites the reply bytes of one attempt; an empty array means no reply. */
    interface ReplyScript extends UnaryOperator<byte[]> {}

    static final ReplyScript DROP = reply -> new byte[0];

    static ReplyScript line(String text) {
        return reply -> (text + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<Long> commandNanos = new CopyOnWriteArrayList<>();
    private final QuantaRayLineSplitter splitter = new QuantaRayLineSplitter();
    private final Map<QuantaRayCommand, Deque<ReplyScript>> scripts = new ConcurrentHashMap<>();

    volatile String identity = "SPECTRA-PHYSICS,LAB-170-10,1234,2.01";
    volatile boolean contactorOn = true;
    volatile boolean simmerOn = true;
    volatile boolean computerInControl = true;
    volatile QswitchAction qswitch = QswitchAction.SING;
    volatile boolean footswitchHeld;
    /** {@code READ:OPFN?} after power-up and after {@link #powerUp()}. */
    static final int POWER_UP_TENTHS_PERCENT = 500;
    volatile int tenthsPercent = POWER_UP_TENTHS_PERCENT;
    volatile long shots = 5_000;
    volatile int watchdogSeconds;
    volatile Integer pfnClamp;
    final Set<StatusBit> conditions = EnumSet.noneOf(StatusBit.class);

    FakeQuantaRayUnit() {
        super("quantaray", new SerialSettings(9600, 8, 'N', 2));
    }

    void script(QuantaRayCommand command, ReplyScript... steps) {
        scripts.computeIfAbsent(command, c -> new ArrayDeque<>()).addAll(List.of(steps));
    }

    /** Sets or clears a condition bit (14 cover, 15 interlock, 20 low water, 21 interlock fault). */
    synchronized void condition(StatusBit bit, boolean set) {
        if (set) {
            conditions.add(bit);
        } else {
            conditions.remove(bit);
        }
    }

    synchronized void fire(int count) {
        if (emissionPossible() && footswitchHeld) {
            shots += count;
        }
    }

    /** What a lapsed watchdog does: the unit turns itself off. */
    synchronized void watchdogExpires() {
        contactorOn = false;
        simmerOn = false;
        qswitch = QswitchAction.SING;
    }

    /** A reboot: OFF, watchdog off, the oscillator PFN back at its power-up value; the shot count kept. */
    synchronized void powerUp() {
        watchdogExpires();
        watchdogSeconds = 0;
        tenthsPercent = POWER_UP_TENTHS_PERCENT;
    }

    @Override
    protected void onBytes(byte[] data) {
        for (InboundLine line : splitter.feed(data)) {
            commandNanos.add(System.nanoTime());
            if (line instanceof InboundLine.Line text) {
                lines.add(text.text());
            }
            if (QuantaRayDeviceCodec.parse(line) instanceof RequestResult.Accepted accepted) {
                QuantaRayReply reply = execute(accepted.request());
                if (reply != null) {
                    byte[] bytes = QuantaRayDeviceCodec.formatReply(reply, EchoMode.POWER_UP);
                    Deque<ReplyScript> script = scripts.get(accepted.request().command());
                    ReplyScript step = script == null ? null : script.poll();
                    answer(step == null ? bytes : step.apply(bytes));
                }
            }
        }
    }

    private synchronized QuantaRayReply execute(QuantaRayRequest request) {
        if (request instanceof QuantaRayRequest.SetQswitch set) {
            qswitch = set.action() == QswitchAction.FIR ? qswitch : set.action();
            return null;
        }
        if (request instanceof QuantaRayRequest.SetOscillatorPfn set) {
            tenthsPercent = pfnClamp != null ? pfnClamp : set.tenthsPercent();
            return null;
        }
        if (request instanceof QuantaRayRequest.SetWatchdog set) {
            watchdogSeconds = set.seconds();
            return null;
        }
        switch (request.command()) {
            case IDENTIFY: return new QuantaRayReply.Identity(identity);
            case STATUS: return status();
            case SHOT_COUNT: return new QuantaRayReply.ShotCount(shots);
            case READ_OSCILLATOR_PFN: return new QuantaRayReply.PfnPercent(tenthsPercent);
            case ON:
                contactorOn = true;
                return null;
            case OFF:
                contactorOn = false;
                simmerOn = false;
                qswitch = QswitchAction.SING;
                return null;
            case LAMP:
                return null;
            default:
                throw new IllegalStateException("the fake does not model " + request.text());
        }
    }

    private boolean emissionPossible() {
        return contactorOn && simmerOn && qswitch == QswitchAction.REP && conditions.stream()
                .noneMatch(b -> b == StatusBit.COVER_INTERLOCK_OPEN || b == StatusBit.INTERLOCK_OPEN
                        || b == StatusBit.LOW_WATER || b == StatusBit.INTERLOCK_FAULT);
    }

    private StatusRegister status() {
        Set<StatusBit> bits = EnumSet.noneOf(StatusBit.class);
        bits.addAll(conditions);
        if (contactorOn) {
            bits.add(StatusBit.MAIN_CONTACTOR_ENERGIZED);
        }
        if (simmerOn) {
            bits.add(StatusBit.OSCILLATOR_SIMMER_ON);
        }
        if (emissionPossible()) {
            bits.add(StatusBit.EMISSION_POSSIBLE);
            if (footswitchHeld) {
                bits.add(StatusBit.RECENTLY_FIRED);
            }
        }
        if (computerInControl) {
            bits.add(StatusBit.COMPUTER_IN_CONTROL);
        }
        return StatusRegister.of(bits);
    }
}
