package org.pulseguard.transport;

/** Creates the transport for a {@link PortAddress}. */
public final class Transports {
    private Transports() {}

    /** A serial transport for a path, or a TCP transport for {@code tcp://HOST:PORT}; not yet opened. */
    public static ByteTransport forAddress(PortAddress address, SerialSettings settings) {
        if (address instanceof PortAddress.Tcp tcp) {
            return new TcpTransport(tcp.host(), tcp.port(), settings);
        }
        return new SerialPortTransport(((PortAddress.Serial) address).path(), settings);
    }

    /**
     * Runs {@code step} at JVM shutdown (SIGTERM, Ctrl-C) while the serial ports are still open:
     * jSerialComm closes every port in a shutdown hook of its own, so a plain JVM hook that still
     * needs to tell a unit to go to STANDBY could find its link already closed.
     */
    public static void atShutdownBeforePortsClose(Thread step) {
        com.fazecast.jSerialComm.SerialPort.addShutdownHook(step);
    }
}
