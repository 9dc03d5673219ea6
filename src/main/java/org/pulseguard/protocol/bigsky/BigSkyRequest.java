package org.pulseguard.protocol.bigsky;

/**
 * One Big Sky command line without its address prefix (docs/references.md#bigsky-drivers;
 * docs/protocol/bigsky.md section 3): the mnemonic alone ({@link Plain}: a query or an action) or
 * the mnemonic with an integer argument ({@link WithValue}: a set, reset or select form).
 * Immutable, thread-safe.
 */
public sealed interface BigSkyRequest {

    /** The command. */
    BigSkyCommand command();

    /** The line text after the prefix, for example {@code V920} or {@code VQ-100}. */
    String text();

    /** The mnemonic alone. */
    static BigSkyRequest of(BigSkyCommand command) {
        return new Plain(command);
    }

    /** The mnemonic with {@code value}, in the command's wire unit. */
    static BigSkyRequest of(BigSkyCommand command, int value) {
        return new WithValue(command, value);
    }

    /**
     * The mnemonic alone: a query, or an action such as {@code A}. Not allowed for a command whose
     * argument is required ({@code CFG}, {@code SAV}).
     */
    record Plain(BigSkyCommand command) implements BigSkyRequest {
        public Plain {
            if (command == null || command.argument().presence() == ArgumentRule.Presence.REQUIRED) {
                throw new BigSkyProtocolException(command + " needs an argument");
            }
        }

        @Override
        public String text() {
            return command.mnemonic();
        }
    }

    /**
     * The mnemonic followed by {@code value} ({@code V920}, {@code R1}, {@code UC0}, {@code CLS6000}).
     *
     * @param value in the command's {@link ArgumentRule} range and wire unit
     */
    record WithValue(BigSkyCommand command, int value) implements BigSkyRequest {
        public WithValue {
            if (command == null || !command.argument().takesArgument()) {
                throw new BigSkyProtocolException(command + " takes no argument");
            }
            ArgumentRule rule = command.argument();
            if (!rule.accepts(value)) {
                throw new BigSkyProtocolException(command + " value " + value + " outside " + rule.min() + ".." + rule.max());
            }
        }

        @Override
        public String text() {
            return command.mnemonic() + command.argument().write(value);
        }
    }
}
