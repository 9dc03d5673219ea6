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
}
