package org.pulseguard.cli;

import org.pulseguard.transport.PortAddress;
import org.pulseguard.transport.SerialSettings;
import picocli.CommandLine;

/**
 * Converters for option values shared by several commands: each refuses a bad value at parse time
 * with one line naming it and what is expected (picocli prefixes the option), never an exception
 * class name.
 */
final class CliConverters {
    private CliConverters() {}

    /** {@code --port}: a device path or {@code tcp://HOST:PORT}. */
    static final class Port implements CommandLine.ITypeConverter<PortAddress> {
        @Override
        public PortAddress convert(String value) {
            try {
                return PortAddress.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage()
                        + "; expected a device path such as /dev/ttyUSB0 or ./laser0, or tcp://HOST:PORT with PORT 1..65535");
            }
        }
    }

    /** {@code --line}: serial line settings such as {@code 9600 8N2}. */
    static final class Line implements CommandLine.ITypeConverter<SerialSettings> {
        @Override
        public SerialSettings convert(String value) {
            try {
                return SerialSettings.parse(value);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("serial settings '" + value + "': a number is too large");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage() + " (baud, data bits, parity N/E/O, stop bits)");
            }
        }
    }

    /** A TCP port to listen on: 0 (any free port) to 65535. */
    static final class ListenPort implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int port;
            try {
                port = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a TCP port number (0..65535)");
            }
            if (port < 0 || port > 65535) {
                throw new CommandLine.TypeConversionException("TCP port " + port + " is outside 0..65535 (0: any free port)");
            }
            return port;
        }
    }
}
