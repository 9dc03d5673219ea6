package org.pulseguard.protocol.quantaray;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Host side of the Quanta-Ray INDI/PRO/LAB dialect (docs/protocol/quantaray.md): writes command
 * lines and reads reply lines into typed replies. Collect a query's lines with a
 * {@link ReplyCollector}; never wait for a command whose {@link QuantaRayRequest#expectsReply()}
 * is false. Pure functions, no I/O, thread-safe.
 */
public final class QuantaRayHostCodec {
    private QuantaRayHostCodec() {}

    /** The terminator the host writes after every command. */
    public static final String TERMINATOR = "\r";

    /** The bytes of {@code request}: its text and CR, ASCII. */
    public static byte[] encode(QuantaRayRequest request) {
        return (request.text() + TERMINATOR).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Reads the complete reply lines of {@code command} (as gathered by a {@link ReplyCollector}).
     *
     * @throws QuantaRayProtocolException if a line is not of the reply's form
     */
    static QuantaRayReply decode(QuantaRayCommand command, List<String> lines) {
        String line = lines.get(0).trim();
        switch (command) {
            case IDENTIFY:
                return new QuantaRayReply.Identity(lines.get(0));
            case HELP:
                return new QuantaRayReply.HelpText(lines);
            case LAMP_RATE_QUERY:
            case READ_LAMP_RATE:
                return new QuantaRayReply.LampRate(DecimalText.scaled("rate", DecimalText.firstToken(line), 2));
            case QSWITCH_QUERY:
                return new QuantaRayReply.QswitchSetting(qswitchMode(line));
            case ADVANCED_SYNC_QUERY:
            case QSWITCH_DELAY_QUERY:
            case READ_ADVANCED_SYNC:
                return new QuantaRayReply.SyncDelay((int) Math.min(Integer.MAX_VALUE,
                        DecimalText.integer("delay", DecimalText.firstToken(line))));
            case READ_OSCILLATOR_PFN:
            case READ_AMPLIFIER_PFN:
            case READ_OSCILLATOR_MONITOR:
            case READ_AMPLIFIER_MONITOR:
                return new QuantaRayReply.PfnPercent(DecimalText.scaled("percent", DecimalText.firstToken(line), 1));
            case SHOT_COUNT:
                return new QuantaRayReply.ShotCount(DecimalText.integer("shots", line));
            case STATUS:
                return new StatusRegister(DecimalText.integer("status register", line));
            case QUESTIONABLE:
                return new QuestionableRegister(DecimalText.integer("questionable register", line));
            case HISTORY:
                return history(lines);
            default:
                throw new QuantaRayProtocolException(command + " has no reply");
        }
    }

    /** Reads an {@code ERROR <code> <message>} line. */
    static QuantaRayReply.DeviceError deviceError(String line) {
        String[] parts = line.trim().split(" +", 3);
        if (parts.length != 3 || !parts[0].equals(QuantaRayReply.DeviceError.PREFIX)) {
            throw new QuantaRayProtocolException("error line '" + line + "' is not ERROR <code> <message>");
        }
        return new QuantaRayReply.DeviceError((int) Math.min(1000, DecimalText.integer("error code", parts[1])), parts[2]);
    }

    /** The two numbers of a history line {@code <a> <b>}. */
    static long[] pair(String line) {
        String[] parts = line.trim().split(" +");
        if (parts.length != 2) {
            throw new QuantaRayProtocolException("history line '" + line + "' is not two numbers");
        }
        return new long[] {DecimalText.integer("history", parts[0]), DecimalText.integer("history", parts[1])};
    }

    private static ErrorHistory history(List<String> lines) {
        long[] header = pair(lines.get(0));
        int expected = lines.size() == 1 ? 0 : lines.size() - 2;
        if (header[0] != expected) {
            throw new QuantaRayProtocolException("history header counts " + header[0] + " entries, " + expected + " came");
        }
        List<ErrorHistory.Entry> entries = new ArrayList<>();
        for (String entry : lines.subList(1, 1 + expected)) {
            long[] values = pair(entry);
            entries.add(new ErrorHistory.Entry(values[0], values[1]));
        }
        return new ErrorHistory(header[1], entries);
    }

    private static QswitchAction qswitchMode(String word) {
        for (QswitchAction action : QswitchAction.values()) {
            if (action.name().equals(word) && action.isMode()) {
                return action;
            }
        }
        throw new QuantaRayProtocolException("Q-switch mode '" + word + "' is not LONG, EXT, NORM, SING or REP");
    }
}
