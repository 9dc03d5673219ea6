#!/usr/bin/env python3
"""Writes golden-transcripts.txt for the Quanta-Ray INDI/PRO/LAB dialect (docs/protocol/quantaray.md).

Independent of the Java codec on purpose: requests and replies are written here by hand from the
command table (laser-protocols.md section 2) and the reply formats chosen in docs/protocol/quantaray.md.

Each output line:
  NAME | echo mode | "request bytes" | "reply bytes" | device reading | host reading
Bytes are strings with \\r, \\n escapes; "" means no bytes. Readings use the Java record names;
a refused line is read as Rejected[error=...] and its ERROR line is read by the host as Refused[...].
"""

OUT = "golden-transcripts.txt"
LINES = []
COVERED = set()

# Every command keyword of the table, as the Java QuantaRayCommand constants name them.
COMMANDS = {
    "*IDN?": "IDENTIFY", "HELP": "HELP", "ON": "ON", "OFF": "OFF", "LAMP": "LAMP", "LAMP VAR?": "LAMP_RATE_QUERY",
    "QSW": "QSWITCH", "QSW?": "QSWITCH_QUERY", "ADV": "ADVANCED_SYNC", "QSW ADV?": "ADVANCED_SYNC_QUERY",
    "QSW DEL": "QSWITCH_DELAY", "QSW DEL?": "QSWITCH_DELAY_QUERY", "OPFN": "OSCILLATOR_PFN", "APFN": "AMPLIFIER_PFN",
    "READ:OPFN?": "READ_OSCILLATOR_PFN", "READ:APFN?": "READ_AMPLIFIER_PFN", "READ:OMON?": "READ_OSCILLATOR_MONITOR",
    "READ:AMON?": "READ_AMPLIFIER_MONITOR", "READ:QSWADV?": "READ_ADVANCED_SYNC", "READ:VAR?": "READ_LAMP_RATE",
    "SHOT?": "SHOT_COUNT", "WATC": "WATCHDOG", "ECH": "ECHO_MODE", "BAUD": "BAUD_RATE", "*STB?": "STATUS",
    "STAT:QUES?": "QUESTIONABLE", "READ:HIST?": "HISTORY", "*RST?": "RESET",
}


def esc(text):
    return '"' + text.replace("\r", "\\r").replace("\n", "\\n") + '"'


def add(name, keyword, request, reply_lines, device, host, mode="POWER_UP"):
    end = "\r\n" if mode == "CRLF_ENDINGS" else "\n"
    reply = "".join(line + end for line in reply_lines)
    for field in (name, request, reply, device, host):
        assert "|" not in field, field
    if keyword is not None:
        COVERED.add(keyword)
    LINES.append(" | ".join([name, mode, esc(request + "\r"), esc(reply), device, host]))


def plain(name, keyword, reply_lines=(), host="none", mode="POWER_UP"):
    add(name, keyword, keyword, list(reply_lines), "Accepted[request=Plain[command=%s]]" % COMMANDS[keyword],
        host if not reply_lines else "Parsed[reply=%s]" % host, mode)


def setting(name, keyword, request, record):
    add(name, keyword, request, [], "Accepted[request=%s]" % record, "none")


def refused(name, request, error, code, message):
    add(name, None, request, ["ERROR %d %s" % (code, message)], "Rejected[error=%s]" % error,
        'Refused[error=DeviceError[code=%d, message="%s"]]' % (code, message), "ERROR_MESSAGES")


def quoted(items):
    return "[" + ", ".join('"%s"' % item for item in items) + "]"


HELP = [
    "ON OFF *IDN? *STB? STAT:QUES? *RST? HELP",
    "LAMP FIX/EXT/VAR/INH [rate] LAMP VAR? READ:VAR?",
    "QSW LONG/EXT/NORM/SING/FIR/REP QSW? ADV n QSW ADV? QSW DEL n QSW DEL?",
    "OPFN n APFN n READ:OPFN? READ:APFN? READ:OMON? READ:AMON? READ:QSWADV?",
    "SHOT? WATC n ECH n BAUD n READ:HIST?",
]
IDN = "SPECTRA-PHYSICS,LAB-170-10,1234,2.01"
STB = (1 << 23) | (1 << 9) | (1 << 8) | (1 << 0)
assert STB == 8389377

plain("*IDN? identity", "*IDN?", [IDN], 'Identity[text="%s"]' % IDN)
plain("HELP five lines", "HELP", HELP, "HelpText[lines=%s]" % quoted(HELP))
plain("ON main power", "ON")
plain("OFF main power", "OFF")
for word in ("FIX", "EXT", "VAR", "INH"):
    setting("LAMP %s" % word, "LAMP", "LAMP %s" % word, "SetLamp[trigger=%s]" % word)
setting("LAMP VAR 10 Hz", "LAMP", "LAMP VAR 10", "SetLampWithRate[trigger=VAR, rateCentihertz=1000]")
setting("LAMP VAR 10.5 Hz", "LAMP", "LAMP VAR 10.5", "SetLampWithRate[trigger=VAR, rateCentihertz=1050]")
setting("LAMP FIX with rate", "LAMP", "LAMP FIX 10", "SetLampWithRate[trigger=FIX, rateCentihertz=1000]")
plain("LAMP VAR? rate setting", "LAMP VAR?", ["10.00"], "LampRate[centihertz=1000]")
for word in ("LONG", "EXT", "NORM", "SING", "FIR", "REP"):
    setting("QSW %s" % word, "QSW", "QSW %s" % word, "SetQswitch[action=%s]" % word)
plain("QSW? mode", "QSW?", ["REP"], "QswitchSetting[mode=REP]")
plain("QSW? single-shot mode", "QSW?", ["SING"], "QswitchSetting[mode=SING]")
setting("ADV 150 us", "ADV", "ADV 150", "SetAdvancedSync[microseconds=150]")
plain("QSW ADV? advanced sync", "QSW ADV?", ["150"], "SyncDelay[microseconds=150]")
setting("QSW DEL 200 us", "QSW DEL", "QSW DEL 200", "SetQswitchDelay[microseconds=200]")
plain("QSW DEL? Q-switch delay", "QSW DEL?", ["200"], "SyncDelay[microseconds=200]")
setting("OPFN 55 %", "OPFN", "OPFN 55", "SetOscillatorPfn[tenthsPercent=550]")
setting("OPFN 55.5 %", "OPFN", "OPFN 55.5", "SetOscillatorPfn[tenthsPercent=555]")
setting("APFN 60 %", "APFN", "APFN 60", "SetAmplifierPfn[tenthsPercent=600]")
plain("READ:OPFN? setting", "READ:OPFN?", ["55.0 %"], "PfnPercent[tenthsPercent=550]")
plain("READ:APFN? setting", "READ:APFN?", ["60.0 %"], "PfnPercent[tenthsPercent=600]")
plain("READ:OMON? monitor", "READ:OMON?", ["54.8 %"], "PfnPercent[tenthsPercent=548]")
plain("READ:AMON? monitor", "READ:AMON?", ["59.9 %"], "PfnPercent[tenthsPercent=599]")
plain("READ:QSWADV? advanced sync in force", "READ:QSWADV?", ["150"], "SyncDelay[microseconds=150]")
plain("READ:VAR? lamp trigger rate", "READ:VAR?", ["9.95"], "LampRate[centihertz=995]")
plain("SHOT? shot count", "SHOT?", ["123456"], "ShotCount[shots=123456]")
plain("SHOT? with CR LF endings", "SHOT?", ["123456"], "ShotCount[shots=123456]", mode="CRLF_ENDINGS")
setting("WATC 10 s", "WATC", "WATC 10", "SetWatchdog[seconds=10]")
setting("WATC 0 off", "WATC", "WATC 0", "SetWatchdog[seconds=0]")
setting("WATC 110 s", "WATC", "WATC 110", "SetWatchdog[seconds=110]")
setting("ECH 2 error messages", "ECH", "ECH 2", "SetEchoMode[mode=ERROR_MESSAGES]")
setting("ECH 4 CR LF endings", "ECH", "ECH 4", "SetEchoMode[mode=CRLF_ENDINGS]")
setting("BAUD 9600", "BAUD", "BAUD 9600", "SetBaudRate[baud=9600]")
plain("*STB? simmer, contactor, emission, computer in control", "*STB?", [str(STB)], "StatusRegister[bits=%d]" % STB)
plain("STAT:QUES? clear", "STAT:QUES?", ["0"], "QuestionableRegister[bits=0]")
plain("STAT:QUES? de-ionized water low", "STAT:QUES?", [str(1 << 12)], "QuestionableRegister[bits=4096]")
plain("READ:HIST? one entry", "READ:HIST?", ["1 827", "301 801", "0 0"],
      "ErrorHistory[nowSeconds=827, entries=[Entry[code=301, timeSeconds=801]]]")
plain("READ:HIST? two entries", "READ:HIST?", ["2 900", "412 880", "301 801", "0 0"],
      "ErrorHistory[nowSeconds=900, entries=[Entry[code=412, timeSeconds=880], Entry[code=301, timeSeconds=801]]]")
plain("READ:HIST? empty", "READ:HIST?", ["0 1500"], "ErrorHistory[nowSeconds=1500, entries=[]]")
plain("*RST? board reset", "*RST?")
refused("WATC 111 out of range", "WATC 111", "OUT_OF_RANGE", 3, "OUT OF RANGE")
refused("FIRE unknown", "FIRE", "UNKNOWN_COMMAND", 1, "UNKNOWN COMMAND")
refused("OPFN without number", "OPFN fifty", "BAD_ARGUMENT", 2, "BAD ARGUMENT")

missing = set(COMMANDS) - COVERED
assert not missing, missing

with open(OUT, "w") as out:
    out.write("# Golden request/reply transcripts of the Quanta-Ray dialect, generated by make_golden.py.\n")
    out.write("# NAME | echo mode | request bytes | reply bytes | device reading | host reading\n")
    for line in LINES:
        out.write(line + "\n")
print("wrote %d exchanges covering %d commands" % (len(LINES), len(COMMANDS)))
