package org.pulseguard.device.bigsky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.pulseguard.device.polled.FakeLineUnit;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyDeviceCodec;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.BigSkyRequest;
import org.pulseguard.protocol.bigsky.CommandLineSplitter;
import org.pulseguard.protocol.bigsky.FiringState;
import org.pulseguard.protocol.bigsky.InboundLine;
import org.pulseguard.protocol.bigsky.InterlockField;
import org.pulseguard.protocol.bigsky.ReplyLayout;
import org.pulseguard.protocol.bigsky.RequestResult;
import org.pulseguard.protocol.bigsky.StatusWord;
import org.pulseguard.transport.SerialSettings;

/**
 * A hand-written in-memory Big Sky unit: it reads what the driver writes with the device-side
 * codec, keeps a small state (pump, shutter, lamp, Q-switch, mode, voltage, rate, counters,
 * interlock bits) and answers every accepted command with its 17-byte reply. The lamp refuses to
 * start while an interlock bit is set; while the footswitch is held an activated unit's Q-switch
 * fires (PQ starts it on the footswitch, as on the simulator). Replies can be scripted per mnemonic (dropped, cut short, garbled, replaced). Thread-safe
 * (the driver's writes are handled one at a time).
 */
final class FakeBigSkyUnit extends FakeLineUnit {
    /** Rewrites the 17 reply bytes of one attempt; an empty array means no reply. */
    interface ReplyScript extends UnaryOperator<byte[]> {}

    static final ReplyScript DROP = reply -> new byte[0];

    static ReplyScript cutTo(int length) {
        return reply -> Arrays.copyOf(reply, length);
    }

    /** Replaces the 15-character field. */
    static ReplyScript field(String field) {
        return reply -> ("\r\n" + field).getBytes(StandardCharsets.US_ASCII);
    }

    final List<String> lines = new CopyOnWriteArrayList<>();
    private final CommandLineSplitter splitter = new CommandLineSplitter();
    private final Map<String, Deque<ReplyScript>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Runnable> triggers = new ConcurrentHashMap<>();

    volatile int serial = 62;
    volatile boolean pumpOn = true;
    volatile boolean shutterOpen;
    volatile boolean qswitchAtRun;
    volatile int qswitchMode;
    volatile boolean lampRunning;
    /** PQ was accepted: the Q-switch is started on its trigger (the footswitch in QSM2). */
    volatile boolean qswitchStarted;
    /** The Q-switch is actually firing: started, on the footswitch, footswitch held, lamp and shutter ready. */
    volatile boolean qswitchRunning;
    volatile boolean footswitchHeld;
    /** {@code L}, {@code CLC}, {@code CLQ} as last written (the fake keeps no countdown running). */
    volatile int timeoutFunction;
    volatile int firingTimeoutSeconds = 60;
    volatile int qswitchTimeoutSeconds = 60;
    volatile int volts = 900;
    volatile int centihertz = 500;
    volatile long lifetimePulses = 1_000;
    volatile long userPulses = 40;
    volatile int lampInterlockBits;
    volatile int lampInterlock2Bits;
    /** When set, {@code V<n>} keeps this voltage instead (a unit clamping to its factory limit). */
    volatile Integer voltageClamp;

    FakeBigSkyUnit() {
        super("bigsky", new SerialSettings(9600, 8, 'N', 1));
    }

    /** The next replies to {@code mnemonic}, one per attempt, are rewritten by these scripts. */
    void script(String mnemonic, ReplyScript... steps) {
        scripts.computeIfAbsent(mnemonic, m -> new ArrayDeque<>()).addAll(List.of(steps));
    }

    /** The command lines received, without address, for example {@code V920}. */
    List<String> commands() {
        return lines.stream().map(line -> line.substring(line.startsWith(">") ? 1 : mnemonicStart(line))).toList();
    }

    /** Sends bytes as the unit, outside any exchange (a late reply). */
    void lateAnswer(byte[] bytes) {
        answer(bytes);
    }

    /** Runs {@code action} once, just before the unit executes the next {@code commandText} (for example {@code A}). */
    void before(String commandText, Runnable action) {
        triggers.put(commandText, action);
    }

    synchronized void holdFootswitch(boolean held) {
        footswitchHeld = held;
        qswitchRunning = held && qswitchStarted && lampRunning && shutterOpen && qswitchAtRun && qswitchMode == 2;
    }

    /** {@code count} pulses while the Q-switch runs. */
    synchronized void fire(int count) {
        if (qswitchRunning) {
            lifetimePulses += count;
            userPulses += count;
        }
    }

    /** An interlock opens: the unit stops the lamp and the Q-switch by itself. */
    synchronized void openLampInterlock(int bit) {
        lampInterlockBits |= 1 << bit;
        lampRunning = false;
        qswitchStarted = false;
        qswitchRunning = false;
    }

    /**
     * A reboot: the settings of saved slot 1 (the fake's starting values: time-out function off,
     * countdowns 60 s, Q-switch auto, not at run), lamp and Q-switch stopped, shutter closed; pump
     * on; counters kept.
     */
    synchronized void powerUp() {
        stopsByItself();
        timeoutFunction = 0;
        firingTimeoutSeconds = 60;
        qswitchTimeoutSeconds = 60;
        qswitchMode = 0;
        qswitchAtRun = false;
        pumpOn = true;
    }

    /** The unit stops the lamp and the Q-switch and closes the shutter by itself, no interlock open, settings kept. */
    synchronized void stopsByItself() {
        lampRunning = false;
        qswitchStarted = false;
        qswitchRunning = false;
        shutterOpen = false;
    }

    @Override
    protected void onBytes(byte[] data) {
        for (InboundLine line : splitter.feed(data)) {
            if (line instanceof InboundLine.Line text) {
                lines.add(text.text());
            }
            RequestResult result = BigSkyDeviceCodec.parse(line);
            if (result instanceof RequestResult.Accepted accepted && accepted.address().selects(serial)) {
                Runnable trigger = triggers.remove(accepted.request().text());
                if (trigger != null) {
                    trigger.run();
                }
                byte[] reply = BigSkyDeviceCodec.formatReply(execute(accepted.request()));
                Deque<ReplyScript> script = scripts.get(accepted.request().command().mnemonic());
                ReplyScript step = script == null ? null : script.poll();
                answer(step == null ? reply : step.apply(reply));
            }
        }
    }

    private BigSkyReply execute(BigSkyRequest request) {
        BigSkyCommand command = request.command();
        Integer value = request instanceof BigSkyRequest.WithValue withValue ? withValue.value() : null;
        switch (command) {
            case SERIAL_NUMBER: return number(ReplyLayout.SERIAL_NUMBER, serial);
            case SOFTWARE_VERSION: return new BigSkyReply.SoftwareVersion("CFR200 ", 1, 23);
            case SOFTWARE_DATE: return new BigSkyReply.SoftwareDate(14, 3, 19);
            case STATUS: return status();
            case LAMP_INTERLOCKS: return new InterlockField(ReplyLayout.LAMP_INTERLOCKS, lampInterlockBits);
            case LAMP_INTERLOCKS_2: return new InterlockField(ReplyLayout.LAMP_INTERLOCKS_2, lampInterlock2Bits);
            case WATER_PUMP:
                pumpOn = value == null ? pumpOn : value == 1;
                return number(ReplyLayout.WATER_PUMP, pumpOn ? 1 : 0);
            case SHUTTER:
                if (value != null) {
                    shutterOpen = value == 1 && lampInterlockBits == 0;
                }
                return new BigSkyReply.Shutter(shutterOpen);
            case QSWITCH_AT_RUN:
                qswitchAtRun = value == null ? qswitchAtRun : value == 1;
                return number(ReplyLayout.QSWITCH_AT_RUN, qswitchAtRun ? 1 : 0);
            case QSWITCH_MODE:
                qswitchMode = value == null ? qswitchMode : value;
                return number(ReplyLayout.QSWITCH_MODE, qswitchMode);
            case FLASHLAMP_VOLTAGE:
                if (value != null) {
                    volts = voltageClamp != null ? voltageClamp : value;
                }
                return number(ReplyLayout.FLASHLAMP_VOLTAGE, volts);
            case LAMP_RATE:
                centihertz = value == null ? centihertz : value;
                return number(ReplyLayout.LAMP_RATE, centihertz);
            case QSWITCH_COUNTER: return number(ReplyLayout.QSWITCH_COUNTER, (int) lifetimePulses);
            case QSWITCH_USER_COUNTER:
                userPulses = value == null ? userPulses : 0;
                return number(ReplyLayout.QSWITCH_USER_COUNTER, (int) userPulses);
            case LAMP_START:
                lampRunning = lampInterlockBits == 0;
                holdFootswitch(footswitchHeld);
                return status();
            case LAMP_STOP:
                lampRunning = false;
                qswitchStarted = false;
                qswitchRunning = false;
                return status();
            case QSWITCH_START:
                qswitchStarted = lampInterlockBits == 0;
                holdFootswitch(footswitchHeld);
                return status();
            case QSWITCH_STOP:
                qswitchStarted = false;
                qswitchRunning = false;
                return status();
            case TIMEOUT_FUNCTION:
                timeoutFunction = value == null ? timeoutFunction : value;
                return number(ReplyLayout.TIMEOUT_FUNCTION, timeoutFunction);
            case FIRING_TIMEOUT_PRESET:
                firingTimeoutSeconds = value == null ? firingTimeoutSeconds : value;
                return new BigSkyReply.Countdown(ReplyLayout.FIRING_TIMEOUT_PRESET, firingTimeoutSeconds);
            case QSWITCH_TIMEOUT_PRESET:
                qswitchTimeoutSeconds = value == null ? qswitchTimeoutSeconds : value;
                return new BigSkyReply.Countdown(ReplyLayout.QSWITCH_TIMEOUT_PRESET, qswitchTimeoutSeconds);
            default:
                throw new IllegalStateException("the fake does not model " + command);
        }
    }

    private StatusWord status() {
        return new StatusWord(lampInterlockBits != 0 ? 1 : 0, lampRunning ? FiringState.START : FiringState.STOP, false,
                lampRunning ? 1 : 0, qswitchStarted ? FiringState.START : FiringState.STOP, qswitchMode == 2);
    }

    private static BigSkyReply number(ReplyLayout layout, int value) {
        return new BigSkyReply.NumericReading(layout, value);
    }

    private static int mnemonicStart(String line) {
        int i = 1;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
