package org.pulseguard.protocol.bigsky;

import java.util.List;

/**
 * Every 15-character reply template of the Big Sky / CFR dialect (docs/references.md#bigsky-drivers;
 * docs/protocol/bigsky.md section 4), with the value columns marked as in
 * {@link FieldTemplate}: {@code #} digit, {@code ~} sign, {@code *} text, {@code %} bit.
 *
 * <p>For a {@link Family#NUMERIC} layout, {@link #min()}..{@link #max()} is the range a reply may
 * report, in the wire unit named on the constant (scaled values are integers: {@code 12.25 Hz} is
 * 1225 centihertz). Templates marked [inferred] are padded or invented where the sources give
 * fewer than 15 characters or no reply at all. Immutable, thread-safe.
 */
public enum ReplyLayout {
    /** {@code SN}: serial number, three digits. [inferred layout] */
    SERIAL_NUMBER("s/number    ###", 0, 999),
    /** {@code CG}: cooling group temperature, degrees Celsius. */
    COOLING_TEMPERATURE_CELSIUS("temp. CG ## d  ", 0, 99),
    /** {@code CGF}: cooling group temperature, degrees Fahrenheit. */
    COOLING_TEMPERATURE_FAHRENHEIT("temp. CG ### F ", 0, 999),
    /** {@code NTP}: temperature display, 0 = Celsius, 1 = Fahrenheit. */
    TEMPERATURE_DISPLAY("option TP  :  #", 0, 1),
    /** {@code CFF}, {@code CFG}: configuration in use, 1..4. */
    CONFIGURATION("configuration #", 1, 4),
    /** {@code SAV}: configuration slot just saved, 1..4. */
    SAVED_CONFIGURATION("Save config.  #", 1, 4),
    /** {@code NPS}: rack option code. */
    RACK_OPTION("option MPS :  #", 0, 9),
    /** {@code NCA}: capacitor option code. */
    CAPACITOR_OPTION("option CAP :  #", 0, 9),
    /** {@code NOP}: laser type code (15 = CFR). */
    LASER_TYPE("option B2K : ##", 0, 99),
    /** {@code ROF}: 1 = the shutter opens automatically at run. */
    SHUTTER_AT_RUN("shutt. at run #", 0, 1),
    /** {@code P}: water pump, 1 = on. [inferred from the clients' parse] */
    WATER_PUMP("CG pump       #", 0, 1),
    /** {@code V}: flashlamp voltage setpoint, volts. */
    FLASHLAMP_VOLTAGE("voltage  #### V", 500, 1800),
    /** {@code VA}: capacitor voltage, sampled, volts. */
    CAPACITOR_VOLTAGE_SAMPLED("voltage ac####V", 0, 9999),
    /** {@code VT}: capacitor voltage, instantaneous, volts. */
    CAPACITOR_VOLTAGE_INSTANT("voltage it####V", 0, 9999),
    /** {@code ENE}: flashlamp energy, decijoules (J x 10). */
    FLASHLAMP_ENERGY("energy    ##.#J", 70, 230),
    /** {@code CAP}: capacitance, tenths of a microfarad. */
    CAPACITANCE("capacity ##.#uF", 270, 330),
    /** {@code F}: flashlamp repetition rate, centihertz (Hz x 100). */
    LAMP_RATE("freq.  ##.## Hz", 1, 9999),
    /** {@code LPM}: lamp trigger, 0 = internal, 1 = external. */
    LAMP_TRIGGER("LP synch :  #  ", 0, 1),
    /** {@code C}: lamp shot counter, total. */
    LAMP_COUNTER("ct LP #########", 0, 999_999_999),
    /** {@code UC}, {@code UC0}: lamp shot counter, user. */
    LAMP_USER_COUNTER("cu LP #########", 0, 999_999_999),
    /** {@code QSM}: Q-switch mode, 0 = auto, 1 = burst, 2 = external. [trailing pad inferred] */
    QSWITCH_MODE("QS mode  :   # ", 0, 2),
    /** {@code QSF}: Q-switch rate divider n of F/n. */
    QSWITCH_DIVIDER("cycle rate F/##", 1, 99),
    /** {@code QSP}: Q-switch pulses per burst. */
    QSWITCH_BURST_COUNT("burst QS    ###", 1, 999),
    /** {@code QOF}: 1 = the Q-switch is enabled at run. */
    QSWITCH_AT_RUN("QS at run     #", 0, 1),
    /** {@code CQ}: Q-switch shot counter, total. */
    QSWITCH_COUNTER("ct QS #########", 0, 999_999_999),
    /** {@code UCQ}, {@code UCQ0}: Q-switch shot counter, user. */
    QSWITCH_USER_COUNTER("cu QS #########", 0, 999_999_999),
    /** {@code W}: flashlamp to Q-switch delay, microseconds. */
    QSWITCH_DELAY("delay    ### uS", 80, 999),
    /** {@code WMN}: factory lower limit of the delay, microseconds. */
    QSWITCH_DELAY_MINIMUM("dly QS m ### uS", 0, 999),
    /** {@code WMX}: factory upper limit of the delay, microseconds. */
    QSWITCH_DELAY_MAXIMUM("dly QS M ### uS", 0, 999),
    /** {@code WD}: QS1 to QS2 delay (double pulse), microseconds; below 30 = one pulse. */
    DOUBLE_PULSE_DELAY("QS1-QS2  ### uS", 0, 250),
    /** {@code VQ}: Q-switch sync-out shift, nanoseconds, signed. */
    QSWITCH_SYNC_SHIFT("var. QS ~### nS", -500, 500),
    /** {@code QSW}: lamp pulses to wait before Q-switching. [trailing pad inferred] */
    QSWITCH_WAIT("QS wait :  ### ", 0, 999),
    /** {@code QSR}: Q-switch ramp length, pulses. [trailing pad inferred] */
    QSWITCH_RAMP("QS ramp :  ### ", 0, 99),
    /** {@code TQN}: Q-switch minimum temperature, degrees Celsius. [trailing pad inferred] */
    QSWITCH_MINIMUM_TEMPERATURE("tp QS min ##d  ", 0, 99),
    /** {@code QSS}: Q-switch ramp step, microseconds. [trailing pad inferred] */
    QSWITCH_RAMP_STEP("QS step : ##uS ", 0, 99),
    /** {@code IHG}: harmonic generator at temperature, 1 = ready. */
    HARMONIC_AT_TEMPERATURE("IHG           #", 0, 1),
    /** {@code L}: time-out function, 1 = on. */
    TIMEOUT_FUNCTION("time out      #", 0, 1),

    /** {@code R}, {@code R0}, {@code R1}: {@code opened} or {@code closed}. */
    SHUTTER("shutter ****** ", Family.SHUTTER),
    /** {@code WOR} and, [inferred], the activation commands {@code A S M PQ SQ OQ}. */
    STATUS_WORD("I # F # S # Q #", Family.STATUS_WORD),
    /** {@code IF}: flashlamp interlocks, bit i in column 7 + i. [inferred layout] */
    LAMP_INTERLOCKS("IF     %%%%%%%%", Family.INTERLOCKS),
    /** {@code IF2}: flashlamp interlocks, second word. [inferred layout] */
    LAMP_INTERLOCKS_2("IF2    %%%%%%%%", Family.INTERLOCKS),
    /** {@code IQ}: Q-switch interlocks. [inferred layout] */
    QSWITCH_INTERLOCKS("IQ     %%%%%%%%", Family.INTERLOCKS),
    /** {@code X}: seven-character name, then version {@code d.dd}. [trailing pad inferred] */
    SOFTWARE_VERSION("*******  #.##  ", Family.SOFTWARE_VERSION),
    /** {@code DAT}: software date, day/month/year. */
    SOFTWARE_DATE("##/##/##       ", Family.SOFTWARE_DATE),
    /** {@code T}: run-time counter, hours and minutes. */
    RUN_TIME("ct time ####:##", Family.RUN_TIME),
    /** {@code CLS}: simmer time-out preset, mm:ss. */
    SIMMER_TIMEOUT_PRESET("con SIM = ##:##", Family.COUNTDOWN),
    /** {@code CLC}: lamp firing time-out preset, mm:ss. */
    FIRING_TIMEOUT_PRESET("con LF  = ##:##", Family.COUNTDOWN),
    /** {@code CLQ}: Q-switch time-out preset, mm:ss. */
    QSWITCH_TIMEOUT_PRESET("con QS  = ##:##", Family.COUNTDOWN),
    /** {@code LS}: simmer time-out counter, mm:ss. */
    SIMMER_TIMEOUT_COUNTER("cpt SIM = ##:##", Family.COUNTDOWN),
    /** {@code LC}: lamp firing time-out counter, mm:ss. [column alignment inferred] */
    FIRING_TIMEOUT_COUNTER("cpt LF  = ##:##", Family.COUNTDOWN),
    /** {@code LQ}: Q-switch time-out counter, mm:ss. [column alignment inferred] */
    QSWITCH_TIMEOUT_COUNTER("cpt QS  = ##:##", Family.COUNTDOWN);

    /** Which reply record a layout decodes to. */
    public enum Family { NUMERIC, SHUTTER, STATUS_WORD, INTERLOCKS, SOFTWARE_VERSION, SOFTWARE_DATE, RUN_TIME, COUNTDOWN }

    private final FieldTemplate template;
    private final Family family;
    private final int min;
    private final int max;

    ReplyLayout(String pattern, int min, int max) {
        this(pattern, Family.NUMERIC, min, max);
    }

    ReplyLayout(String pattern, Family family) {
        this(pattern, family, 0, 0);
    }

    ReplyLayout(String pattern, Family family, int min, int max) {
        this.template = new FieldTemplate(pattern);
        this.family = family;
        this.min = min;
        this.max = max;
    }

    /** The record family this layout decodes to. */
    public Family family() {
        return family;
    }

    /** The template text with its markers ({@code #} digit, {@code ~} sign, {@code *} text, {@code %} bit). */
    public String pattern() {
        return template.pattern();
    }

    /** Smallest value a {@link Family#NUMERIC} reply may report. */
    public int min() {
        return min;
    }

    /** Largest value a {@link Family#NUMERIC} reply may report. */
    public int max() {
        return max;
    }

    FieldTemplate template() {
        return template;
    }

    /**
     * Decodes a 15-character field laid out by this template.
     *
     * @throws BigSkyProtocolException if the fixed text differs, a value column holds the wrong
     *     kind of character, or a value is outside its range
     */
    BigSkyReply decode(String field) {
        List<String> slots = template.parse(field);
        switch (family) {
            case NUMERIC:
                return new BigSkyReply.NumericReading(this, FieldTemplate.number(slots.get(0)));
            case SHUTTER:
                return BigSkyReply.Shutter.fromWord(slots.get(0));
            case STATUS_WORD:
                return StatusWord.fromDigits(slots.stream().mapToInt(FieldTemplate::number).toArray());
            case INTERLOCKS:
                return new InterlockField(this, FieldTemplate.bits(slots.get(0)));
            case SOFTWARE_VERSION:
                return BigSkyReply.SoftwareVersion.fromSlots(slots.get(0), FieldTemplate.number(slots.get(1)));
            case SOFTWARE_DATE:
                return new BigSkyReply.SoftwareDate(FieldTemplate.number(slots.get(0)),
                        FieldTemplate.number(slots.get(1)), FieldTemplate.number(slots.get(2)));
            case RUN_TIME:
                return new BigSkyReply.RunTime(FieldTemplate.number(slots.get(0)), FieldTemplate.number(slots.get(1)));
            default:
                return BigSkyReply.Countdown.fromMinutesSeconds(this,
                        FieldTemplate.number(slots.get(0)), FieldTemplate.number(slots.get(1)));
        }
    }
}
