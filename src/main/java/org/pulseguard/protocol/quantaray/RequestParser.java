package org.pulseguard.protocol.quantaray;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Reads one Quanta-Ray command line into a typed request (docs/protocol/quantaray.md section 5).
 * Case is ignored and runs of spaces count as one, leading and trailing spaces are dropped (PLACE
 * sends {@code "QSW ADV? "}). Syntax errors are {@link RequestError#BAD_ARGUMENT}; a well-formed
 * value that a request record refuses is {@link RequestError#OUT_OF_RANGE}. Pure, thread-safe.
 */
final class RequestParser {
    private RequestParser() {}

    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,6}");

    static RequestResult parse(String line) {
        String text = line.trim().replaceAll(" +", " ").toUpperCase(Locale.ROOT);
        Optional<QuantaRayCommand> exact = QuantaRayCommand.fromKeyword(text);
        if (exact.isPresent()) {
            if (exact.get().takesArgument()) {
                return rejected(RequestError.BAD_ARGUMENT, text + " needs an argument");
            }
            return new RequestResult.Accepted(new QuantaRayRequest.Plain(exact.get()));
        }
        String[] tokens = text.split(" ");
        switch (tokens[0]) {
            case "LAMP":
                return lamp(tokens);
            case "QSW":
                return qswitch(tokens);
            case "ADV":
                return integerArgument(tokens, 2, QuantaRayRequest.SetAdvancedSync::new);
            case "OPFN":
                return percentArgument(tokens, QuantaRayRequest.SetOscillatorPfn::new);
            case "APFN":
                return percentArgument(tokens, QuantaRayRequest.SetAmplifierPfn::new);
            case "WATC":
                return integerArgument(tokens, 2, QuantaRayRequest.SetWatchdog::new);
            case "ECH":
                return integerArgument(tokens, 2, code -> new QuantaRayRequest.SetEchoMode(EchoMode.fromCode(code)));
            case "BAUD":
                return integerArgument(tokens, 2, QuantaRayRequest.SetBaudRate::new);
            default:
                return rejected(RequestError.UNKNOWN_COMMAND, "no command '" + tokens[0] + "'");
        }
    }

    private static RequestResult lamp(String[] tokens) {
        Optional<LampTrigger> trigger = word(LampTrigger.class, tokens.length > 1 ? tokens[1] : "");
        if (trigger.isEmpty() || tokens.length > 3) {
            return rejected(RequestError.BAD_ARGUMENT, "LAMP needs FIX, EXT, VAR or INH and at most a rate");
        }
        if (tokens.length == 2) {
            return new RequestResult.Accepted(new QuantaRayRequest.SetLamp(trigger.get()));
        }
        int rate;
        try {
            rate = DecimalText.scaled("rate", tokens[2], 2);
        } catch (QuantaRayProtocolException e) {
            return rejected(RequestError.BAD_ARGUMENT, e.getMessage());
        }
        return build(() -> new QuantaRayRequest.SetLampWithRate(trigger.get(), rate));
    }

    private static RequestResult qswitch(String[] tokens) {
        if (tokens.length == 3 && tokens[1].equals("DEL")) {
            return integerArgument(new String[] {"QSW DEL", tokens[2]}, 2, QuantaRayRequest.SetQswitchDelay::new);
        }
        Optional<QswitchAction> action = word(QswitchAction.class, tokens.length == 2 ? tokens[1] : "");
        if (action.isEmpty()) {
            return rejected(RequestError.BAD_ARGUMENT, "QSW needs LONG, EXT, NORM, SING, FIR or REP");
        }
        return new RequestResult.Accepted(new QuantaRayRequest.SetQswitch(action.get()));
    }

    private static RequestResult integerArgument(String[] tokens, int count, IntFunction<QuantaRayRequest> make) {
        if (tokens.length != count || !INTEGER.matcher(tokens[count - 1]).matches()) {
            return rejected(RequestError.BAD_ARGUMENT, tokens[0] + " needs one decimal integer");
        }
        int value = Integer.parseInt(tokens[count - 1]);
        return build(() -> make.apply(value));
    }

    private static RequestResult percentArgument(String[] tokens, IntFunction<QuantaRayRequest> make) {
        if (tokens.length != 2) {
            return rejected(RequestError.BAD_ARGUMENT, tokens[0] + " needs one percentage");
        }
        try {
            int tenths = DecimalText.scaled("percent", tokens[1], 1);
            return build(() -> make.apply(tenths));
        } catch (QuantaRayProtocolException e) {
            return rejected(RequestError.BAD_ARGUMENT, e.getMessage());
        }
    }

    private static RequestResult build(java.util.function.Supplier<QuantaRayRequest> make) {
        try {
            return new RequestResult.Accepted(make.get());
        } catch (QuantaRayProtocolException e) {
            return rejected(RequestError.OUT_OF_RANGE, e.getMessage());
        }
    }

    private static <E extends Enum<E>> Optional<E> word(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static RequestResult rejected(RequestError error, String detail) {
        return new RequestResult.Rejected(error, detail);
    }
}
