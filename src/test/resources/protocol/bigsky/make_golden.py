#!/usr/bin/env python3
"""Writes golden-transcripts.txt for the Big Sky / CFR dialect (docs/protocol/bigsky.md).

Independent of the Java codec on purpose: every reply is built here from the templates as the
reference (laser-protocols.md section 1.4) writes them, with '-' for a digit column, and the
15-character padding decided in docs/protocol/bigsky.md. Extra markers used only here:
  ^  a sign column (+ or -)        %  a binary digit, bit i at the i-th '%' from the left
  *  a free text column (software name)

Each output line:  NAME | "request bytes" | "reply bytes" | device reading of the request | host reading of the reply
Bytes are written as strings with \\r, \\n escapes. Readings use the Java record names.
"""

OUT = "golden-transcripts.txt"

# mnemonic -> (Java BigSkyCommand, Java ReplyLayout, 15-character template)
TABLE = {
    "SN":  ("SERIAL_NUMBER", "SERIAL_NUMBER", "s/number    ---"),
    "CG":  ("COOLING_TEMPERATURE_CELSIUS", "COOLING_TEMPERATURE_CELSIUS", "temp. CG -- d  "),
    "CGF": ("COOLING_TEMPERATURE_FAHRENHEIT", "COOLING_TEMPERATURE_FAHRENHEIT", "temp. CG --- F "),
    "X":   ("SOFTWARE_VERSION", "SOFTWARE_VERSION", "*******  -.--  "),
    "DAT": ("SOFTWARE_DATE", "SOFTWARE_DATE", "--/--/--       "),
    "T":   ("RUN_TIME", "RUN_TIME", "ct time ----:--"),
    "NTP": ("TEMPERATURE_DISPLAY", "TEMPERATURE_DISPLAY", "option TP  :  -"),
    "CFF": ("CONFIGURATION", "CONFIGURATION", "configuration -"),
    "CFG": ("LOAD_CONFIGURATION", "CONFIGURATION", "configuration -"),
    "SAV": ("SAVE_CONFIGURATION", "SAVED_CONFIGURATION", "Save config.  -"),
    "NPS": ("RACK_OPTION", "RACK_OPTION", "option MPS :  -"),
    "NCA": ("CAPACITOR_OPTION", "CAPACITOR_OPTION", "option CAP :  -"),
    "NOP": ("LASER_TYPE", "LASER_TYPE", "option B2K : --"),
    "R":   ("SHUTTER", "SHUTTER", None),
    "ROF": ("SHUTTER_AT_RUN", "SHUTTER_AT_RUN", "shutt. at run -"),
    "P":   ("WATER_PUMP", "WATER_PUMP", "CG pump       -"),
    "WOR": ("STATUS", "STATUS_WORD", "I - F - S - Q -"),
    "V":   ("FLASHLAMP_VOLTAGE", "FLASHLAMP_VOLTAGE", "voltage  ---- V"),
    "VA":  ("CAPACITOR_VOLTAGE_SAMPLED", "CAPACITOR_VOLTAGE_SAMPLED", "voltage ac----V"),
    "VT":  ("CAPACITOR_VOLTAGE_INSTANT", "CAPACITOR_VOLTAGE_INSTANT", "voltage it----V"),
    "ENE": ("FLASHLAMP_ENERGY", "FLASHLAMP_ENERGY", "energy    --.-J"),
    "CAP": ("CAPACITANCE", "CAPACITANCE", "capacity --.-uF"),
    "F":   ("LAMP_RATE", "LAMP_RATE", "freq.  --.-- Hz"),
    "LPM": ("LAMP_TRIGGER", "LAMP_TRIGGER", "LP synch :  -  "),
    "C":   ("LAMP_COUNTER", "LAMP_COUNTER", "ct LP ---------"),
    "UC":  ("LAMP_USER_COUNTER", "LAMP_USER_COUNTER", "cu LP ---------"),
    "A":   ("LAMP_START", "STATUS_WORD", "I - F - S - Q -"),
    "S":   ("LAMP_STOP", "STATUS_WORD", "I - F - S - Q -"),
    "M":   ("LAMP_SIMMER", "STATUS_WORD", "I - F - S - Q -"),
    "IF":  ("LAMP_INTERLOCKS", "LAMP_INTERLOCKS", "IF     %%%%%%%%"),
    "IF2": ("LAMP_INTERLOCKS_2", "LAMP_INTERLOCKS_2", "IF2    %%%%%%%%"),
    "QSM": ("QSWITCH_MODE", "QSWITCH_MODE", "QS mode  :   - "),
    "QSF": ("QSWITCH_DIVIDER", "QSWITCH_DIVIDER", "cycle rate F/--"),
    "QSP": ("QSWITCH_BURST_COUNT", "QSWITCH_BURST_COUNT", "burst QS    ---"),
    "QOF": ("QSWITCH_AT_RUN", "QSWITCH_AT_RUN", "QS at run     -"),
    "CQ":  ("QSWITCH_COUNTER", "QSWITCH_COUNTER", "ct QS ---------"),
    "UCQ": ("QSWITCH_USER_COUNTER", "QSWITCH_USER_COUNTER", "cu QS ---------"),
    "W":   ("QSWITCH_DELAY", "QSWITCH_DELAY", "delay    --- uS"),
    "WMN": ("QSWITCH_DELAY_MINIMUM", "QSWITCH_DELAY_MINIMUM", "dly QS m --- uS"),
    "WMX": ("QSWITCH_DELAY_MAXIMUM", "QSWITCH_DELAY_MAXIMUM", "dly QS M --- uS"),
    "WD":  ("DOUBLE_PULSE_DELAY", "DOUBLE_PULSE_DELAY", "QS1-QS2  --- uS"),
    "VQ":  ("QSWITCH_SYNC_SHIFT", "QSWITCH_SYNC_SHIFT", "var. QS ^--- nS"),
    "QSW": ("QSWITCH_WAIT", "QSWITCH_WAIT", "QS wait :  --- "),
    "QSR": ("QSWITCH_RAMP", "QSWITCH_RAMP", "QS ramp :  --- "),
    "TQN": ("QSWITCH_MINIMUM_TEMPERATURE", "QSWITCH_MINIMUM_TEMPERATURE", "tp QS min --d  "),
    "QSS": ("QSWITCH_RAMP_STEP", "QSWITCH_RAMP_STEP", "QS step : --uS "),
    "PQ":  ("QSWITCH_START", "STATUS_WORD", "I - F - S - Q -"),
    "SQ":  ("QSWITCH_STOP", "STATUS_WORD", "I - F - S - Q -"),
    "OQ":  ("QSWITCH_SINGLE", "STATUS_WORD", "I - F - S - Q -"),
    "IQ":  ("QSWITCH_INTERLOCKS", "QSWITCH_INTERLOCKS", "IQ     %%%%%%%%"),
    "IHG": ("HARMONIC_AT_TEMPERATURE", "HARMONIC_AT_TEMPERATURE", "IHG           -"),
    "L":   ("TIMEOUT_FUNCTION", "TIMEOUT_FUNCTION", "time out      -"),
    "CLS": ("SIMMER_TIMEOUT_PRESET", "SIMMER_TIMEOUT_PRESET", "con SIM = --:--"),
    "CLC": ("FIRING_TIMEOUT_PRESET", "FIRING_TIMEOUT_PRESET", "con LF  = --:--"),
    "CLQ": ("QSWITCH_TIMEOUT_PRESET", "QSWITCH_TIMEOUT_PRESET", "con QS  = --:--"),
    "LS":  ("SIMMER_TIMEOUT_COUNTER", "SIMMER_TIMEOUT_COUNTER", "cpt SIM = --:--"),
    "LC":  ("FIRING_TIMEOUT_COUNTER", "FIRING_TIMEOUT_COUNTER", "cpt LF  = --:--"),
    "LQ":  ("QSWITCH_TIMEOUT_COUNTER", "QSWITCH_TIMEOUT_COUNTER", "cpt QS  = --:--"),
}
for _m, (_c, _l, _t) in TABLE.items():
    assert _t is None or len(_t) == 15, (_m, _t)


def is_marker(template, i):
    """A '-' between two letters or digits is text (QS1-QS2), any other '-' a digit column."""
    c = template[i]
    if c == "-" and 0 < i < 14 and template[i - 1].isalnum() and template[i + 1].isalnum():
        return False
    return c in "-^%*"


def fill(template, *groups):
    """Writes each value string into the next run of template markers, left to right."""
    out, values = list(template), list(groups)
    i = 0
    while i < 15:
        if is_marker(template, i):
            j = i
            while j < 15 and (is_marker(template, j) or (template[j] == "." and j + 1 < 15 and template[j + 1] == "-")):
                j += 1
            value = values.pop(0)
            cols = [k for k in range(i, j) if template[k] != "."]
            assert len(value) == len(cols), (template, value)
            for k, ch in zip(cols, value):
                out[k] = ch
            i = j
        else:
            i += 1
    assert not values, (template, values)
    result = "".join(out)
    assert len(result) == 15
    return result


def digits(value, width):
    text = str(value).rjust(width, "0")
    assert len(text) == width and text.isdigit()
    return text


def bits(value):
    return "".join("1" if value >> i & 1 else "0" for i in range(8))


def address_text(prefix):
    return "AnyUnit[]" if prefix == ">" else "Unit[serial=%d]" % int(prefix[1:])


LINES = []
COVERED = set()


def exchange(name, prefix, mnemonic, argument, reply, reading):
    command = TABLE[mnemonic][0]
    COVERED.add(mnemonic)
    if argument is None:
        request, parsed = prefix + mnemonic, "Plain[command=%s]" % command
    else:
        text, value = argument
        request, parsed = prefix + mnemonic + text, "WithValue[command=%s, value=%d]" % (command, value)
    reading_text = "Accepted[address=%s, request=%s]" % (address_text(prefix), parsed)
    LINES.append("%s | \"%s\\r\\n\" | \"\\r\\n%s\" | %s | %s" % (name, request, reply, reading_text, reading))


def numeric(name, mnemonic, argument, value, shown, prefix=">"):
    """A one-number reply; shown = the digit columns as written (without '.'), sign first if any."""
    layout, template = TABLE[mnemonic][1], TABLE[mnemonic][2]
    exchange(name, prefix, mnemonic, argument, fill(template, shown),
             "NumericReading[layout=%s, value=%d]" % (layout, value))


def status(name, mnemonic, i, f, s, q):
    names = {0: "STOP", 1: "SINGLE", 2: "START"}
    reply = fill(TABLE[mnemonic][2], str(i), str(f), str(s), str(q))
    reading = ("StatusWord[interlockCode=%d, lamp=%s, lampExternalTrigger=%s, simmerCode=%d, qswitch=%s, "
               "qswitchExternalTrigger=%s]") % (i, names[f % 4], str(f > 3).lower(), s, names[q % 4], str(q > 3).lower())
    exchange(name, ">", mnemonic, None, reply, reading)


def interlocks(name, mnemonic, value):
    exchange(name, ">", mnemonic, None, fill(TABLE[mnemonic][2], bits(value)),
             "InterlockField[layout=%s, bits=%d]" % (TABLE[mnemonic][1], value))


def countdown(name, mnemonic, argument, minutes, seconds):
    exchange(name, ">", mnemonic, argument, fill(TABLE[mnemonic][2], digits(minutes, 2), digits(seconds, 2)),
             "Countdown[layout=%s, seconds=%d]" % (TABLE[mnemonic][1], minutes * 60 + seconds))


def shutter(name, argument, opened):
    reply = "shutter opened " if opened else "shutter closed "
    exchange(name, ">", "R", argument, reply, "Shutter[open=%s]" % str(opened).lower())


numeric("SN query", "SN", None, 62, "062")
numeric("SN query addressed to unit 184", "SN", None, 184, "184", prefix="$184")
numeric("CG query", "CG", None, 25, "25")
numeric("CGF query", "CGF", None, 77, "077")
exchange("X query", ">", "X", None, fill(TABLE["X"][2], "CFR200 ", "123"),
         'SoftwareVersion[name="CFR200 ", major=1, minor=23]')
exchange("DAT query", ">", "DAT", None, fill(TABLE["DAT"][2], "14", "03", "19"),
         "SoftwareDate[day=14, month=3, year=19]")
exchange("T query", ">", "T", None, fill(TABLE["T"][2], "1234", "56"), "RunTime[hours=1234, minutes=56]")
numeric("NTP query", "NTP", None, 0, "0")
numeric("NTP1 Fahrenheit display", "NTP", ("1", 1), 1, "1")
numeric("CFF query", "CFF", None, 1, "1")
numeric("CFG2 load configuration 2", "CFG", ("2", 2), 2, "2")
numeric("SAV1 save configuration 1", "SAV", ("1", 1), 1, "1")
numeric("NPS query", "NPS", None, 1, "1")
numeric("NCA query", "NCA", None, 2, "2")
numeric("NOP query", "NOP", None, 15, "15")
shutter("R query", None, False)
shutter("R1 open shutter", ("1", 1), True)
shutter("R0 close shutter", ("0", 0), False)
numeric("ROF query", "ROF", None, 0, "0")
numeric("ROF1 open shutter at run", "ROF", ("1", 1), 1, "1")
numeric("P query", "P", None, 1, "1")
numeric("P0 pump off", "P", ("0", 0), 0, "0")
numeric("P1 pump on", "P", ("1", 1), 1, "1")
status("WOR lamp and Q-switch started", "WOR", 0, 2, 1, 2)
status("WOR interlock open, external triggers", "WOR", 1, 4, 0, 5)
numeric("V query", "V", None, 920, "0920")
numeric("V920 set voltage", "V", ("920", 920), 920, "0920")
numeric("V1800 set voltage", "V", ("1800", 1800), 1800, "1800")
numeric("VA query", "VA", None, 915, "0915")
numeric("VT query", "VT", None, 903, "0903")
numeric("ENE query", "ENE", None, 123, "123")
numeric("ENE70 set 7.0 J", "ENE", ("70", 70), 70, "070")
numeric("CAP query", "CAP", None, 300, "300")
numeric("CAP275 set 27.5 uF", "CAP", ("275", 275), 275, "275")
numeric("F query", "F", None, 1000, "1000")
numeric("F1225 set 12.25 Hz", "F", ("1225", 1225), 1225, "1225")
numeric("F1 set 0.01 Hz", "F", ("1", 1), 1, "0001")
numeric("LPM query", "LPM", None, 0, "0")
numeric("LPM1 external lamp trigger", "LPM", ("1", 1), 1, "1")
numeric("C query", "C", None, 12345678, "012345678")
numeric("UC query", "UC", None, 1234, "000001234")
numeric("UC0 reset lamp user counter", "UC", ("0", 0), 0, "000000000")
status("A lamp start", "A", 0, 2, 1, 0)
status("S lamp stop", "S", 0, 0, 0, 0)
status("M lamp simmer", "M", 0, 0, 1, 0)
interlocks("IF all clear", "IF", 0)
interlocks("IF water flow and cover open", "IF", (1 << 0) | (1 << 6))
interlocks("IF2 capacitor load fail", "IF2", 1 << 2)
numeric("QSM query", "QSM", None, 0, "0")
numeric("QSM1 burst", "QSM", ("1", 1), 1, "1")
numeric("QSM2 external", "QSM", ("2", 2), 2, "2")
numeric("QSF query", "QSF", None, 10, "10")
numeric("QSF5 set F/5", "QSF", ("5", 5), 5, "05")
numeric("QSP query", "QSP", None, 50, "050")
numeric("QSP50 set 50 pulses", "QSP", ("50", 50), 50, "050")
numeric("QOF query", "QOF", None, 1, "1")
numeric("QOF0 Q-switch off at run", "QOF", ("0", 0), 0, "0")
numeric("QOF1 Q-switch on at run", "QOF", ("1", 1), 1, "1")
numeric("CQ query", "CQ", None, 123456, "000123456")
numeric("UCQ query", "UCQ", None, 42, "000000042")
numeric("UCQ0 reset Q-switch user counter", "UCQ", ("0", 0), 0, "000000000")
numeric("W query", "W", None, 225, "225")
numeric("W180 set delay", "W", ("180", 180), 180, "180")
numeric("WMN query", "WMN", None, 80, "080")
numeric("WMX query", "WMX", None, 400, "400")
numeric("WD query", "WD", None, 100, "100")
numeric("WD100 set double-pulse delay", "WD", ("100", 100), 100, "100")
numeric("WD0 one pulse", "WD", ("0", 0), 0, "000")
numeric("VQ query", "VQ", None, 250, "+250")
numeric("VQ+250 set shift", "VQ", ("+250", 250), 250, "+250")
numeric("VQ-100 set shift", "VQ", ("-100", -100), -100, "-100")
numeric("VQ+0 set shift", "VQ", ("+0", 0), 0, "+000")
numeric("QSW query", "QSW", None, 10, "010")
numeric("QSR query", "QSR", None, 20, "020")
numeric("TQN query", "TQN", None, 25, "25")
numeric("QSS query", "QSS", None, 5, "05")
status("PQ Q-switch start", "PQ", 0, 2, 1, 2)
status("SQ Q-switch stop", "SQ", 0, 2, 1, 0)
status("OQ Q-switch single", "OQ", 0, 2, 1, 1)
interlocks("IQ emission inhibited and shutter closed", "IQ", (1 << 1) | (1 << 6))
numeric("IHG query", "IHG", None, 1, "1")
numeric("L query", "L", None, 0, "0")
numeric("L1 time-out on", "L", ("1", 1), 1, "1")
countdown("CLS query", "CLS", None, 60, 0)
countdown("CLS0130 set 1:30", "CLS", ("0130", 90), 1, 30)
countdown("CLC query", "CLC", None, 1, 0)
countdown("CLC0100 set 1:00", "CLC", ("0100", 60), 1, 0)
countdown("CLQ query", "CLQ", None, 1, 0)
countdown("CLQ9959 set 99:59", "CLQ", ("9959", 5999), 99, 59)
countdown("LS query", "LS", None, 59, 58)
countdown("LC query", "LC", None, 0, 45)
countdown("LQ query", "LQ", None, 0, 0)

missing = set(TABLE) - COVERED
assert not missing, missing

with open(OUT, "w") as out:
    out.write("# Golden request/reply transcripts of the Big Sky / CFR dialect, generated by make_golden.py.\n")
    out.write("# NAME | request bytes | reply bytes (CR LF + 15 characters) | device reading | host reading\n")
    for line in LINES:
        out.write(line + "\n")
print("wrote %d exchanges covering %d commands" % (len(LINES), len(TABLE)))
