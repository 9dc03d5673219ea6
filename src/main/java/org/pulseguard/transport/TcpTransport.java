package org.pulseguard.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Objects;

/**
 * A TCP connection carrying a serial line byte for byte: a serial device server in the clinic, or
 * the simulator's TCP endpoint. EOF or a reset becomes {@link TransportException.Kind#LINK_LOST}.
 *
 * <p>One reader thread and any number of writer threads; writes are serialised.
 */
public final class TcpTransport implements ByteTransport {
    private static final int READ_TIMEOUT_MILLIS = 100;
    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private final String host;
    private final int port;
    private final SerialSettings settings;
    private final Object writeLock = new Object();
    private volatile Socket socket;
    private volatile InputStream in;
    private volatile OutputStream out;
    private volatile boolean open;

    /**
     * @param host host name or address; must not be null
     * @param port TCP port
     * @param settings the serial line settings at the far end (used for wire-time figures)
     */
    public TcpTransport(String host, int port, SerialSettings settings) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void open() throws TransportException {
        close();
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            s.setSoTimeout(READ_TIMEOUT_MILLIS);
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            closeQuietly(s);
            throw TransportException.openFailed("tcp://" + host + ":" + port, classify(e), "", e);
        }
        socket = s;
        open = true;
    }

    @Override
    public int read(byte[] buffer) throws TransportException {
        InputStream input = requireOpen(in);
        try {
            int n = input.read(buffer);
            if (n < 0) {
                open = false;
                throw new TransportException(TransportException.Kind.LINK_LOST, "tcp://" + host + ":" + port + " closed by the far end");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            open = false;
            throw new TransportException(TransportException.Kind.LINK_LOST, "tcp://" + host + ":" + port + " lost: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] data) throws TransportException {
        synchronized (writeLock) {
            OutputStream output = requireOpen(out);
            try {
                output.write(data);
                output.flush();
            } catch (IOException e) {
                open = false;
                throw new TransportException(TransportException.Kind.LINK_LOST, "tcp://" + host + ":" + port + " lost on write: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public int pollMillis() {
        return READ_TIMEOUT_MILLIS;
    }

    @Override
    public SerialSettings settings() {
        return settings;
    }

    @Override
    public String describe() {
        return "tcp://" + host + ":" + port + " (" + settings + " at the far end)";
    }

    @Override
    public void close() {
        open = false;
        Socket s = socket;
        socket = null;
        if (s != null) {
            closeQuietly(s);
        }
    }

    private <T> T requireOpen(T stream) throws TransportException {
        if (socket == null || stream == null) {
            throw new TransportException(TransportException.Kind.CLOSED, "tcp://" + host + ":" + port + " is closed");
        }
        if (!open) {
            throw new TransportException(TransportException.Kind.LINK_LOST, "tcp://" + host + ":" + port + " was lost; reopen it");
        }
        return stream;
    }

    /** What a failed connect means: a name that does not resolve is not a refusal. */
    static OpenFailure classify(IOException e) {
        if (e instanceof java.net.UnknownHostException) {
            return OpenFailure.UNKNOWN_HOST;
        }
        if (e instanceof java.net.ConnectException && !(e instanceof java.net.NoRouteToHostException)) {
            return OpenFailure.CONNECTION_REFUSED;
        }
        if (e instanceof SocketTimeoutException || e instanceof java.net.NoRouteToHostException) {
            return OpenFailure.NO_ANSWER;
        }
        return OpenFailure.OTHER;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Closing a broken socket can fail; the socket is unusable either way.
        }
    }
}
