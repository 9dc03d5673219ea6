package org.pulseguard.transport;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line settings of a serial link, for example 115200 8N1 or 9600 8N2. Immutable.
 *
 * @param baud bits per second, 300..4000000
 * @param dataBits 5..8
 * @param parity 'N', 'E' or 'O'
 * @param stopBits 1 or 2
 */
public record SerialSettings(int baud, int dataBits, char parity, int stopBits) {
    /** The reference laser's default. */
    public static final SerialSettings REFERENCE_DEFAULT = new SerialSettings(115200, 8, 'N', 1);

    private static final Pattern TEXT = Pattern.compile("(\\d+)\\s+([5-8])([NEOneo])([12])");

    public SerialSettings {
        if (baud < 300 || baud > 4_000_000) {
            throw new IllegalArgumentException("baud " + baud + " outside 300..4000000");
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits " + dataBits + " outside 5..8");
        }
        parity = Character.toUpperCase(parity);
        if (parity != 'N' && parity != 'E' && parity != 'O') {
            throw new IllegalArgumentException("parity '" + parity + "' is not N, E or O");
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stop bits " + stopBits + " is not 1 or 2");
        }
    }

    /** Parses {@code "115200 8N1"}. */
    public static SerialSettings parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("serial settings '" + text + "' are not like '115200 8N1'");
        }
        return new SerialSettings(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3).charAt(0), Integer.parseInt(m.group(4)));
    }

    /** Bit times per byte on the wire: start bit, data bits, parity bit if any, stop bits. */
    public int bitsPerByte() {
        return 1 + dataBits + (parity == 'N' ? 0 : 1) + stopBits;
    }

    /** Time {@code bytes} bytes take on the wire, in nanoseconds. */
    public long wireTimeNanos(int bytes) {
        return Math.round(bytes * (double) bitsPerByte() * 1e9 / baud);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d %d%c%d", baud, dataBits, parity, stopBits);
    }
}
