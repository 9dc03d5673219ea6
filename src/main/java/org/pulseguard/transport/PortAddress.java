package org.pulseguard.transport;

import java.util.Objects;

/**
 * Where a laser unit is reached: a serial device path ({@code /dev/ttyUSB0}, a pty link such as
 * {@code ./laser0}) or {@code tcp://HOST:PORT}. Immutable.
 */
public sealed interface PortAddress {

    /** A serial port or pseudo-terminal, by path. */
    record Serial(String path) implements PortAddress {
        public Serial {
            Objects.requireNonNull(path, "path");
            if (path.isBlank()) {
                throw new IllegalArgumentException("serial port path is empty");
            }
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** A TCP endpoint (serial device server, simulator). */
    record Tcp(String host, int port) implements PortAddress {
        public Tcp {
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("TCP port " + port + " outside 1..65535");
            }
        }

        @Override
        public String toString() {
            return "tcp://" + host + ":" + port;
        }
    }

    /** Parses {@code tcp://HOST:PORT} or a device path. */
    static PortAddress parse(String text) {
        Objects.requireNonNull(text, "port");
        if (text.startsWith("tcp://")) {
            String rest = text.substring("tcp://".length());
            int colon = rest.lastIndexOf(':');
            if (colon <= 0 || colon == rest.length() - 1) {
                throw new IllegalArgumentException("port '" + text + "' is not tcp://HOST:PORT");
            }
            try {
                return new Tcp(rest.substring(0, colon), Integer.parseInt(rest.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port '" + text + "' has no numeric TCP port", e);
            }
        }
        return new Serial(text);
    }
}
