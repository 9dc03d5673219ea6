package org.pulseguard.protocol.bigsky;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Device side of the Big Sky / CFR dialect (docs/protocol/bigsky.md): reads command lines cut by
 * {@link CommandLineSplitter} and writes 17-byte replies. Lines are read case-insensitively.
 * Pure functions, no I/O, thread-safe.
 */
public final class BigSkyDeviceCodec {
    private BigSkyDeviceCodec() {}

    /** Reads one line from the splitter; garbled and overlong lines are rejected. */
    public static RequestResult parse(InboundLine line) {
        if (line instanceof InboundLine.Garbled) {
            return new RequestResult.Rejected(RequestError.GARBLED, ((InboundLine.Garbled) line).reason());
        }
        if (line instanceof InboundLine.Overlong) {
            return new RequestResult.Rejected(RequestError.OVERLONG,
                    ((InboundLine.Overlong) line).length() + " bytes, limit " + CommandLineSplitter.MAX_LINE);
        }
        return parseLine(((InboundLine.Line) line).text());
    }

    /** Reads one command line without its terminator, for example {@code >v920} or {@code $184CG}. */
    public static RequestResult parseLine(String line) {
        if (line.isEmpty() || !line.chars().allMatch(c -> c > 0x20 && c <= 0x7E)) {
            return new RequestResult.Rejected(RequestError.GARBLED, "line '" + line + "' is empty or holds a space or control byte");
        }
        String text = line.toUpperCase(Locale.ROOT);
        if (text.charAt(0) == '>') {
            return parseCommand(new Address.AnyUnit(), text.substring(1));
        }
        if (text.charAt(0) != '$') {
            return new RequestResult.Rejected(RequestError.NO_ADDRESS, "line '" + line + "' starts with neither > nor $");
        }
        int end = 1;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == 1 || end > 10) {
            return new RequestResult.Rejected(RequestError.BAD_ADDRESS, "'" + line + "' needs 1..9 serial digits after $");
        }
        return parseCommand(new Address.Unit(Integer.parseInt(text.substring(1, end))), text.substring(end));
    }

    /** The 17 reply bytes: CR LF then the reply's 15-character field. */
    public static byte[] formatReply(BigSkyReply reply) {
        return ("\r\n" + reply.field()).getBytes(StandardCharsets.US_ASCII);
    }

    private static RequestResult parseCommand(Address address, String text) {
        int split = 0;
        while (split < text.length() && Character.isLetter(text.charAt(split))) {
            split++;
        }
        String mnemonic = text.substring(0, split);
        String argument = text.substring(split);
        if (mnemonic.equals("IF") && argument.equals("2")) {
            mnemonic = "IF2";
            argument = "";
        }
        Optional<BigSkyCommand> command = BigSkyCommand.fromMnemonic(mnemonic);
        if (command.isEmpty()) {
            return new RequestResult.Rejected(RequestError.UNKNOWN_COMMAND, "no command '" + mnemonic + "' in '" + text + "'");
        }
        return withArgument(address, command.get(), argument);
    }

    private static RequestResult withArgument(Address address, BigSkyCommand command, String argument) {
        ArgumentRule rule = command.argument();
        if (argument.isEmpty()) {
            if (rule.presence() == ArgumentRule.Presence.REQUIRED) {
                return new RequestResult.Rejected(RequestError.BAD_ARGUMENT, command.mnemonic() + " needs an argument");
            }
            return new RequestResult.Accepted(address, new BigSkyRequest.Plain(command));
        }
        if (!rule.takesArgument() || !rule.matchesSyntax(argument)) {
            return new RequestResult.Rejected(RequestError.BAD_ARGUMENT,
                    command.mnemonic() + " does not take argument '" + argument + "'");
        }
        int value = rule.read(argument);
        if (!rule.accepts(value)) {
            return new RequestResult.OutOfRange(address, command, value);
        }
        return new RequestResult.Accepted(address, new BigSkyRequest.WithValue(command, value));
    }
}
