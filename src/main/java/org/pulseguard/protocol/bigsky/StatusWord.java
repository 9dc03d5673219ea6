package org.pulseguard.protocol.bigsky;

/**
 * The {@code WOR} status word {@code I a F b S c Q d}, one digit each
 * (docs/references.md#bigsky-drivers; docs/protocol/bigsky.md section 5). It is also the reply to the
 * activation commands
 * {@code A S M PQ SQ OQ}, reporting the state after the command. [inferred]
 *
 * <ul>
 *   <li>{@code I}: 0 = interlocks closed (OK); any other digit = an interlock is open.</li>
 *   <li>{@code F}: lamp state; {@code F % 4} gives {@link FiringState}, {@code F > 3} means the
 *       external trigger is selected. Digits 3, 7, 8 and 9 are undefined and refused.</li>
 *   <li>{@code S}: simmer, non-zero = on.</li>
 *   <li>{@code Q}: Q-switch, coded as {@code F}.</li>
 * </ul>
 *
 * Immutable, thread-safe.
 *
 * @param interlockCode the {@code I} digit, 0..9
 * @param lamp lamp state
 * @param lampExternalTrigger the lamp's external trigger is selected
 * @param simmerCode the {@code S} digit, 0..9
 * @param qswitch Q-switch state
 * @param qswitchExternalTrigger the Q-switch's external trigger is selected
 */
public record StatusWord(int interlockCode, FiringState lamp, boolean lampExternalTrigger, int simmerCode,
                         FiringState qswitch, boolean qswitchExternalTrigger) implements BigSkyReply {

    public StatusWord {
        digit("I", interlockCode);
        digit("S", simmerCode);
        if (lamp == null || qswitch == null) {
            throw new BigSkyProtocolException("status word needs a lamp and a Q-switch state");
        }
    }

    /** Decodes the four digits I, F, S, Q. */
    static StatusWord fromDigits(int[] digits) {
        return new StatusWord(digits[0], state("F", digits[1]), digits[1] > 3, digits[2],
                state("Q", digits[3]), digits[3] > 3);
    }

    /** True if every interlock is closed ({@code I} = 0). */
    public boolean interlocksClosed() {
        return interlockCode == 0;
    }

    /** True if the lamp simmers ({@code S} non-zero). */
    public boolean simmerOn() {
        return simmerCode != 0;
    }

    /** The {@code F} digit as sent. */
    public int lampDigit() {
        return lamp.code() + (lampExternalTrigger ? 4 : 0);
    }

    /** The {@code Q} digit as sent. */
    public int qswitchDigit() {
        return qswitch.code() + (qswitchExternalTrigger ? 4 : 0);
    }

    @Override
    public ReplyLayout layout() {
        return ReplyLayout.STATUS_WORD;
    }

    @Override
    public String field() {
        return layout().template().render(interlockCode, lampDigit(), simmerCode, qswitchDigit());
    }

    private static FiringState state(String name, int digit) {
        if (digit > 7) {
            throw new BigSkyProtocolException("status digit " + name + "=" + digit + " is not defined");
        }
        return FiringState.fromCode(digit % 4);
    }

    private static void digit(String name, int value) {
        if (value < 0 || value > 9) {
            throw new BigSkyProtocolException("status digit " + name + "=" + value + " outside 0..9");
        }
    }
}
