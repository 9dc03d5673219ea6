package org.pulseguard.protocol.quantaray;

/**
 * One Quanta-Ray command line without its CR (docs/references.md#quantaray-place-driver;
 * docs/protocol/quantaray.md section 3). {@link Plain} covers every command without an argument;
 * each command with an argument has its own record, range-checked. Use {@link #expectsReply()} to
 * know whether to wait for a reply: set and action commands get none. Immutable, thread-safe.
 */
public sealed interface QuantaRayRequest {

    /** The command. */
    QuantaRayCommand command();

    /** The line text, upper case, words separated by one space, for example {@code QSW DEL 200}. */
    String text();

    /** True if the unit answers; false for set and action commands, which get no reply at all. */
    default boolean expectsReply() {
        return command().expectsReply();
    }

    /** A command without argument: every query, {@code HELP}, {@code ON}, {@code OFF}, {@code *RST?}. */
    record Plain(QuantaRayCommand command) implements QuantaRayRequest {
        public Plain {
            if (command == null || command.takesArgument()) {
                throw new QuantaRayProtocolException(command + " needs an argument");
            }
        }

        @Override
        public String text() {
            return command.keyword();
        }
    }

    /** {@code LAMP FIX|EXT|VAR|INH}: lamp trigger source. */
    record SetLamp(LampTrigger trigger) implements QuantaRayRequest {
        public SetLamp {
            if (trigger == null) {
                throw new QuantaRayProtocolException("lamp trigger missing");
            }
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.LAMP; }
        @Override public String text() { return "LAMP " + trigger; }
    }

    /**
     * {@code LAMP <word> <rate>}: trigger source and variable rate in Hz, written with no trailing
     * zeros ({@code LAMP VAR 10}, {@code LAMP VAR 10.5}).
     *
     * @param rateCentihertz 1..10000 (0.01..100 Hz) [range inferred]
     */
    record SetLampWithRate(LampTrigger trigger, int rateCentihertz) implements QuantaRayRequest {
        public SetLampWithRate {
            if (trigger == null) {
                throw new QuantaRayProtocolException("lamp trigger missing");
            }
            QuantaRayLimits.check("rateCentihertz", rateCentihertz, 1, QuantaRayLimits.MAX_RATE_CENTIHERTZ);
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.LAMP; }
        @Override public String text() { return "LAMP " + trigger + " " + DecimalText.minimal(rateCentihertz, 2); }
    }

    /** {@code QSW LONG|EXT|NORM|SING|FIR|REP}. */
    record SetQswitch(QswitchAction action) implements QuantaRayRequest {
        public SetQswitch {
            if (action == null) {
                throw new QuantaRayProtocolException("Q-switch action missing");
            }
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.QSWITCH; }
        @Override public String text() { return "QSW " + action; }
    }

    /** {@code ADV <us>}: advanced sync delay, microseconds 0..999. [unit and range inferred] */
    record SetAdvancedSync(int microseconds) implements QuantaRayRequest {
        public SetAdvancedSync {
            QuantaRayLimits.check("microseconds", microseconds, 0, QuantaRayLimits.MAX_DELAY_MICROSECONDS);
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.ADVANCED_SYNC; }
        @Override public String text() { return "ADV " + microseconds; }
    }

    /** {@code QSW DEL <us>}: Q-switch delay, microseconds 0..999. [unit and range inferred] */
    record SetQswitchDelay(int microseconds) implements QuantaRayRequest {
        public SetQswitchDelay {
            QuantaRayLimits.check("microseconds", microseconds, 0, QuantaRayLimits.MAX_DELAY_MICROSECONDS);
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.QSWITCH_DELAY; }
        @Override public String text() { return "QSW DEL " + microseconds; }
    }

    /** {@code OPFN <percent>}: oscillator PFN, tenths of a percent of full scale, 0..1000. */
    record SetOscillatorPfn(int tenthsPercent) implements QuantaRayRequest {
        public SetOscillatorPfn {
            QuantaRayLimits.check("tenthsPercent", tenthsPercent, 0, QuantaRayLimits.MAX_TENTHS_PERCENT);
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.OSCILLATOR_PFN; }
        @Override public String text() { return "OPFN " + DecimalText.minimal(tenthsPercent, 1); }
    }

    /** {@code APFN <percent>}: amplifier PFN, tenths of a percent of full scale, 0..1000. */
    record SetAmplifierPfn(int tenthsPercent) implements QuantaRayRequest {
        public SetAmplifierPfn {
            QuantaRayLimits.check("tenthsPercent", tenthsPercent, 0, QuantaRayLimits.MAX_TENTHS_PERCENT);
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.AMPLIFIER_PFN; }
        @Override public String text() { return "APFN " + DecimalText.minimal(tenthsPercent, 1); }
    }

    /** {@code WATC <s>}: host watchdog, seconds 0..110, 0 = off. */
    record SetWatchdog(int seconds) implements QuantaRayRequest {
        public SetWatchdog {
            QuantaRayLimits.check("seconds", seconds, 0, QuantaRayLimits.MAX_WATCHDOG_SECONDS);
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.WATCHDOG; }
        @Override public String text() { return "WATC " + seconds; }
    }

    /** {@code ECH <n>}: echo mode 0..5. */
    record SetEchoMode(EchoMode mode) implements QuantaRayRequest {
        public SetEchoMode {
            if (mode == null || mode == EchoMode.POWER_UP) {
                throw new QuantaRayProtocolException("echo mode " + mode + " cannot be sent");
            }
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.ECHO_MODE; }
        @Override public String text() { return "ECH " + mode.code(); }
    }

    /** {@code BAUD <rate>}: serial speed, one of {@link QuantaRayLimits#BAUD_RATES}. [set inferred] */
    record SetBaudRate(int baud) implements QuantaRayRequest {
        public SetBaudRate {
            if (!QuantaRayLimits.BAUD_RATES.contains(baud)) {
                throw new QuantaRayProtocolException("baud rate " + baud + " not one of " + QuantaRayLimits.BAUD_RATES);
            }
        }

        @Override public QuantaRayCommand command() { return QuantaRayCommand.BAUD_RATE; }
        @Override public String text() { return "BAUD " + baud; }
    }
}
