package org.pulseguard.simulator.console;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.UnitControl;

/**
 * Parses the simulator's text control lines (one command per line, case-insensitive, words
 * separated by spaces), the same for every dialect. The grammar is {@link #HELP}. Stateless and
 * thread-safe.
 */
public final class ControlLineParser {
    /** The whole grammar, on one line. */
    public static final String HELP = "commands: state | help | footswitch press|release | key on|off"
            + " | estop press|release | interlock key|remote|cover|water|temperature|estop open|close"
            + " | overtemp on|off | waterflow on|off | drift FRACTION_PER_MIN | offset FRACTION | reboot | panel fire [N]"
            + " | fault drop [N] | fault delay MILLIS [N] | fault corrupt [N] | fault duplicate [N]"
            + " | fault split [N] [GAP_MILLIS] | fault truncate [N] | fault mute | fault unmute | fault cut"
            + " | fault restore"
            + " | fault misapply | fault garbage [BYTES] | fault clear | link cut|restore | quit";

    private static final int MAX_COUNT = 1000;
    private static final long MAX_MILLIS = 60_000;

    /** Parses {@code line}; blank lines and {@code #} comments are a syntax error here (callers skip them). */
    public ControlCommand parse(String line) throws ControlSyntaxException {
        String[] words = line.trim().toLowerCase(Locale.ROOT).split("\\s+");
        String text = String.join(" ", words);
        ControlAction action = switch (words[0]) {
            case "help" -> none(words, c -> "ok " + HELP);
            case "state" -> none(words, c -> SnapshotJson.toJson(c.snapshot()));
            case "footswitch" -> footswitch(words);
            case "key" -> onOff(words, "key", (c, on) -> c.key(on));
            case "estop" -> pressRelease(words, "emergency-stop button", (c, p) -> c.emergencyStopButton(p));
            case "interlock" -> interlock(words);
            case "overtemp" -> onOff(words, "over-temperature", (c, on) -> c.overTemperature(on));
            case "waterflow" -> onOff(words, "water flow", (c, on) -> c.waterFlowLoss(!on));
            case "drift" -> drift(words);
            case "offset" -> offset(words);
            case "reboot" -> none(words, c -> {
                c.reboot();
                return "ok rebooted";
            });
            case "panel" -> panelFire(words);
            case "fault" -> new FaultLineParser(words).parse();
            case "link" -> link(words);
            default -> throw new ControlSyntaxException("unknown command '" + words[0] + "' (try help)");
        };
        return new ControlCommand(text, action);
    }

    private static ControlAction footswitch(String[] words) throws ControlSyntaxException {
        return pressRelease(words, "footswitch", (c, pressed) -> {
            if (pressed) {
                c.pressFootswitch();
            } else {
                c.releaseFootswitch();
            }
        });
    }

    private static ControlAction interlock(String[] words) throws ControlSyntaxException {
        expectWords(words, 3, "interlock NAME open|close");
        InterlockInput interlock = switch (words[1]) {
            case "key", "key_switch" -> InterlockInput.KEY;
            case "remote", "door" -> InterlockInput.REMOTE;
            case "cover" -> InterlockInput.COVER;
            case "water", "water_flow" -> InterlockInput.WATER_FLOW;
            case "temperature" -> InterlockInput.TEMPERATURE;
            case "estop", "emergency_stop_button" -> InterlockInput.EMERGENCY_STOP;
            default -> throw new ControlSyntaxException("unknown interlock '" + words[1]
                    + "' (key, remote, cover, water, temperature, estop)");
        };
        boolean open = choice(words[2], "open", "close");
        return c -> {
            if (open) {
                c.openInterlock(interlock);
            } else {
                c.closeInterlock(interlock);
            }
            return "ok interlock " + interlockName(interlock) + (open ? " open" : " closed");
        };
    }

    /** The name the response uses; the reference laser's wire names, kept for its users. */
    private static String interlockName(InterlockInput input) {
        switch (input) {
            case KEY:
                return "KEY_SWITCH";
            case EMERGENCY_STOP:
                return "EMERGENCY_STOP_BUTTON";
            default:
                return input.name();
        }
    }

    /** {@code panel fire [N]}: pulses fired from the unit's own panel, no host involved ({@link UnitControl#fireLocally}). */
    private static ControlAction panelFire(String[] words) throws ControlSyntaxException {
        if (words.length < 2 || words.length > 3 || !words[1].equals("fire")) {
            throw new ControlSyntaxException("usage: panel fire [N]");
        }
        int pulses = count(words, 2, 1, "N");
        return c -> {
            c.fireLocally(pulses);
            return "ok " + pulses + " pulse(s) fired from the unit's panel";
        };
    }

    private static ControlAction drift(String[] words) throws ControlSyntaxException {
        expectWords(words, 2, "drift FRACTION_PER_MINUTE");
        double fraction = fraction(words[1], "drift");
        return c -> {
            c.energyDrift(fraction);
            return "ok energy drift " + fraction + " per minute";
        };
    }

    private static ControlAction offset(String[] words) throws ControlSyntaxException {
        expectWords(words, 2, "offset FRACTION");
        double fraction = fraction(words[1], "offset");
        return c -> {
            c.energyOffset(fraction);
            return "ok energy offset " + fraction;
        };
    }

    private static ControlAction link(String[] words) throws ControlSyntaxException {
        expectWords(words, 2, "link cut|restore");
        return choice(words[1], "cut", "restore") ? FaultLineParser.cut() : FaultLineParser.restore();
    }

    // ---- shared word helpers (package-private for FaultLineParser) ----

    /** A two-state switch: {@code on|off} style words; true for {@code yes}. */
    static boolean choice(String word, String yes, String no) throws ControlSyntaxException {
        if (word.equals(yes)) {
            return true;
        }
        if (word.equals(no)) {
            return false;
        }
        throw new ControlSyntaxException("expected '" + yes + "' or '" + no + "', got '" + word + "'");
    }

    static void expectWords(String[] words, int count, String usage) throws ControlSyntaxException {
        if (words.length != count) {
            throw new ControlSyntaxException("usage: " + usage);
        }
    }

    static int count(String[] words, int index, int defaultValue, String name) throws ControlSyntaxException {
        return words.length > index ? (int) number(words[index], name, 1, MAX_COUNT) : defaultValue;
    }

    static Duration millis(String word, String name) throws ControlSyntaxException {
        return Duration.ofMillis(number(word, name, 0, MAX_MILLIS));
    }

    static long number(String word, String name, long min, long max) throws ControlSyntaxException {
        try {
            long value = Long.parseLong(word);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ControlSyntaxException("'" + word + "' is not a whole number " + min + ".." + max + " for " + name);
    }

    private static double fraction(String word, String name) throws ControlSyntaxException {
        try {
            double value = Double.parseDouble(word);
            if (value >= -1 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ControlSyntaxException("'" + word + "' is not a fraction -1..1 for " + name + " (0.05 = 5 %)");
    }

    private static ControlAction none(String[] words, ControlAction action) throws ControlSyntaxException {
        if (words.length != 1) {
            throw new ControlSyntaxException("'" + words[0] + "' takes no arguments, got "
                    + Arrays.toString(Arrays.copyOfRange(words, 1, words.length)));
        }
        return action;
    }

    private static ControlAction onOff(String[] words, String what, Switch target) throws ControlSyntaxException {
        expectWords(words, 2, words[0] + " on|off");
        boolean on = choice(words[1], "on", "off");
        return c -> {
            target.set(c, on);
            return "ok " + what + (on ? " on" : " off");
        };
    }

    private static ControlAction pressRelease(String[] words, String what, Switch target) throws ControlSyntaxException {
        expectWords(words, 2, words[0] + " press|release");
        boolean pressed = choice(words[1], "press", "release");
        return c -> {
            target.set(c, pressed);
            return "ok " + what + (pressed ? " pressed" : " released");
        };
    }

    /** Sets a two-state input on the control API. */
    @FunctionalInterface
    private interface Switch {
        void set(UnitControl control, boolean value);
    }
}
